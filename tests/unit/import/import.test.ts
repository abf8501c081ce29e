/**
 * `credo import` of web pages served by a local server on 127.0.0.1 (no internet): the article's
 * sentences come through unchanged and nothing else does, the front matter is filled in, the
 * model read from the result matches its gold file, and each fetch failure has its own exit code.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import { VERSION } from "../../../src/base/version.js";
import { Gold, scoreDocument } from "../../../src/eval/score.js";
import { IMPORT_FAILURES } from "../../../src/import/errors.js";
import { importSource } from "../../../src/import/import.js";
import { parseContent } from "../../../src/pipeline/process.js";
import { fixture, startServer, type TestServer } from "../../helpers/import-server.js";
import { htmlSentences, markdownSentences, pageSentences, split } from "../../helpers/sentences.js";

let server: TestServer;
let dir: string;
let n = 0;
const out = () => join(dir, `import-${++n}.md`);
const NOW = new Date("2026-12-01T12:00:00Z");

beforeAll(async () => {
  server = await startServer();
  dir = await mkdtemp(join(tmpdir(), "credo-import-"));
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

const importUrl = (path: string, options = {}) =>
  importSource(`${server.base}${path}`, { out: out(), now: NOW, ...options });

/** The front matter of an imported file, as data. */
const front = (text: string) => parse(text.split(/^---$/m)[1] ?? "") as Record<string, unknown>;

interface PageCase {
  route: string;
  file: string;
  gold: string;
  /** The article: its region, and chrome inside the region. */
  region: string;
  drop?: string;
  /** Sentences the import adds that are not visible in the article (JSON-LD FAQ). */
  extra?: string[];
  front: Record<string, unknown>;
}

const CASES: PageCase[] = [
  {
    route: "/article",
    file: "wordpress-article.html",
    gold: "wordpress-article.gold.yaml",
    region: "h1.entry-title, .entry-content",
    drop: ".ad-slot, .product-box, .footnote-backref",
    extra: [
      "Notes",
      "Frequently asked questions",
      "What is the mission of Lumen Grove Coffee?",
      "Lumen Grove Coffee’s mission is to “pay growers fairly and roast every bean at its peak”.",
      "How many core values does Lumen Grove Coffee have?",
      "The company names four core values: fairness, freshness, patience and neighbourliness.",
    ],
    front: {
      title: "Lumen Grove Coffee Mission Statement, Vision and Core Values",
      company: "Lumen Grove Coffee",
      author: "Priya Natarajan",
      lang: "en-US",
      retrieved: "2026-12-01",
    },
  },
  {
    route: "/values",
    file: "values-page.html",
    gold: "values-page.gold.yaml",
    region: "main",
    drop: ".eyebrow, .btn, .cta-band",
    front: {
      title: "Our Mission and Values",
      company: "Tessel Robotics",
      lang: "en",
      retrieved: "2026-12-01",
    },
  },
  {
    route: "/latin1",
    file: "latin1.html",
    gold: "latin1.gold.yaml",
    region: "#content",
    front: {
      title: "Boulangerie Mérel: mission, vision and values",
      company: "Boulangerie Mérel",
      retrieved: "2026-12-01",
    },
  },
];

describe.each(CASES)("import of $file over HTTP", (page) => {
  let text: string;
  const html = () =>
    new TextDecoder(page.file === "latin1.html" ? "latin1" : "utf-8").decode(fixture(page.file));
  beforeAll(async () => {
    text = (await importUrl(page.route)).text;
  });

  it("keeps every sentence of the article, word for word", () => {
    const imported = new Set(markdownSentences(text));
    const missing = htmlSentences(html(), page.region, page.drop).filter((s) => !imported.has(s));
    expect(missing).toEqual([]);
  });

  it("brings nothing else: no site chrome", () => {
    const allowed = new Set([
      ...htmlSentences(html(), page.region, page.drop),
      ...(page.extra ?? []).flatMap(split),
    ]);
    const foreign = markdownSentences(text).filter((s) => !allowed.has(s));
    expect(foreign).toEqual([]);
    // And the page's own chrome sentences, named: none is in the file.
    const chrome = pageSentences(html()).filter((s) => !allowed.has(s));
    expect(chrome.length).toBeGreaterThan(0);
    for (const sentence of chrome) expect(text).not.toContain(sentence);
  });

  it("fills the front matter from the page", () => {
    const meta = front(text);
    expect(meta).toMatchObject({ ...page.front, source: `${server.base}${page.route}` });
    expect(text).toMatch(/^company: .+ # guessed from .+: check it$/m);
  });

  it("gives the model the page's address as meta.origin; meta.source stays the file", async () => {
    const path = page.file.replace(/\.html$/, ".md");
    const { model } = await parseContent({ path, value: text });
    expect(model.meta.origin).toBe(`${server.base}${page.route}`);
    expect(model.meta.source).toBe(path);
  });

  it("reads into the model its gold file describes", async () => {
    const gold = Gold.parse(parse(fixture(page.gold).toString("utf8")));
    const { model } = await parseContent({
      path: page.file.replace(/\.html$/, ".md"),
      value: text,
    });
    const score = scoreDocument(page.file, gold, { model }, true);
    expect(score.misses).toEqual([]);
  });
});

describe("fetching like a careful client", () => {
  it("follows a redirect chain, names Credo in the User-Agent and sends back no cookie", async () => {
    const before = server.requests.length;
    const { text } = await importUrl("/r/1");
    const hops = server.requests.slice(before);
    expect(hops.map((r) => r.url)).toEqual(["/r/1", "/r/2", "/r/3", "/values"]);
    for (const hop of hops) {
      expect(hop.headers["user-agent"]).toContain(`Credo/${VERSION}`);
      expect(hop.headers.cookie).toBeUndefined();
    }
    expect(front(text).source).toBe(`${server.base}/values`);
  });

  it("keeps a user name and password in the address out of the front matter", async () => {
    const { text } = await importSource(`${server.base.replace("//", "//ana:s3cret@")}/values`, {
      out: out(),
      now: NOW,
    });
    expect(front(text).source).toBe(`${server.base}/values`);
    expect(text).not.toContain("s3cret");
  });

  it("honours the charset of a <meta http-equiv> when the header names none", async () => {
    const { text } = await importUrl("/latin1-meta");
    expect(text).toContain("Honnêteté");
    expect(text).toContain("«Le Zèbre»");
    expect(text).not.toContain("\uFFFD");
  });

  it("runs no script and requests nothing but the page itself", async () => {
    const before = server.requests.length;
    const { text } = await importUrl("/scripts");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(server.requests.slice(before).map((r) => r.url)).toEqual(["/scripts"]);
    expect(text).toContain("Anyone may sit and read for as long as they like.");
    expect(text).not.toMatch(/!\[|<img|shopfront|beacon/);
  });

  it("stops reading a page past the size cap and drops the connection", async () => {
    await expect(importUrl("/huge")).rejects.toMatchObject({ kind: "too-large", exitCode: 15 });
    // (The server sees the hang-up a moment later; on a loaded machine more than 100 ms later.)
    await vi.waitFor(() => expect(server.endless.closed).toBe(true), { timeout: 5_000 });
    // The server had 64 MiB to send; the client hung up long before.
    expect(server.endless.sent).toBeLessThan(16 * 1024 * 1024);
  });

  it("reads a gzip-compressed page, and counts its size after decompression", async () => {
    expect((await importUrl("/gzip")).text).toContain("## What we value");
    await expect(importUrl("/gzip-bomb")).rejects.toMatchObject({ kind: "too-large" });
  });

  it("refuses a page whose declared length passes the cap", async () => {
    await expect(importUrl("/huge-declared")).rejects.toMatchObject({ exitCode: 15 });
  });

  it.each([
    ["/loop/0", "redirects", /more than 5 redirects/],
    ["/to-ftp", "redirects", /only http and https/],
    ["/missing", "status", /answered 404/],
    ["/report.pdf", "not-html", /application\/pdf/],
    ["/zstd", "not-html", /zstd encoding/],
    ["/empty", "no-article", /no article text/],
  ] as const)("%s fails as %s with its own exit code", async (path, kind, message) => {
    const error = await importUrl(path).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind, exitCode: IMPORT_FAILURES[kind].code });
    expect((error as Error).message).toMatch(message);
  });

  it.each(["/slow", "/stall"])("gives up on %s after its deadline", async (path) => {
    await expect(importUrl(path, { timeoutMs: 300 })).rejects.toMatchObject({
      kind: "timeout",
      exitCode: 12,
    });
  });

  it("reports a refused connection", async () => {
    // Port 9 on 127.0.0.1 (discard) is closed on a test machine.
    await expect(
      importSource("http://127.0.0.1:9/", { out: out(), now: NOW }),
    ).rejects.toMatchObject({ kind: "connect", exitCode: 11 });
  });

  it("reports a host that does not resolve", async () => {
    // .invalid never resolves (RFC 2606).
    await expect(
      importSource("http://credo-test.invalid/", { out: out(), now: NOW, timeoutMs: 10_000 }),
    ).rejects.toMatchObject({ kind: "dns", exitCode: 10 });
  });

  it("refuses URLs with --offline, before any request", async () => {
    const before = server.requests.length;
    await expect(importUrl("/article", { offline: true })).rejects.toMatchObject({ exitCode: 64 });
    expect(server.requests.length).toBe(before);
  });
});

describe("writing the content file", () => {
  it("refuses to overwrite without force, and replaces with it", async () => {
    const path = out();
    await importSource(`${server.base}/values`, { out: path, now: NOW });
    const error = await importSource(`${server.base}/latin1`, { out: path, now: NOW }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ kind: "exists", exitCode: 18 });
    expect(await readFile(path, "utf8")).toContain("Tessel Robotics");
    await importSource(`${server.base}/latin1`, { out: path, now: NOW, force: true });
    expect(await readFile(path, "utf8")).toContain("Boulangerie Mérel");
  });

  it("imports a saved page from a file and HTML from stdin", async () => {
    const file = fixture("latin1.html");
    const fromFile = await importSource(
      new URL("../../fixtures/import/latin1.html", import.meta.url).pathname,
      { out: out(), now: NOW },
    );
    expect(front(fromFile.text).source).toBe("latin1.html");
    const fromStdin = await importSource("-", {
      out: out(),
      now: NOW,
      stdin: (async function* () {
        yield file;
      })(),
    });
    // Standard input has no name worth showing a reader: no `source:` at all.
    expect(front(fromStdin.text).source).toBeUndefined();
    expect(fromStdin.text).not.toContain("source:");
    expect(fromStdin.text.split("---\n")[2]).toBe(fromFile.text.split("---\n")[2]);
  });

  it("takes a saved page's own address (canonical link, else og:url) as its source", async () => {
    const page = (head: string) =>
      `<html><head><title>About Tessel</title>${head}</head><body><article><h1>About Tessel</h1><p>Tessel Robotics builds mobile robots for warehouses.</p></article></body></html>`;
    const fromStdin = async (html: string) =>
      front(
        (
          await importSource("-", {
            out: out(),
            now: NOW,
            stdin: (async function* () {
              yield html;
            })(),
          })
        ).text,
      ).source;
    expect(
      await fromStdin(
        page(
          '<link rel="canonical" href="https://ana:secret@tessel.example/about/"><meta property="og:url" content="https://other.example/">',
        ),
      ),
    ).toBe("https://tessel.example/about/");
    expect(
      await fromStdin(page('<meta property="og:url" content="https://tessel.example/a">')),
    ).toBe("https://tessel.example/a");
    // Only an absolute web address: a relative or javascript: one is not where the text came from.
    expect(await fromStdin(page('<link rel="canonical" href="/about/">'))).toBeUndefined();
    expect(
      await fromStdin(page('<link rel="canonical" href="javascript:alert(1)">')),
    ).toBeUndefined();
  });
});
