/**
 * Item 2 of issue #14: a web page on another origin must not read a deck through `credo dev`.
 * A real Chromium opens an "attacker" page served from a second origin (another port on
 * 127.0.0.1). It frames the dev server's deck and a copy of the same deck served from its own
 * origin (the control), and keeps sending both the messages reveal.js and its notes plugin
 * answer: the notes heartbeat (which makes the deck stream every speaker note to the sender) and
 * a reveal postMessage API call.
 */
import { readFile } from "node:fs/promises";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import puppeteer, { type Browser } from "puppeteer";
import { afterAll, beforeAll, expect, test } from "vitest";
import { findBrowser } from "../../../src/browser/resolve.js";
import { CHROMIUM_ARGS } from "../../../src/browser/session.js";
import { type DevServer, startDev } from "../../../src/dev/dev.js";
import { removeProject, tempProject } from "../../helpers/dev.js";

let project: Awaited<ReturnType<typeof tempProject>>;
let dev: DevServer;
let attacker: Server;
/** Serves the written deck with no headers at all: what the file itself does when framed. */
let plain: Server;
let browser: Browser;

const PROBE = `
  window.received = { victim: [], written: [], control: [] };
  addEventListener("message", (e) => {
    const from = Object.keys(window.received).find(
      (id) => document.getElementById(id).contentWindow === e.source,
    );
    window.received[from].push(String(e.data));
  });
  function probe(frame) {
    setInterval(() => {
      frame.contentWindow.postMessage(JSON.stringify({ namespace: "reveal-notes", type: "heartbeat" }), "*");
      frame.contentWindow.postMessage(JSON.stringify({ method: "getTotalSlides" }), "*");
    }, 100);
  }`;

function attackerPage(devPort: number, plainPort: number): string {
  return `<!doctype html><title>elsewhere</title><script>${PROBE}</script>
<iframe id="victim" src="http://127.0.0.1:${devPort}/acme/slides.html" onload="probe(this)"></iframe>
<iframe id="written" src="http://127.0.0.1:${plainPort}/slides.html" onload="probe(this)"></iframe>
<iframe id="control" src="/slides.html" onload="probe(this)"></iframe>`;
}

beforeAll(async () => {
  project = await tempProject();
  dev = await startDev({
    contentDir: project.content,
    outDir: project.out,
    formats: ["slides-html"],
    port: 0,
    log: () => {},
  });
  await dev.idle();
  const deck = await readFile(join(project.out, "acme", "slides.html"), "utf8");
  plain = createServer((_req, res) => res.end(deck));
  await new Promise<void>((done) => plain.listen(0, "127.0.0.1", done));
  const plainPort = (plain.address() as AddressInfo).port;
  attacker = createServer((req, res) => {
    const body = req.url === "/slides.html" ? deck : attackerPage(dev.port, plainPort);
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(body);
  });
  await new Promise<void>((done) => attacker.listen(0, "127.0.0.1", done));
  browser = await puppeteer.launch({
    executablePath: (await findBrowser()).executablePath,
    args: CHROMIUM_ARGS,
    // Chromium leaves its socket folder in $TMPDIR; this one goes with the project.
    env: { ...process.env, TMPDIR: project.root },
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => attacker?.close(done));
  await new Promise((done) => plain?.close(done));
  await dev?.close();
  await removeProject(project.root);
});

test("dev server refuses to be framed cross-origin, and no deck answers a cross-origin message", async () => {
  const page = await browser.newPage();
  const port = (attacker.address() as AddressInfo).port;
  await page.goto(`http://127.0.0.1:${port}/`);
  // The control deck (same origin as the page) answers: the probe works and has had time to.
  await page.waitForFunction(
    () =>
      (window as unknown as { received: { control: string[] } }).received.control.some((m) =>
        m.includes('"type":"state"'),
      ),
    { timeout: 20_000 },
  );
  const received = await page.evaluate(
    () => (window as unknown as { received: Record<string, string[]> }).received,
  );
  expect(received.victim).toEqual([]);
  expect(received.written).toEqual([]);
  // Blocked by frame-ancestors, the frame shows Chromium's error page instead of the deck.
  const victim = await (await page.$("#victim"))?.contentFrame();
  expect(victim?.url()).toBe("chrome-error://chromewebdata/");
  await page.close();
}, 60_000);

test("dev server sends headers that keep other origins out", async () => {
  const headers = await headersOf(dev.port, "/acme/slides.html");
  expect(headers["content-security-policy"]).toBe("frame-ancestors 'self'");
  expect(headers["x-frame-options"]).toBe("SAMEORIGIN");
  expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
  expect(headers["cross-origin-resource-policy"]).toBe("same-origin");
  const index = await headersOf(dev.port, "/");
  expect(index["x-frame-options"]).toBe("SAMEORIGIN");
});

function headersOf(port: number, path: string): Promise<Record<string, unknown>> {
  return new Promise((done, fail) => {
    request({ host: "127.0.0.1", port, path }, (res) => {
      res.resume();
      done(res.headers);
    })
      .on("error", fail)
      .end();
  });
}

test("another origin that opens a served deck keeps no handle on it (Cross-Origin-Opener-Policy)", async () => {
  const page = await browser.newPage();
  const port = (attacker.address() as AddressInfo).port;
  await page.goto(`http://127.0.0.1:${port}/`);
  const opened = new Promise((done) => browser.once("targetcreated", done));
  await page.evaluate((url) => {
    (window as unknown as { handle: Window | null }).handle = window.open(url);
  }, `http://127.0.0.1:${dev.port}/acme/slides.html`);
  await opened;
  // Once the deck has loaded in its own browsing context group, the opener's handle is severed.
  await page.waitForFunction(() => (window as unknown as { handle: Window }).handle.closed, {
    timeout: 20_000,
  });
  for (const other of await browser.pages()) if (other !== page) await other.close();
  await page.close();
}, 60_000);

test("the speaker view, the deck's own origin, still gets the notes through the dev server", async () => {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${dev.port}/acme/slides.html`);
  await page.waitForSelector(".reveal.ready");
  const popup = new Promise<import("puppeteer").Page | null>((done) =>
    browser.once("targetcreated", (target) => done(target.page())),
  );
  await page.keyboard.press("s");
  const speaker = await popup;
  // The speaker window is written by the deck (about:blank, the deck's origin) and shows the
  // notes it receives from the deck by postMessage.
  await speaker?.waitForFunction(
    () => document.body?.textContent?.includes("This deck reads what"),
    {
      timeout: 20_000,
    },
  );
  expect(await speaker?.evaluate(() => document.body.textContent)).toContain("Source:");
  await speaker?.close();
  await page.close();
}, 60_000);
