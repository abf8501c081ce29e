/**
 * One content file carrying every attack we know of (fixtures/hostile.md: script and event
 * handlers, javascript:/data: links, SVG and MathML, frames, objects, meta refresh, <base>,
 * stylesheets, @import, CSS url(), forms, comment tricks, template mustaches, images and links
 * to a local server, the cloud metadata address and file:///etc/passwd), built through the CLI
 * with `--format all`. A local server counts every request and connection: it must see none,
 * across HTML, both PDFs, the slide deck and the PPTX. The outputs are then read as a viewer
 * would: no code of the content's, no loaded URL, no file contents, mustaches shown as text.
 */

import { readdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join, relative, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseContent } from "../../../src/pipeline/process.js";
import { renderSlidesHtml } from "../../../src/render/deck/html/render-html.js";
import { Model } from "../../../src/schema/schema.js";
import { tempDir, timedCredo, VALID_BRIEF, writeIn } from "../../helpers/adversarial.js";
import {
  anchorHrefs,
  dangerousTags,
  eventHandlers,
  htmlText,
  loadedUrls,
  type PdfContents,
  type PptxContents,
  readPdf,
  readPptx,
  scripts,
  xmlProblems,
} from "../../helpers/inspect.js";

const dir = tempDir("hostile");
const out = join(dir, "out", "hostile");
let server: Server;
const requests: string[] = [];
let connections = 0;
let run: Awaited<ReturnType<typeof timedCredo>>;
const read = (name: string) => new Uint8Array(readFileSync(join(out, name)));
const text = (name: string) => readFileSync(join(out, name), "utf8");
let pdfs: Record<"brief.pdf" | "slides.pdf", PdfContents>;
let pptx: PptxContents;

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(request.url ?? "");
    response.end("root:x:0:0:root:/root:/bin/bash\n");
  });
  server.on("connection", () => connections++);
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const content = readFileSync(resolve("tests/fixtures/hostile.md"), "utf8");
  writeIn(dir, "hostile.md", content.replaceAll("__ORIGIN__", origin));
  run = await timedCredo(["build", "hostile.md", "--format", "all", "--out", "out"], dir, 170_000);
  if (run.code === 0) {
    pdfs = {
      "brief.pdf": await readPdf(read("brief.pdf")),
      "slides.pdf": await readPdf(read("slides.pdf")),
    };
    pptx = await readPptx(read("slides.pptx"));
  }
}, 180_000);

afterAll(async () => {
  await new Promise((done) => server?.close(done));
});

describe("the output checks", () => {
  it("see scripts, handlers, dangerous elements and loaded URLs where they are", () => {
    const bad = `<html><head><style>@import "x.css"; p{background:url(//e/x.png)}</style></head>
<body><p style="color:red;background:url('y.png')" onclick=go()>text src=<a href="h">x</a></p>
<img src=a.png><link href=s.css><iframe srcdoc="x"></iframe><svg><image href="i.png"/></svg>
<script>var s = "<iframe src=z>";</script></body></html>`;
    expect(scripts(bad)).toEqual(['var s = "<iframe src=z>";']);
    expect(eventHandlers(bad)).toEqual(["onclick"]);
    expect(dangerousTags(bad)).toEqual(["<img", "<link", "<iframe", "<svg", "<image", "<script"]);
    expect(loadedUrls(bad).sort()).toEqual([
      "//e/x.png",
      "a.png",
      "i.png",
      "s.css",
      "x.css",
      "y.png",
    ]);
    expect(anchorHrefs(bad)).toEqual(["h"]);
  });
});

describe("a build of hostile content", () => {
  it("succeeds, writing every format, and only under --out", () => {
    expect(run.code, run.stderr).toBe(0);
    const files = (readdirSync(dir, { recursive: true, encoding: "utf8" }) as string[]).sort();
    expect(files).toEqual([
      "hostile.md",
      "out",
      "out/hostile",
      "out/hostile/.credo-cache.json",
      "out/hostile/brief.html",
      "out/hostile/brief.pdf",
      "out/hostile/model.json",
      "out/hostile/slides.html",
      "out/hostile/slides.pdf",
      "out/hostile/slides.pptx",
    ]);
  });

  it("makes no request and opens no connection to the local server", () => {
    expect(requests).toEqual([]);
    expect(connections).toBe(0);
  });

  it("writes a schema-valid model that keeps the hostile text as data", () => {
    const model = Model.parse(JSON.parse(text("model.json")));
    expect(model.meta.company).toContain("<script>");
    expect(model.meta.title).toContain("{{constructor.constructor(");
    for (const section of model.sections)
      for (const block of section.blocks)
        if (block.type === "prose") expect(block.html).not.toMatch(/<(script|img|iframe|svg)/i);
  });

  it("never shows file contents or the result of running content's code", () => {
    const outputs = {
      "brief.html": htmlText(text("brief.html")),
      "slides.html": htmlText(text("slides.html")),
      "brief.pdf": pdfs["brief.pdf"].text,
      "slides.pdf": pdfs["slides.pdf"].text,
      "slides.pptx": pptx.text,
    };
    for (const [name, shown] of Object.entries(outputs)) {
      expect(shown.length, name).toBeGreaterThan(500);
      expect(shown, name).not.toContain("root:");
      expect(shown, name).not.toContain("EXECUTED");
    }
  });

  it("shows template mustaches literally in HTML, slides, PDF and PPTX", () => {
    const title = "Hostile brief {{constructor.constructor('return process')()";
    const cover = "{{> brief/cover}}";
    for (const shown of [
      htmlText(text("brief.html")),
      htmlText(text("slides.html")),
      pptx.text,
      // PDF text extraction splits lines; the cover title is on one line.
      pdfs["brief.pdf"].text,
    ]) {
      expect(shown).toContain(title.slice(0, 40));
      expect(shown).toContain(cover);
    }
    expect(htmlText(text("brief.html"))).toContain(
      '{{#with this}}{{lookup . "constructor"}}{{/with}} and {{> partial}} and {{{raw}}}',
    );
    expect(pptx.text).toContain("Candour {{constructor}}");
  });

  it("brief.html has no script, handler, dangerous element or loaded URL", () => {
    const html = text("brief.html");
    expect(html).not.toMatch(/<script/i);
    expect(eventHandlers(html)).toEqual([]);
    expect(dangerousTags(html)).toEqual([]);
    expect(loadedUrls(html).filter((url) => url.startsWith("data:font/")).length).toBeGreaterThan(
      1,
    );
    expect(loadedUrls(html).filter((url) => !url.startsWith("data:"))).toEqual([]);
    // Links the reader may follow: in-page, or web addresses the content wrote; never script,
    // data or files.
    for (const href of anchorHrefs(html)) expect(href).toMatch(/^(#|https?:\/\/|mailto:)/);
    // The head carries only Credo's own meta elements and two style elements: the theme, and the
    // running header and footer (the content's words escaped for CSS: no function, no quote out).
    const head = html.slice(0, html.indexOf("<body"));
    expect(head.match(/<style[^>]*>/g)).toEqual(["<style>", "<style data-per-document>"]);
    const running = /<style data-per-document>([\s\S]*?)<\/style>/.exec(head)?.[1] ?? "";
    expect(running).toMatch(/^@page \{ @top-left \{ content: "[^"]*"; \}/);
    expect(running).not.toMatch(/url\(|@import|<\//i);
    expect(head).not.toMatch(/http-equiv="refresh"|<base|<link/i);
  });

  it("slides.html runs only Credo's own scripts, exactly those of a harmless deck", async () => {
    const html = text("slides.html");
    const { model } = await parseContent({ path: "fernhill.md", value: VALID_BRIEF });
    const ours = scripts(renderSlidesHtml(model));
    expect(ours.length).toBeGreaterThan(0);
    expect(scripts(html)).toEqual(ours);
    expect(eventHandlers(html)).toEqual([]);
    expect(dangerousTags(html).filter((tag) => tag !== "<script")).toEqual([]);
    expect(dangerousTags(html).length).toBe(ours.length);
    expect(loadedUrls(html).filter((url) => !url.startsWith("data:"))).toEqual([]);
    for (const href of anchorHrefs(html)) expect(href).toMatch(/^(#|https?:\/\/|mailto:)/);
  });

  it("PDF document information carries the hostile text as text", () => {
    const model = Model.parse(JSON.parse(text("model.json")));
    expect(pdfs["brief.pdf"].info.Title).toBe(model.meta.title);
    expect(pdfs["brief.pdf"].info.Author).toBe(model.meta.author);
    expect(pdfs["slides.pdf"].info.Title).toBe(model.meta.title);
  });

  it("PDFs hold no script, launch or file action; links only to web addresses", () => {
    for (const [name, pdf] of Object.entries(pdfs)) {
      expect(pdf.otherActions, name).toEqual([]);
      for (const link of pdf.links) expect(link, name).toMatch(/^https?:\/\//);
    }
    // The content links to the local server; those stay links a reader may click. Its links
    // to the metadata service and to a file are dropped (they were images or FAQ text).
    const links = Object.values(pdfs).flatMap((pdf) => pdf.links);
    expect(links.length).toBeGreaterThan(0);
    expect(links.join(" ")).not.toMatch(/169\.254\.169\.254|file:/);
  });

  it("the PPTX points at nothing outside itself and holds no macro or embedded object", () => {
    const names = Object.keys(pptx.parts);
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) expect(name).not.toMatch(/vbaProject|activeX|embeddings|oleObject/i);
    for (const [name, xml] of Object.entries(pptx.parts)) {
      // Content text stays text: well-formed XML, no element of the content's making.
      expect(xmlProblems(xml), name).toEqual([]);
      expect(xml, name).not.toMatch(/<(script|iframe|img|HyperlinkBase)\b/i);
      expect(xml, name).not.toMatch(/TargetMode="External"/);
      // Relationships point inside the package only.
      for (const target of xml.matchAll(/\sTarget="([^"]*)"/g))
        expect(target[1], name).not.toMatch(/^[a-z][a-z0-9+.-]*:/i);
    }
  });

  it("the output folder holds nothing outside the document's own folder", () => {
    const written = (run.stdout.match(/^wrote (.+)$/gm) ?? []).map((line) => line.slice(6));
    expect(written).toHaveLength(6);
    for (const path of written) expect(relative(out, join(dir, path))).not.toMatch(/^\.\./);
  });
});
