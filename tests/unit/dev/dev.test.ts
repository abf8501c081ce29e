import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { type DevServer, startDev } from "../../../src/dev/dev.js";
import type { RebuildReport } from "../../../src/dev/rebuild.js";
import { BROKEN, DOC, fetchRaw, removeProject, SseClient, tempProject } from "../../helpers/dev.js";

let project: Awaited<ReturnType<typeof tempProject>>;
let dev: DevServer | undefined;
let sse: SseClient | undefined;
const logs: string[] = [];
const reports: RebuildReport[] = [];

beforeEach(async () => {
  project = await tempProject();
  logs.length = 0;
  reports.length = 0;
  dev = await startDev({
    contentDir: project.content,
    outDir: project.out,
    formats: ["model", "html"],
    port: 0,
    log: (text) => logs.push(text),
    onRebuild: (report) => reports.push(report),
  });
  await dev.idle();
});

afterEach(async () => {
  sse?.close();
  sse = undefined;
  await dev?.close();
  dev = undefined;
  await removeProject(project.root);
});

const briefPath = () => join(project.out, "acme", "brief.html");
const server = () => dev as DevServer;

describe("credo dev", () => {
  test("builds at startup and serves an index of documents and outputs", async () => {
    expect(reports.filter((r) => r.phase === "all")).toEqual([
      expect.objectContaining({
        slug: "acme",
        written: ["model.json", "brief.html"],
        failed: false,
      }),
    ]);
    expect(logs.some((l) => /^rebuilt acme: brief\.html \d+ ms$/.test(l))).toBe(true);
    const index = await fetchRaw(server().port, "/");
    expect(index.status).toBe(200);
    expect(index.type).toBe("text/html; charset=utf-8");
    expect(index.body).toContain('href="/acme/brief.html"');
    expect(index.body).toContain('href="/acme/model.json"');
    const model = await fetchRaw(server().port, "/acme/model.json");
    expect(model.type).toBe("application/json; charset=utf-8");
    expect(JSON.parse(model.body).meta.company).toBe("Acme");
  });

  test("adds the live client to brief.html as served, never to the file on disk", async () => {
    const served = await fetchRaw(server().port, "/acme/brief.html");
    expect(served.status).toBe(200);
    expect(served.body).toContain("/__credo/events");
    expect(served.body).toMatch(/<script nonce="[^"]+">/);
    expect(served.body).toMatch(/connect-src 'self'/);
    const disk = await readFile(briefPath(), "utf8");
    expect(disk).not.toContain("<script");
    expect(disk).not.toContain("__credo");
  });

  test("an edit rewrites brief.html and reloads its open pages", async () => {
    sse = await SseClient.open(server().port);
    await writeFile(join(project.content, "acme.md"), DOC.replace("sturdy tools", "quiet tools"));
    const event = await sse.next((e) => e.type === "reload" && e.data.files.includes("brief.html"));
    expect(event.data.slug).toBe("acme");
    expect(await readFile(briefPath(), "utf8")).toContain("quiet tools");
  });

  test("a save without a change rebuilds nothing; the next real edit rebuilds", async () => {
    const path = join(project.content, "acme.md");
    const before = await readFile(briefPath(), "utf8");
    const settled = () => reports.filter((r) => r.phase === "all");
    // The same bytes as the startup build (an editor saving twice, or saving unedited).
    await writeFile(path, await readFile(path, "utf8"));
    await vi.waitFor(() => expect(settled()).toHaveLength(2), { timeout: 5000 });
    expect(settled()[1]).toEqual(
      expect.objectContaining({ slug: "acme", written: [], failed: false, unchanged: true }),
    );
    expect(await readFile(briefPath(), "utf8")).toBe(before);

    const edited = DOC.replace("sturdy tools", "quiet tools");
    await writeFile(path, edited);
    await vi.waitFor(() => expect(settled()).toHaveLength(3), { timeout: 5000 });
    expect(settled()[2]).toEqual(
      expect.objectContaining({ written: ["model.json", "brief.html"], failed: false }),
    );
    expect(settled()[2]?.unchanged).toBeUndefined();
    await writeFile(path, edited);
    await vi.waitFor(() => expect(settled()).toHaveLength(4), { timeout: 5000 });
    expect(settled()[3]?.unchanged).toBe(true);
    expect(await readFile(briefPath(), "utf8")).toContain("quiet tools");
  });

  test("a content error keeps the last good output and shows the diagnostics; a fix clears it", async () => {
    const good = await readFile(briefPath(), "utf8");
    sse = await SseClient.open(server().port);
    await writeFile(join(project.content, "acme.md"), BROKEN);
    const failure = await sse.next((e) => e.type === "failure");
    expect(failure.data.slug).toBe("acme");
    expect(failure.data.files).toEqual(["model.json", "brief.html"]);
    expect(failure.data.diagnostics).toContainEqual(
      expect.objectContaining({ ruleId: "front-matter", severity: "error", line: 3 }),
    );
    await server().idle();
    expect(await readFile(briefPath(), "utf8")).toBe(good);
    expect(logs.some((l) => l.includes("front-matter"))).toBe(true);

    // A page opened now is told too (replayed on connect).
    const late = await SseClient.open(server().port);
    const replayed = await late.next((e) => e.type === "failure");
    late.close();
    expect(replayed.data.replayed).toBe(true);

    await writeFile(join(project.content, "acme.md"), DOC.replace("sturdy tools", "fixed tools"));
    await sse.next((e) => e.type === "reload" && e.data.files.includes("brief.html"));
    expect(await readFile(briefPath(), "utf8")).toContain("fixed tools");
    const index = await fetchRaw(server().port, "/");
    expect(index.body).not.toContain("Last rebuild failed");
  });

  test("a new content file becomes a document", async () => {
    sse = await SseClient.open(server().port);
    await writeFile(
      join(project.content, "beta.md"),
      DOC.replace("company: Acme", "company: Beta"),
    );
    const event = await sse.next((e) => e.type === "reload" && e.data.slug === "beta");
    expect(event.data.files).toContain("brief.html");
    expect((await fetchRaw(server().port, "/")).body).toContain('href="/beta/brief.html"');
  });
});
