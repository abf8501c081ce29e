/**
 * Where the text came from reaches the model and the outputs: the front matter's `source:` (what
 * `credo import` writes) is read as `meta.origin`, `meta.source` stays the content file, and the
 * brief and deck name the origin: a web page as a link, a file by its name only.
 */
import { describe, expect, it } from "vitest";
import { parseContent } from "../../../src/pipeline/process.js";
import { renderBriefHtml } from "../../../src/render/brief/render-brief.js";
import { planSlides } from "../../../src/render/deck/plan/plan.js";
import { originView } from "../../../src/render/shared/origin.js";
import { Model } from "../../../src/schema/schema.js";
import { part } from "../../helpers/brief.js";

const BODY = "# Acme\n\n## Mission\n\nOur mission is to make sturdy ladders for everyone.\n";

async function modelOf(front: string) {
  const { model } = await parseContent({
    path: "content/acme.md",
    value: `---\ntitle: Acme\ncompany: Acme\n${front}---\n${BODY}`,
  });
  return model;
}

const cover = (html: string) => html.slice(html.indexOf('<header class="cover">'));

describe("meta.origin", () => {
  it("is the front matter's source:, while meta.source stays the content file", async () => {
    const model = await modelOf("source: https://example.com/about\n");
    expect(model.meta.origin).toBe("https://example.com/about");
    expect(model.meta.source).toBe("content/acme.md");
    expect(Model.parse(model).meta.origin).toBe("https://example.com/about");
  });

  it("takes an origin: written out over source:, and is absent when neither says", async () => {
    const both = await modelOf("origin: saved-page.html\nsource: https://example.com/\n");
    expect(both.meta.origin).toBe("saved-page.html");
    expect((await modelOf("")).meta.origin).toBeUndefined();
    expect((await modelOf('source: "  "\n')).meta.origin).toBeUndefined();
  });

  it("reports a source: that is not text as a front-matter error", async () => {
    const model = await modelOf("source: [a, b]\n");
    expect(model.diagnostics.map((d) => d.ruleId)).toContain("front-matter");
    expect(model.meta.origin).toBeUndefined();
  });
});

describe("originView", () => {
  it.each([
    ["https://example.com/about", "example.com/about", "https://example.com/about"],
    ["https://example.com/", "example.com", "https://example.com/"],
    ["http://127.0.0.1:8080/values/", "127.0.0.1:8080/values", "http://127.0.0.1:8080/values/"],
    ["https://ex.de/%C3%BCber-uns?ref=x", "ex.de/über-uns", "https://ex.de/%C3%BCber-uns?ref=x"],
    // A password in the address is never printed nor linked.
    ["https://ana:s3cret@intranet.example/p", "intranet.example/p", "https://intranet.example/p"],
    // A local path shows the file's name only; other schemes are never links.
    ["/home/ana/Downloads/values.html", "values.html", null],
    ["C:\\Users\\ana\\memo.docx", "memo.docx", null],
    ["stdin", "stdin", null],
    ["javascript:alert(1)", "javascript:alert(1)", null],
  ])("%s → %s", (origin, label, href) => {
    expect(originView(origin)).toEqual({ label, href });
  });

  it("is null when there is no origin", () => {
    expect(originView(undefined)).toBeNull();
    expect(originView(" ")).toBeNull();
  });
});

describe("the outputs name the origin", () => {
  it("the brief links a web page on its cover and in its source notes", async () => {
    const model = await modelOf("source: https://example.com/about\n");
    const html = renderBriefHtml(model, { generatedAt: "2026-01-15" });
    const link = '<a class="origin" href="https://example.com/about">example.com/about</a>';
    expect(cover(html)).toContain(`<dt>Source</dt><dd>${link}</dd>`);
    expect(part(html, "notes")).toContain(
      `Lines refer to <code>content/acme.md</code>, whose text was taken from ${link}.`,
    );
  });

  it("the brief's cover says when the text was retrieved from its origin", async () => {
    const model = await modelOf("source: https://example.com/about\nretrieved: 2026-11-30\n");
    const html = renderBriefHtml(model, { generatedAt: "2026-01-15" });
    expect(cover(html)).toContain(
      '<span class="cover__retrieved">, retrieved <time datetime="2026-11-30">November 30, 2026</time></span>',
    );
    // Without an origin there is nothing it was retrieved from.
    const alone = renderBriefHtml(await modelOf("retrieved: 2026-11-30\n"), {
      generatedAt: "2026-01-15",
    });
    expect(cover(alone)).not.toContain("retrieved");
  });

  it("the brief shows a local file by its name, never its folders", async () => {
    const model = await modelOf("source: /home/ana/Downloads/values.html\n");
    const html = renderBriefHtml(model, { generatedAt: "2026-01-15" });
    expect(cover(html)).toContain('<dd><span class="origin">values.html</span></dd>');
    expect(html).not.toContain("/home/ana");
  });

  it("the brief says nothing of an origin the front matter does not give", async () => {
    const html = renderBriefHtml(await modelOf(""), { generatedAt: "2026-01-15" });
    expect(html).not.toContain('class="origin"');
    expect(html).not.toContain("<dt>Source</dt>");
  });

  it("the deck's cover notes name it", async () => {
    const model = await modelOf("source: https://example.com/about\n");
    const [first] = planSlides(model);
    expect(first?.notes).toContain("Text taken from example.com/about.");
    const plain = planSlides(await modelOf(""))[0];
    expect(plain?.notes.join(" ")).not.toContain("Text taken from");
  });
});
