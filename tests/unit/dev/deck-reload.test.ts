/** A content edit in a dev session live-reloads an open deck as well as the brief. */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { type DevServer, startDev } from "../../../src/dev/dev.js";
import { DOC, fetchRaw, removeProject, SseClient, tempProject } from "../../helpers/dev.js";

let project: Awaited<ReturnType<typeof tempProject>>;
let dev: DevServer;

beforeAll(async () => {
  project = await tempProject();
  dev = await startDev({
    contentDir: project.content,
    outDir: project.out,
    formats: ["model", "html", "slides-html"],
    port: 0,
    log: () => {},
  });
  await dev.idle();
});

afterAll(async () => {
  await dev?.close();
  await removeProject(project.root);
});

test("the served deck carries the live client, and an edit rewrites and reloads it", async () => {
  const served = await fetchRaw(dev.port, "/acme/slides.html");
  expect(served.status).toBe(200);
  expect(served.body).toContain("/__credo/events");
  const sse = await SseClient.open(dev.port);
  try {
    await writeFile(join(project.content, "acme.md"), DOC.replace("sturdy tools", "quiet tools"));
    const event = await sse.next(
      (e) => e.type === "reload" && e.data.files.includes("slides.html"),
    );
    expect(event.data.slug).toBe("acme");
    const deck = await readFile(join(project.out, "acme", "slides.html"), "utf8");
    expect(deck).toContain("quiet tools");
    expect(deck).not.toContain("__credo");
  } finally {
    sse.close();
  }
});
