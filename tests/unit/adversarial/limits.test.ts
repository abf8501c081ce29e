/** The structural limits in front of the parser: exact places, and no real brief near them. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  checkSource,
  checkTree,
  MAX_BLOCK_CHARS,
  MAX_BRACKET_NESTING,
  MAX_CONTAINERS,
  MAX_DELIMITER_RUNS,
  MAX_INLINE_MARKS,
  MAX_MARKED_LINES,
  MAX_NESTING,
} from "../../../src/pipeline/parse/limits.js";
import { parseContent } from "../../../src/pipeline/process.js";

const FIXTURES = "tests/fixtures/companies";
const CORPUS = "tests/corpus/dev";

describe("checkSource", () => {
  it("passes every real brief in the repository", () => {
    const briefs = [
      "content/tiktok.md",
      "tests/fixtures/seed/tiktok-mission-vision-values.txt",
      ...[FIXTURES, CORPUS].flatMap((folder) =>
        readdirSync(folder)
          .filter((name) => name.endsWith(".md"))
          .map((name) => join(folder, name)),
      ),
    ];
    expect(briefs.length).toBeGreaterThan(100);
    for (const path of briefs)
      expect(checkSource(readFileSync(path, "utf8")), path).toBeUndefined();
  });

  it("counts block quotes with or without spaces, list markers, and indentation", () => {
    const at = (depth: number, line: string) => checkSource(`# T\n\n${line.repeat(depth)}x\n`);
    expect(at(MAX_NESTING, ">")).toBeUndefined();
    expect(at(MAX_NESTING + 1, ">")).toMatchObject({ line: 3 });
    expect(at(MAX_NESTING + 1, "> ")).toMatchObject({ line: 3 });
    expect(at(MAX_NESTING + 1, "- ")?.message).toContain(`at most ${MAX_NESTING} levels`);
    expect(at(MAX_NESTING + 1, "1. ")).toMatchObject({ line: 3 });
    // Footnote definitions nest too (issue #14 item 8), with or without a space between them.
    expect(at(MAX_NESTING, "[^n]:")).toBeUndefined();
    expect(at(MAX_NESTING + 1, "[^n]:")).toMatchObject({ line: 3 });
    expect(at(MAX_NESTING + 1, "[^note-1]: ")?.message).toContain("footnote definitions");
    // Nested by indentation: line n is indented 2(n - 1) columns, so it opens n levels.
    const list = Array.from({ length: 80 }, (_, i) => `${"  ".repeat(i)}- item`).join("\n");
    expect(checkSource(list)).toMatchObject({ line: MAX_NESTING + 1 });
    // Indented text that opens no container is not nesting.
    expect(checkSource(`${" ".repeat(400)}text`)).toBeUndefined();
    // Dashes inside a line are not list markers.
    expect(checkSource(`a ${"- ".repeat(200)}`)).toBeUndefined();
  });

  it("counts nested brackets that close, per paragraph; unclosed ones are cheap", () => {
    const nested = (n: number) => `${"[".repeat(n)}a${"]".repeat(n)}`;
    expect(checkSource(nested(MAX_BRACKET_NESTING))).toBeUndefined();
    expect(checkSource(`x\n\n${nested(MAX_BRACKET_NESTING + 1)}`)).toMatchObject({ line: 3 });
    // Spread over lines of one paragraph, the nesting still counts…
    const lines = `${"[\n".repeat(MAX_BRACKET_NESTING + 1)}a${"]".repeat(MAX_BRACKET_NESTING + 1)}`;
    expect(checkSource(lines)).toMatchObject({ line: MAX_BRACKET_NESTING + 2 });
    // …but a blank line ends the paragraph, and escaped brackets are text.
    expect(checkSource(`${"[".repeat(40)}\n\na${"]".repeat(40)}`)).toBeUndefined();
    expect(checkSource(`${"\\[".repeat(40)}a${"]".repeat(40)}`)).toBeUndefined();
    expect(checkSource("[".repeat(50_000))).toBeUndefined();
  });

  it("counts emphasis delimiter runs per paragraph, not snake_case underscores", () => {
    const runs = (n: number) => "*a ".repeat(n);
    expect(checkSource(runs(MAX_DELIMITER_RUNS))).toBeUndefined();
    expect(checkSource(`x\n\n${runs(MAX_DELIMITER_RUNS + 1)}`)).toMatchObject({ line: 3 });
    expect(checkSource(`${runs(1500)}\n\n${runs(1500)}`)).toBeUndefined();
    expect(checkSource("snake_case_name ".repeat(3000))).toBeUndefined();
    expect(checkSource("~~x~~ ".repeat(1001))?.message).toContain("emphasis marks");
  });
});

describe("document-wide counts (issue #14: the costliest shapes stay a few seconds)", () => {
  it("counts each list or quote once, however loose, and a list after a paragraph again", () => {
    const lists = (n: number, list: string) => `# T\n\n${`${list}A paragraph.\n\n`.repeat(n)}`;
    expect(checkSource(lists(MAX_CONTAINERS, "- a\n\n  more of a\n\n"))).toBeUndefined();
    expect(
      checkSource(`# T\n\n${"- a loose item\n\n".repeat(MAX_CONTAINERS + 1)}`),
    ).toBeUndefined();
    const over = checkSource(lists(MAX_CONTAINERS + 1, "- a\n\n"));
    expect(over).toMatchObject({ line: 3 + 4 * MAX_CONTAINERS });
    expect(over?.message).toContain(`at most ${MAX_CONTAINERS} per document`);
    expect(checkSource(lists(MAX_CONTAINERS + 1, "> a\n"))?.message).toContain("block quotes");
    // A heading ends a list as a paragraph does; a lazy line does not.
    expect(checkSource(`${"- a\n## H\n".repeat(MAX_CONTAINERS + 1)}`)).toBeDefined();
    expect(checkSource(`${"- a\nlazy\n".repeat(MAX_CONTAINERS + 1)}`)).toBeUndefined();
  });

  it("counts list items, quote lines, headings and definitions together", () => {
    const third = Math.floor(MAX_MARKED_LINES / 3);
    const rest = MAX_MARKED_LINES - 2 * third;
    const mixed = (extra: number) =>
      `${"- item\n".repeat(third)}\n${"## H\n".repeat(third)}\n${"[d]: /x\n".repeat(rest + extra)}`;
    expect(checkSource(mixed(0))).toBeUndefined();
    const over = checkSource(mixed(1));
    expect(over?.line).toBe(MAX_MARKED_LINES + 3);
    expect(over?.message).toContain(`at most ${MAX_MARKED_LINES} per document`);
    // Table rows count too.
    expect(checkSource(`${"| a | b |\n".repeat(MAX_MARKED_LINES + 1)}`)?.line).toBe(
      MAX_MARKED_LINES + 1,
    );
    // Prose lines and text with a `#` or `-` inside are not counted.
    expect(checkSource("a - b # c\n".repeat(2 * MAX_MARKED_LINES))).toBeUndefined();
  });
});

describe("inline marks per document", () => {
  it("counts links and references (closing brackets) and emphasis runs across paragraphs", () => {
    const half = MAX_INLINE_MARKS / 2;
    // Each line: one reference (one closing bracket counted per `]`: two) or two emphasis runs.
    const doc = (extra: number) =>
      `${"see [a][r]\n\n".repeat(half / 2)}${"*a*\n\n".repeat(half / 2 + extra)}`;
    expect(checkSource(doc(0))).toBeUndefined();
    const over = checkSource(doc(1));
    expect(over?.line).toBe(2 * (MAX_INLINE_MARKS / 2 + 1) - 1);
    expect(over?.message).toContain(`at most ${MAX_INLINE_MARKS} per document`);
    // Unclosed brackets and snake_case underscores are not marks.
    expect(checkSource("[ snake_case\n\n".repeat(2 * MAX_INLINE_MARKS))).toBeUndefined();
  });
});

describe("checkTree and parseContent", () => {
  it("refuses a block over the size limit with a content error at its line", async () => {
    const value = `---\ntitle: T\ncompany: C\n---\n\n# T\n\n${"word ".repeat(MAX_BLOCK_CHARS / 5 + 1)}\n`;
    await expect(parseContent({ path: "big.md", value })).rejects.toMatchObject({
      exitCode: 1,
      message: expect.stringMatching(/^big\.md:8: the paragraph starting here is \d+ characters/),
    });
    const fits = `---\ntitle: T\ncompany: C\n---\n\n# T\n\n${"word ".repeat(MAX_BLOCK_CHARS / 5 - 1)}\n`;
    await expect(parseContent({ path: "fits.md", value: fits })).resolves.toBeTruthy();
  });

  it("ignores nodes without positions", () => {
    expect(checkTree({ type: "root", children: [{ type: "thematicBreak" }] })).toBeUndefined();
  });

  it("refuses nesting before parsing, naming the file and line", async () => {
    const value = `---\ntitle: T\ncompany: C\n---\n\n${">".repeat(50_000)} deep\n`;
    await expect(parseContent({ path: "deep.md", value })).rejects.toThrow(
      /^deep\.md:6: this line nests more than 50 block quotes/,
    );
  });
});
