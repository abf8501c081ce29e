/** Sentences: segmented prose whose character positions map back to file line:column. */
import { describe, expect, it } from "vitest";
import { foldQuotes, type Sentence, sentencesOf } from "../../../../src/pipeline/read/sentences.js";
import { parse } from "../../../helpers/pipeline.js";

const value = [
  "---", // 1
  "title: T", // 2
  "---", // 3
  "", // 4
  "# Head one", // 5
  "", // 6
  "First sentence here. Second **bold** one", // 7
  "continues on line two. Third “quoted” one.", // 8
  "", // 9
  "> Quoted block sentence.", // 10
  "", // 11
  "- item one is here.", // 12
  "", // 13
  "```", // 14
  "code. ignored.", // 15
  "```", // 16
  "", // 17
  "<div>html. ignored.</div>", // 18
].join("\n");

function sentences(): Sentence[] {
  const { tree, file } = parse(value);
  return sentencesOf(tree, file);
}

/** Place of the first occurrence of `needle` in the sentence containing it. */
function placeOf(needle: string) {
  const sentence = sentences().find((s) => s.text.includes(needle));
  if (!sentence) throw new Error(`no sentence contains ${needle}`);
  return sentence.at(sentence.text.indexOf(needle));
}

describe("sentencesOf", () => {
  it("segments headings, paragraphs, quotes and list items, skipping YAML, code and HTML", () => {
    expect(sentences().map((s) => s.raw)).toEqual([
      "Head one",
      "First sentence here.",
      "Second bold one\ncontinues on line two.",
      "Third “quoted” one.",
      "Quoted block sentence.",
      "item one is here.",
    ]);
  });

  it("maps sentence starts to their line:column", () => {
    expect(sentences().map((s) => s.at(0))).toEqual([
      { line: 5, column: 3 },
      { line: 7, column: 1 },
      { line: 7, column: 22 },
      { line: 8, column: 24 },
      { line: 10, column: 3 },
      { line: 12, column: 3 },
    ]);
  });

  it("maps characters after inline markup and across a soft line break", () => {
    // "Second **bold** one": the markup shifts "one" to column 38.
    expect(placeOf("one\n")).toEqual({ line: 7, column: 38 });
    expect(placeOf("bold")).toEqual({ line: 7, column: 31 });
    expect(placeOf("line two")).toEqual({ line: 8, column: 14 });
  });

  it("folds curly quotes in text, keeps them in raw, with the same length", () => {
    const third = sentences()[3] as Sentence;
    expect(third.text).toBe('Third "quoted" one.');
    expect(third.raw).toBe("Third “quoted” one.");
    expect(third.at(third.text.indexOf('"'))).toEqual({ line: 8, column: 30 });
  });

  it("gives each sentence the source offset of its first character", () => {
    const list = sentences();
    for (const sentence of list) {
      expect(value.slice(sentence.offset, sentence.offset + 4)).toBe(sentence.raw.slice(0, 4));
    }
  });

  it("segments each block alone: no sentence starts with the blank line before it", () => {
    const text = "One\n\n[l]: https://x.test\n\nSee l here.\n\n> - quoted item\n>   two\n\nlast";
    const { tree, file } = parse(text);
    const found = sentencesOf(tree, file);
    expect(found.map((s) => s.raw)).toEqual(["One", "See l here.", "quoted item\ntwo", "last"]);
    expect(found.map((s) => s.at(0))).toEqual([
      { line: 1, column: 1 },
      { line: 5, column: 1 },
      { line: 7, column: 5 },
      { line: 10, column: 1 },
    ]);
    expect(found.map((s) => text.slice(s.offset, s.offset + 3))).toEqual([
      "One",
      "See",
      "quo",
      "las",
    ]);
  });

  it("keeps a note mark written right after a full stop (“first.[1]”) with its sentence", () => {
    const text =
      "Be the grocer every town trusts.[1]\n\nWe grew fast.[2] Then we slowed. See [3] below.";
    const { tree, file } = parse(text);
    const found = sentencesOf(tree, file);
    expect(found.map((s) => s.raw)).toEqual([
      "Be the grocer every town trusts.[1]",
      "We grew fast.[2]",
      "Then we slowed.",
      "See [3] below.",
    ]);
    expect(found.map((s) => text.slice(s.offset, s.offset + 4))).toEqual([
      "Be t",
      "We g",
      "Then",
      "See ",
    ]);
    // (Its text blanks the mark, so what reads the sentence sees it end at the full stop.)
    expect(found[1]?.text).toBe("We grew fast.   ");
  });

  it("joins a word a PDF paste hyphenated over a line break, keeping its length and places", () => {
    const { tree, file } = parse(
      "Everything is measured against our pur-\npose: to keep the taps running since privatis-\nation.\n",
    );
    const [sentence] = sentencesOf(tree, file);
    expect(sentence?.text).toBe(
      "Everything is measured against our   purpose: to keep the taps running since   privatisation.",
    );
    expect(sentence?.text).toHaveLength(sentence?.raw.length ?? 0);
    expect(sentence?.at(sentence.text.indexOf(": to keep"))).toEqual({ line: 2, column: 5 });
  });

  it("keeps a hyphen before a capital or a number on the next line (“pre-⏎2020”, “Anglo-⏎Saxon”)", () => {
    const { tree, file } = parse("Our pre-\n2020 plans and the Anglo-\nSaxon churches.\n");
    expect(sentencesOf(tree, file)[0]?.text).toBe(
      "Our pre-\n2020 plans and the Anglo-\nSaxon churches.",
    );
  });

  it("ends a sentence at a closing “in.” the segmenter takes for inches (“… we work in. These …”)", () => {
    const { tree, file } = parse(
      "Care for the places we work in. These were drafted in 2022. It is 12 in. Wide.\n",
    );
    const found = sentencesOf(tree, file);
    expect(found.map((s) => s.text)).toEqual([
      "Care for the places we work in.",
      "These were drafted in 2022.",
      "It is 12 in. Wide.",
    ]);
    expect(found[1]?.at(0)).toEqual({ line: 1, column: 33 });
  });

  it("maps places in a CRLF file to the same lines", () => {
    const { tree, file } = parse(value.replace(/\n/g, "\r\n"));
    const second = sentencesOf(tree, file).find((s) => s.text.startsWith("Second"));
    expect(second?.at(0)).toEqual({ line: 7, column: 22 });
    expect(second?.at(second.text.indexOf("line two"))).toEqual({ line: 8, column: 14 });
  });
});

describe("foldQuotes", () => {
  it("folds typographic quotes to ASCII without changing the length", () => {
    const text = "‘a’ “b” „c″ ′d";
    expect(foldQuotes(text)).toBe('\'a\' "b" "c" \'d');
    expect(foldQuotes(text)).toHaveLength(text.length);
  });
});
