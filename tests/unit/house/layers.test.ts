import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importsUnder, type Layers, violations } from "./import-graph.js";

/**
 * src/ from the bottom up: the contract, the pipeline that reads content into it, what renders
 * it, the formats built from the renderers, documents and outputs, then the commands. Written
 * down in the README's "How it works"; keep the two in step.
 */
const LAYERS: Layers = {
  ".": [
    "base",
    "schema",
    "pipeline",
    "diff",
    "config",
    "browser",
    "render",
    "formats",
    "document",
    "versions",
    "output",
    "import",
    "report",
    "dev",
    "cli",
    "eval",
  ],
  pipeline: ["diagnostics", "parse", "read", "checks"],
  formats: ["outputs"],
  "pipeline/checks": ["rules"],
  render: ["shared", "brief", "deck"],
  "render/deck": ["layout", "plan", "html", "pdf", "pptx"],
};

describe("the layers of src/", () => {
  it("has no backward import and no folder outside the layers", () => {
    const src = fileURLToPath(new URL("../../../src", import.meta.url));
    expect(violations(importsUnder(src), LAYERS)).toEqual([]);
  });

  it("names an import from a lower folder to a higher one", () => {
    const edges = [
      { from: "render/brief/a.ts", to: "render/deck/plan/b.ts" },
      { from: "pipeline/parse/x.ts", to: "pipeline/checks/registry.ts" },
    ];
    expect(violations(edges, LAYERS)).toEqual([
      "pipeline/parse/x.ts imports pipeline/checks/registry.ts: parse sits below checks in pipeline",
      "render/brief/a.ts imports render/deck/plan/b.ts: brief sits below deck in render",
    ]);
  });

  it("allows a folder's own files to import its subfolders, not the reverse", () => {
    const edges = [
      { from: "pipeline/process.ts", to: "pipeline/read/build-model.ts" },
      { from: "pipeline/read/build-model.ts", to: "pipeline/process.ts" },
    ];
    expect(violations(edges, LAYERS)).toEqual([
      "pipeline/read/build-model.ts imports pipeline/process.ts: a subfolder must not import its parent's files",
    ]);
  });

  it("asks for a new folder to be placed in its stack", () => {
    const edges = [{ from: "render/poster/a.ts", to: "render/shared/b.ts" }];
    expect(violations(edges, LAYERS)).toEqual([
      "render/poster is not in the layers of render; place it there",
    ]);
  });
});
