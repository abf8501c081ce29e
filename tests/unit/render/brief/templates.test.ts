/** `--templates DIR` overrides single partials. */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sampleModel } from "../../../fixtures/sample-model.js";
import { part, render } from "../../../helpers/brief.js";

describe("template overrides", () => {
  it("replaces one partial from the override dir and falls back to the defaults for the rest", () => {
    const dir = mkdtempSync(join(tmpdir(), "credo-templates-"));
    mkdirSync(join(dir, "brief"));
    writeFileSync(
      join(dir, "brief", "_cover.hbs"),
      '<header class="my-cover"><h1>{{cover.company}} for the board</h1></header>\n',
    );
    const html = render(sampleModel, dir);
    expect(html).toContain(
      '<header class="my-cover"><h1>Fern &amp; Field for the board</h1></header>',
    );
    expect(html).not.toContain('class="cover__title"');
    expect(part(html, "glance")).toContain("Announced 6 · lists 5");
    expect(part(html, "notes")).toContain("conflicting-statements");
    expect(html).toContain(".cover__title"); // default brief.css still applies
    expect(render()).toContain('class="cover__title"'); // the default set is untouched
  });

  it("takes the stylesheet from the override dir too", () => {
    const dir = mkdtempSync(join(tmpdir(), "credo-templates-"));
    mkdirSync(join(dir, "theme"));
    writeFileSync(join(dir, "theme", "brief.css"), ".custom-brief{color:red}");
    const html = render(sampleModel, dir);
    expect(html).toContain(".custom-brief{color:red}");
    expect(html).not.toContain(".cover__title{");
    expect(html).not.toContain(".cover__title {");
    expect(html).toContain("--accent:"); // theme.css still comes from the defaults
  });
});
