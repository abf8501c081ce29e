// `credo dev`: the preview shows what changed in meaning since dev started (and nothing before
// the first change).
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { type DevServer, startDev } from "../../../src/dev/dev.js";
import { DOC, removeProject, SseClient, tempProject } from "../../helpers/dev.js";

let dev: DevServer | undefined;
let sse: SseClient | undefined;
let root: string | undefined;

afterEach(async () => {
  sse?.close();
  await dev?.close();
  if (root) await removeProject(root);
});

describe("credo dev: what changed since dev started", () => {
  test("appears in the brief preview after an edit in meaning, and names it", async () => {
    const project = await tempProject();
    root = project.root;
    dev = await startDev({
      contentDir: project.content,
      outDir: project.out,
      formats: ["model", "html"],
      port: 0,
      log: () => undefined,
    });
    await dev.idle();
    const brief = () => readFile(join(project.out, "acme", "brief.html"), "utf8");
    expect(await brief()).not.toContain("What changed since dev started");

    sse = await SseClient.open(dev.port);
    await writeFile(join(project.content, "acme.md"), DOC.replace("**Candour**", "**Honesty**"));
    await sse.next((e) => e.type === "reload" && e.data.files.includes("brief.html"));
    const html = await brief();
    expect(html).toContain("What changed since dev started");
    expect(html).toContain("Value “Candour” renamed “Honesty”");
  });
});
