import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { PRODUCER, setPdfInfo } from "../../../src/browser/pdf-info.js";
import { inspectPdf, rawText, withPdf } from "../../helpers/pdf-inspect.js";

async function samplePdf(useObjectStreams: boolean): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle("Old title");
  doc.addPage([200, 100]).drawText("Hello", { x: 10, y: 50 });
  return doc.save({ useObjectStreams });
}

const META = {
  title: "Ünïcode — 日本語 (parens) \\ back",
  author: "A. Author",
  subject: "Mission",
  keywords: ["one", "two words"],
};

describe("setPdfInfo", () => {
  it("appends an incremental update to a classic-xref PDF, leaving the original bytes as-is", async () => {
    const original = await samplePdf(false);
    const updated = await setPdfInfo(original, META, new Date("2024-05-01T12:34:56Z"));
    expect(updated.subarray(0, original.length)).toEqual(original);
    const tail = rawText(updated.subarray(original.length));
    expect(tail).toMatch(/\/Prev \d+/);
    expect(tail).toContain("/CreationDate (D:20240501123456Z)");
    expect(tail.endsWith("%%EOF\n")).toBe(true);

    const facts = await inspectPdf(updated);
    expect(facts.info.Title).toBe(META.title);
    expect(facts.info.Author).toBe("A. Author");
    expect(facts.info.Subject).toBe("Mission");
    expect(facts.info.Keywords).toBe("one, two words");
    expect(facts.info.Creator).toBe("Credo");
    expect(facts.info.Producer).toBe(PRODUCER);
    expect(facts.pages[0]?.text).toContain("Hello");
  });

  it("points each new xref entry at its object exactly: the catalog again, XMP and Info", async () => {
    const updated = rawText(await setPdfInfo(await samplePdf(false), { creator: "Tester" }));
    const xref =
      /xref\n(\d+) 1\n(\d{10}) (\d{5}) n \n(\d+) 2\n(\d{10}) 00000 n \n(\d{10}) 00000 n \ntrailer\n<<([^\n]*)>>\n/.exec(
        updated,
      );
    expect(xref).not.toBeNull();
    const [, root, rootAt, , first, xmpAt, infoAt, trailer] = xref as unknown as string[];
    expect(trailer).toContain(`/Root ${root} 0 R`);
    expect(trailer).toContain(`/Info ${Number(first) + 1} 0 R`);
    expect(updated.slice(Number(rootAt))).toMatch(
      new RegExp(`^${root} 0 obj\n<<[^]*/Metadata ${first} 0 R>>\nendobj`),
    );
    expect(updated.slice(Number(xmpAt)).startsWith(`${first} 0 obj\n<</Type /Metadata`)).toBe(true);
    expect(updated.slice(Number(infoAt)).startsWith(`${Number(first) + 1} 0 obj\n<<`)).toBe(true);
    const startxref = /startxref\n(\d+)\n%%EOF\n$/.exec(updated)?.[1];
    expect(updated.slice(Number(startxref)).startsWith("xref\n")).toBe(true);
  });

  it.each([false, true])(
    "writes XMP metadata (title, author, subject, keywords, dates) the catalog points to, object streams: %s",
    async (useObjectStreams) => {
      const now = new Date("2024-05-01T12:34:56Z");
      const updated = await setPdfInfo(await samplePdf(useObjectStreams), META, now);
      const xmp = await withPdf(updated, async (doc) => (await doc.getMetadata()).metadata);
      expect(xmp?.get("dc:title")).toBe(META.title);
      expect(xmp?.get("dc:creator")).toEqual(["A. Author"]);
      expect(xmp?.get("dc:description")).toBe("Mission");
      expect(xmp?.get("dc:subject")).toEqual(["one", "two words"]);
      expect(xmp?.get("xmp:createdate")).toBe("2024-05-01T12:34:56Z");
      expect(xmp?.get("xmp:modifydate")).toBe("2024-05-01T12:34:56Z");
      expect(xmp?.get("xmp:creatortool")).toBe("Credo");
      expect(xmp?.get("pdf:producer")).toBe(PRODUCER);
    },
  );

  it("gives the content's own date as dc:date and keeps the build time as the PDF's dates", async () => {
    const updated = await setPdfInfo(
      await samplePdf(false),
      { ...META, contentDate: "2026-11-25" },
      new Date("2024-05-01T12:34:56Z"),
    );
    const xmp = await withPdf(updated, async (doc) => (await doc.getMetadata()).metadata);
    expect(xmp?.get("dc:date")).toBe("2026-11-25");
    expect(xmp?.get("xmp:createdate")).toBe("2024-05-01T12:34:56Z");
    expect(xmp?.get("xmp:modifydate")).toBe("2024-05-01T12:34:56Z");
    expect(xmp?.get("xmp:metadatadate")).toBe("2024-05-01T12:34:56Z");
    const undated = await setPdfInfo(await samplePdf(false), META);
    const none = await withPdf(undated, async (doc) => (await doc.getMetadata()).metadata);
    expect(none?.get("dc:date")).toBeNull();
  });

  it("falls back to a pdf-lib rewrite for a PDF with a cross-reference stream", async () => {
    const original = await samplePdf(true);
    expect(rawText(original)).not.toContain("trailer");
    const updated = await setPdfInfo(original, META);
    const facts = await inspectPdf(updated);
    expect(facts.info.Title).toBe(META.title);
    expect(facts.info.Keywords).toBe("one, two words");
    expect(facts.info.Creator).toBe("Credo");
    expect(facts.info.Producer).toBe(PRODUCER);
    expect(facts.pages[0]?.text).toContain("Hello");
  });

  it("writes only the fields given, plus Creator and Producer", async () => {
    const facts = await inspectPdf(await setPdfInfo(await samplePdf(false), {}));
    expect(facts.info.Title).toBeUndefined();
    expect(facts.info.Author).toBeUndefined();
    expect(facts.info.Creator).toBe("Credo");
  });

  it("keeps control characters out of the Info strings and the XMP (well-formed XML)", async () => {
    const hostile = {
      title: "Acme\u0001 \u001b]0;owned\u0007 brief\uFFFF",
      author: "Jo\u0000 Doe",
      subject: "Line\u000bbreak",
      keywords: ["a\u0002b"],
    };
    const updated = await setPdfInfo(
      await samplePdf(false),
      hostile,
      new Date("2024-05-01T12:34:56Z"),
    );
    const facts = await inspectPdf(updated);
    expect(facts.info.Title).toBe("Acme ]0;owned brief");
    expect(facts.info.Author).toBe("Jo Doe");
    expect(facts.info.Subject).toBe("Linebreak");
    expect(facts.info.Keywords).toBe("ab");
    const xmp = rawText(updated).match(/<x:xmpmeta[\s\S]*<\/x:xmpmeta>/)?.[0] ?? "";
    expect(xmp).toContain("Acme ]0;owned brief");
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters.
    expect(xmp).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\uffff]/);
  });
});
