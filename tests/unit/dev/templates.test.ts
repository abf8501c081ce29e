/** Template edits in a dev session: only the formats drawn from the template are rebuilt. */
import { mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { type DevServer, startDev } from "../../../src/dev/dev.js";
import { DEFAULT_TEMPLATES_DIR } from "../../../src/render/shared/templates.js";
import { removeProject, SseClient, tempProject } from "../../helpers/dev.js";

let project: Awaited<ReturnType<typeof tempProject>>;
let templates: string;
let dev: DevServer;
let sse: SseClient;

beforeAll(async () => {
  project = await tempProject();
  templates = join(project.root, "templates");
  await mkdir(join(templates, "theme"), { recursive: true });
  await mkdir(join(templates, "brief"), { recursive: true });
  dev = await startDev({
    contentDir: project.content,
    outDir: project.out,
    templatesDir: templates,
    formats: ["model", "html", "slides-html"],
    port: 0,
    log: () => {},
  });
  await dev.idle();
  sse = await SseClient.open(dev.port);
});

afterAll(async () => {
  sse.close();
  await dev.close();
  await removeProject(project.root);
});

const out = (file: string) => join(project.out, "acme", file);

test("a slides stylesheet change rewrites slides.html only", async () => {
  const briefBefore = (await stat(out("brief.html"))).mtimeMs;
  const css = await readFile(join(DEFAULT_TEMPLATES_DIR, "theme/slides.css"), "utf8");
  await writeFile(
    join(templates, "theme/slides.css"),
    `${css}\n.credo-test-marker { color: red; }\n`,
  );
  const event = await sse.next((e) => e.type === "reload" && e.data.files.includes("slides.html"));
  expect(event.data.files).toEqual(["slides.html"]);
  expect(await readFile(out("slides.html"), "utf8")).toContain(".credo-test-marker");
  await dev.idle();
  expect((await stat(out("brief.html"))).mtimeMs).toBe(briefBefore);
});

test("a template syntax error is shown, keeps the last good brief, and its fix rebuilds", async () => {
  const good = await readFile(out("brief.html"), "utf8");
  const layout = join(templates, "brief/layout.hbs");
  await writeFile(layout, "<html><body>{{#each}}</body></html>");
  const failure = await sse.next((e) => e.type === "failure");
  expect(failure.data.files).toEqual(["brief.html"]);
  expect(failure.data.message).toMatch(/^brief\.html not rebuilt: /);
  expect(await readFile(out("brief.html"), "utf8")).toBe(good);

  // Removing the override falls back to Credo's layout.
  await rm(layout);
  const reload = await sse.next((e) => e.type === "reload" && e.data.files.includes("brief.html"));
  expect(reload.data.files).toEqual(["brief.html"]);
  expect(await readFile(out("brief.html"), "utf8")).toContain("Acme");
});
