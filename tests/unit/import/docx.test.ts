/**
 * `credo import` of a Word document built here with the `docx` package: Title and Heading styles,
 * bold value names in a bulleted list, a table, an FAQ under Heading 2 questions. Every sentence
 * comes through unchanged, the front matter is filled from the document, and the model matches
 * its gold file.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from "docx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { Gold, scoreDocument } from "../../../src/eval/score.js";
import { importSource } from "../../../src/import/import.js";
import { parseContent } from "../../../src/pipeline/process.js";
import { fixture } from "../../helpers/import-server.js";
import { markdownSentences, split } from "../../helpers/sentences.js";

const TITLE = "Orchard Pine Credit Union: Mission and Values";
type Level = (typeof HeadingLevel)[keyof typeof HeadingLevel];
const heading = (text: string, level: Level = HeadingLevel.HEADING_1) =>
  new Paragraph({ text, heading: level });
const para = (text: string) => new Paragraph({ text });
const value = (name: string, description: string) =>
  new Paragraph({
    bullet: { level: 0 },
    children: [new TextRun({ text: name, bold: true }), new TextRun(`: ${description}`)],
  });
const bullet = (text: string) => new Paragraph({ text, bullet: { level: 0 } });
const cell = (text: string) => new TableCell({ children: [para(text)] });

/** Every text the document holds, in order: what the import must keep, word for word. */
const TEXTS = [
  TITLE,
  "This memo sums up the statements the board agreed in March. It replaces the draft sent round in January.",
  "Mission",
  "Our mission is to help every member in the valley borrow and save without fear.",
  "Vision",
  "We envision a valley where no family pays a payday lender again.",
  "Core values",
  "Orchard Pine Credit Union has four core values:",
  "Members first: every decision starts with the people who own the union.",
  "Plain numbers: every fee is printed on one page, in large type.",
  "Local roots: loans are decided in the valley, by people who live there.",
  "Steady hands: we grow slowly and never lend what we do not hold.",
  "Membership",
  "Year",
  "Members",
  "2016",
  "4,200",
  "2026",
  "11,900",
  "Key takeaways",
  "The mission is about fear, not only about rates.",
  "Each value names a habit a member can check.",
  "Frequently asked questions",
  "What is the mission of Orchard Pine Credit Union?",
  "Orchard Pine Credit Union's mission is to help every member in the valley borrow and save without fear.",
  "Who can join the credit union?",
  "Anyone who lives or works in the valley can join with a deposit of ten dollars.",
];

async function wordMemo(): Promise<Buffer> {
  const [title, intro, ...rest] = TEXTS;
  const at = (text: string) => rest[rest.indexOf(text)] as string;
  const valueItem = (text: string) => {
    const [name, description] = text.split(": ");
    return value(name as string, description as string);
  };
  const document = new Document({
    title: "Board memo",
    creator: "Dana Whitfield",
    sections: [
      {
        children: [
          heading(title as string, HeadingLevel.TITLE),
          para(intro as string),
          heading(at("Mission")),
          para(
            at("Our mission is to help every member in the valley borrow and save without fear."),
          ),
          heading(at("Vision")),
          para(at("We envision a valley where no family pays a payday lender again.")),
          heading(at("Core values")),
          para(at("Orchard Pine Credit Union has four core values:")),
          ...rest
            .filter((t) => /^(Members first|Plain numbers|Local roots|Steady hands):/.test(t))
            .map(valueItem),
          heading(at("Membership")),
          new Table({
            rows: [
              new TableRow({ children: [cell("Year"), cell("Members")] }),
              new TableRow({ children: [cell("2016"), cell("4,200")] }),
              new TableRow({ children: [cell("2026"), cell("11,900")] }),
            ],
          }),
          heading(at("Key takeaways")),
          bullet(at("The mission is about fear, not only about rates.")),
          bullet(at("Each value names a habit a member can check.")),
          heading(at("Frequently asked questions")),
          heading(at("What is the mission of Orchard Pine Credit Union?"), HeadingLevel.HEADING_2),
          para(
            at(
              "Orchard Pine Credit Union's mission is to help every member in the valley borrow and save without fear.",
            ),
          ),
          heading(at("Who can join the credit union?"), HeadingLevel.HEADING_2),
          para(
            at("Anyone who lives or works in the valley can join with a deposit of ten dollars."),
          ),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

describe("import of a Word document", () => {
  let dir: string;
  let text: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "credo-import-docx-"));
    const path = join(dir, "Board memo.docx");
    await writeFile(path, await wordMemo());
    text = (await importSource(path, { out: join(dir, "memo.md"), now: new Date("2026-12-01") }))
      .text;
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("keeps every sentence and adds none", () => {
    expect(markdownSentences(text)).toEqual(TEXTS.flatMap(split));
  });

  it("keeps the structure: headings, bold value names, the table", () => {
    expect(text).toContain(`# ${TITLE}`);
    expect(text).toContain("## Core values");
    expect(text).toContain("### Who can join the credit union?");
    expect(text).toContain("- **Members first**: every decision");
    // Word tables have no header cells: the first row becomes the Markdown header.
    expect(text).toMatch(/^\| Year +\| Members +\|\n\| -+ \| -+ \|\n\| 2016 /m);
  });

  it("fills the front matter from the document", () => {
    const meta = parse(text.split(/^---$/m)[1] ?? "");
    expect(meta).toEqual({
      title: TITLE,
      company: "Orchard Pine Credit Union",
      source: "Board memo.docx",
      retrieved: "2026-12-01",
      author: "Dana Whitfield",
    });
  });

  it("reads into the model its gold file describes", async () => {
    const gold = Gold.parse(parse(fixture("word-memo.gold.yaml").toString("utf8")));
    const { model } = await parseContent({ path: "memo.md", value: text });
    expect(scoreDocument("word-memo", gold, { model }, true).misses).toEqual([]);
  });
});
