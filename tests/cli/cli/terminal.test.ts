/**
 * Item 4 of issue #14: content reaches the terminal only as visible text. A file name and a
 * statement carry OSC 52 (clipboard), OSC 0 (window title), CSI and a bidi override.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { FileResult } from "../../../src/document/document.js";
import { formatText } from "../../../src/report/report.js";
import { forTerminal } from "../../../src/report/terminal.js";
import { credo } from "../../helpers/cli.js";

const OSC52 = "\x1b]52;c;ZWNobyBwd25lZA==\x07";
const OSC0 = "\x1b]0;owned\x1b\\";
const HOSTILE = `${OSC52}${OSC0}\x9b2J\u202edesrever\u202c\r`;
/** Anything a terminal acts on, or that reorders text, other than a line's end: none may reach it raw. */
function rawControls(text: string): string[] {
  return [...text].filter((char) => {
    const code = char.codePointAt(0) ?? 0;
    return (
      (code <= 0x1f && char !== "\n") ||
      (code >= 0x7f && code <= 0x9f) ||
      [0x061c, 0x200e, 0x200f].includes(code) ||
      (code >= 0x202a && code <= 0x202e) ||
      (code >= 0x2066 && code <= 0x2069)
    );
  });
}
describe("terminal output escapes control characters and bidi overrides", () => {
  it("forTerminal shows every control as a visible escape", () => {
    expect(forTerminal(HOSTILE)).toBe(
      "\\x1b]52;c;ZWNobyBwd25lZA==\\x07\\x1b]0;owned\\x1b\\\\x9b2J\\u202edesrever\\u202c\\x0d",
    );
    expect(forTerminal("Acme’s “mission” — é 漢字 🙂")).toBe("Acme’s “mission” — é 漢字 🙂");
  });

  it("formatText escapes the path, the message and the error", () => {
    const result: FileResult = {
      path: `content/${HOSTILE}.md`,
      slug: "x",
      diagnostics: [
        { ruleId: "r", severity: "warning", message: `value "${HOSTILE}"`, line: 1, column: 1 },
      ],
      written: [],
      skipped: [],
      ms: 0,
      error: new Error(`failed on ${HOSTILE}`),
    };
    const plain = formatText([result], false);
    expect(rawControls(plain)).toEqual([]);
    expect(plain).toContain('value "\\x1b]52;c;');
  });

  it("credo build prints no raw control from a hostile file name or text; --format json keeps the text", async () => {
    const dir = mkdtempSync(join(tmpdir(), "credo-terminal-"));
    const file = join(dir, `a${OSC0}\u202e.md`);
    writeFileSync(
      file,
      `# Acme\n\n## Mission\n\nOur mission is to ${OSC52} help.\n\nOur mission is to sell ${OSC0} hats.\n`,
    );
    const run = await credo(["build", "--format", "model", "--out", join(dir, "out"), file]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("\\x1b]0;owned");
    expect(rawControls(run.stderr)).toEqual([]);
    expect(rawControls(run.stdout)).toEqual([]);
    const json = await credo(["check", "--format", "json", file]);
    const [report] = JSON.parse(json.stdout);
    expect(report.file).toBe(file);
  });

  it("an error message naming a hostile path is escaped too", async () => {
    const run = await credo(["check", `missing${OSC52}.md`]);
    expect(run.code).toBe(64);
    expect(run.stderr).toContain("missing\\x1b]52;");
    expect(rawControls(run.stderr)).toEqual([]);
  });
});
