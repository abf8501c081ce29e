import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DOCUMENT_URL } from "../../../src/browser/page.js";
import type { BrowserSession } from "../../../src/browser/session.js";
import { inspectPdf } from "../../helpers/pdf-inspect.js";
import { sharedBrowser } from "../../helpers/shared-browser.js";

let server: Server;
let origin: string;
const requests: string[] = [];
/** TCP connections, which a preconnect or WebSocket opens without any HTTP request. */
let connections = 0;
let session: BrowserSession;

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(request.url ?? "");
    response.end("body{background:red}");
  });
  server.on("connection", () => connections++);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  session = await sharedBrowser();
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

describe("locked-down pages", () => {
  it("make no request and read no file, whatever the HTML asks for", async () => {
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>Hostile</title>
<link rel="stylesheet" href="${origin}/style.css"><link rel="preconnect" href="${origin}">
<link rel="prefetch" href="${origin}/prefetch"><link rel="preload" as="image" href="${origin}/preload">
<style>@import url("${origin}/import.css"); body{background:url(${origin}/bg.png)}
@font-face{font-family:X;src:url(${origin}/font.woff2)} p{font-family:X}</style>
<meta http-equiv="refresh" content="0;url=${origin}/refresh">
</head><body>
<p>Visible sentence stays.</p>
<img src="${origin}/img.png"><img srcset="${origin}/srcset.png 2x">
<iframe src="file:///etc/passwd"></iframe><iframe src="${origin}/frame"></iframe>
<iframe src="data:text/html,<img src=${origin}/data-frame.png><script>fetch('${origin}/data-frame')</script>"></iframe>
<iframe srcdoc="<img src=${origin}/srcdoc.png><meta http-equiv=refresh content='0;url=${origin}/srcdoc'>"></iframe>
<object data="${origin}/object"></object><video poster="${origin}/poster.png"></video>
<script>fetch("${origin}/fetch"); document.body.append("SCRIPT RAN");</script>
<script src="${origin}/script.js"></script>
</body></html>`;
    // Twice on one session: a data: plus a srcdoc iframe once crashed the whole browser.
    for (let round = 0; round < 2; round++) {
      const facts = await inspectPdf(await session.pdf(html, { size: "A4" }));
      expect(requests).toEqual([]);
      expect(connections).toBe(0);
      const text = facts.pages.map((page) => page.text).join(" ");
      expect(text).toContain("Visible sentence stays.");
      expect(text).not.toContain("root:");
      expect(text).not.toContain("SCRIPT RAN");
    }
  });

  it("stays on the document when it asks to reload or navigate itself", async () => {
    const url = await session.withPage(
      `<meta http-equiv="refresh" content="0"><p>Stay</p><a id="a" href="${origin}/link">go</a>`,
      async (page) => {
        await page.click("#a");
        await new Promise((resolve) => setTimeout(resolve, 300));
        return page.url();
      },
    );
    expect(url).toBe(DOCUMENT_URL);
    expect(requests).toEqual([]);
  });

  it("still loads inline data: images", async () => {
    const pixel =
      "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
    const width = await session.withPage(`<img src="${pixel}" width="40">`, (page) =>
      page.$eval("img", (img) => img.naturalWidth),
    );
    expect(width).toBe(1);
  });

  it("runs scripts only when the caller asks for them", async () => {
    const html = `<p id="out">static</p><script>document.getElementById("out").textContent = "ran";</script>`;
    const read = (javascript: boolean) =>
      session.withPage(html, (page) => page.$eval("#out", (el) => el.textContent), { javascript });
    expect(await read(false)).toBe("static");
    expect(await read(true)).toBe("ran");
  });

  it("blocks network requests and WebSockets from trusted scripts too", async () => {
    const html = `<p id="out">waiting</p><script>
const socket = new WebSocket("${origin.replace("http", "ws")}/socket");
const closed = new Promise((resolve) => { socket.onclose = resolve; });
fetch("${origin}/from-script").then(() => "fetched", () => "blocked")
  .then(async (result) => { await closed; document.getElementById("out").textContent = result; });
</script>`;
    const result = await session.withPage(
      html,
      (page) =>
        page
          .waitForFunction(() => document.getElementById("out")?.textContent !== "waiting")
          .then(() => page.$eval("#out", (el) => el.textContent)),
      { javascript: true },
    );
    expect(result).toBe("blocked");
    expect(requests).toEqual([]);
    expect(connections).toBe(0);
  });
});
