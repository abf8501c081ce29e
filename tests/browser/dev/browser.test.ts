/**
 * The dev session's warm browser: kept between rebuilds, replaced when it dies, gone after
 * close(). Browsers are found by their profile folder, under a TMPDIR private to this file.
 */
import { mkdtempSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { startDev } from "../../../src/dev/dev.js";
import { DOC, removeProject, SseClient, tempProject } from "../../helpers/dev.js";
import { processesMentioning } from "../../helpers/processes.js";

const originalTmp = process.env.TMPDIR;
let tmp: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "credo-dev-browser-"));
  process.env.TMPDIR = tmp;
});
afterAll(() => {
  process.env.TMPDIR = originalTmp;
});

async function waitFor(condition: () => boolean, ms = 5_000): Promise<void> {
  for (const end = Date.now() + ms; !condition() && Date.now() < end; ) {
    await new Promise((wait) => setTimeout(wait, 100));
  }
}

test("one warm browser prints every rebuild, is replaced when it dies, and is gone after close", async () => {
  const project = await tempProject();
  const logs: string[] = [];
  const dev = await startDev({
    contentDir: project.content,
    outDir: project.out,
    formats: ["html", "pdf"],
    port: 0,
    log: (text) => logs.push(text),
  });
  try {
    await dev.idle();
    const pdf = join(project.out, "acme", "brief.pdf");
    expect((await readFile(pdf)).subarray(0, 5).toString()).toBe("%PDF-");
    expect(logs.some((l) => /^rebuilt acme: brief\.html \d+ ms, all formats \d+ ms$/.test(l))).toBe(
      true,
    );
    const browsers = processesMentioning(tmp);
    expect(browsers.length).toBeGreaterThan(0);

    // An edit reprints on the same browser.
    const sse = await SseClient.open(dev.port);
    await writeFile(join(project.content, "acme.md"), DOC.replace("sturdy", "second"));
    await sse.next((e) => e.type === "reload" && e.data.files.includes("brief.pdf"));
    const main = browsers.find((p) => !p.args.includes("--type="));
    expect(processesMentioning(tmp).some((p) => p.pid === main?.pid)).toBe(true);

    // A crash: the next print relaunches and succeeds, with no failure shown.
    for (const { pid } of processesMentioning(tmp)) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        // Already gone with its parent.
      }
    }
    await waitFor(() => processesMentioning(tmp).length === 0);
    const before = await readFile(pdf);
    await writeFile(join(project.content, "acme.md"), DOC.replace("sturdy", "third"));
    const event = await sse.next((e) => e.data.files.includes("brief.pdf"));
    sse.close();
    expect(event.type).toBe("reload");
    expect(Buffer.compare(await readFile(pdf), before)).not.toBe(0);
    expect(processesMentioning(tmp).length).toBeGreaterThan(0);
  } finally {
    await dev.close();
    await removeProject(project.root);
  }
  await waitFor(() => processesMentioning(tmp).length === 0);
  expect(processesMentioning(tmp)).toEqual([]);
  // The port is free again.
  const probe = createServer();
  await new Promise<void>((done, fail) => {
    probe.once("error", fail);
    probe.listen(dev.port, "127.0.0.1", done);
  });
  await new Promise((done) => probe.close(done));
});
