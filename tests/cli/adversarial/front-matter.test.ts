/**
 * Front matter as an attacker writes it: code fences other tools evaluate, YAML tags that other
 * loaders turn into functions or shell commands, keys that reach Object.prototype, merge keys,
 * alias bombs, and YAML that is broken or not a mapping. Built through the CLI (every format that
 * needs no browser): each is a content error (exit 1, nothing written) or, where the YAML is
 * merely unusual, a normal build; no canary file appears, and nothing reaches a prototype.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseContent } from "../../../src/pipeline/process.js";
import { renderBriefHtml } from "../../../src/render/brief/render-brief.js";
import { renderSlidesHtml } from "../../../src/render/deck/html/render-html.js";
import { renderPptx } from "../../../src/render/deck/pptx/render-pptx.js";
import {
  type TimedRun,
  tempDir,
  timedCredo,
  VALID_BRIEF,
  writeIn,
} from "../../helpers/adversarial.js";

const dir = tempDir("front-matter");
const CANARY = join(dir, "CANARY");
const BODY = VALID_BRIEF.replace(/^---\n[\s\S]*?\n---\n/, "");
const write = `require('fs').writeFileSync(${JSON.stringify(CANARY)}, 'ran')`;
const VALID = "title: T\ncompany: C";

const billionLaughs = [
  VALID,
  `a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]`,
  ..."bcdefghi"
    .split("")
    .map((name, i) => `${name}: &${name} [${Array(9).fill(`*${"abcdefghi"[i]}`).join(", ")}]`),
].join("\n");

/**
 * [name, the file's text before the body, "error" (nothing built) or "built"]. A list, not an
 * object: in an object literal a `__proto__` key would set the prototype instead.
 */
const CASES: [string, string, "error" | "built"][] = [
  ["---js", `---js\n({ title: ${write} || 'T', company: 'C' })\n---\n`, "error"],
  ["---javascript", `---javascript\n({ title: ${write} || 'T', company: 'C' })\n---\n`, "error"],
  ["--- js", `--- js\n({ title: ${write} || 'T', company: 'C' })\n---\n`, "error"],
  ["---coffee", `---coffee\ntitle: ${write}\n---\n`, "error"],
  ["BOM ---js CRLF", `\uFEFF---js\r\n({ title: ${write} || 'T' })\r\n---\r\n`, "error"],
  [
    "!!js/function",
    `---\ntitle: !!js/function "function () { ${write} }"\ncompany: C\n---\n`,
    "error",
  ],
  [
    "!!js/eval-style verbatim tag",
    `---\ntitle: !<tag:yaml.org,2002:js/function> "function () { ${write} }"\ncompany: C\n---\n`,
    "error",
  ],
  ["!!js/regexp", `---\n${VALID}\nx: !!js/regexp /a+$/\n---\n`, "error"],
  ["!!js/undefined", `---\n${VALID}\nx: !!js/undefined ''\n---\n`, "error"],
  [
    "!!python/object/apply",
    `---\n${VALID}\nx: !!python/object/apply:os.system ["touch ${CANARY}"]\n---\n`,
    "error",
  ],
  ["local tag", `---\n${VALID}\nx: !include /etc/passwd\n---\n`, "error"],
  ["__proto__", `---\n${VALID}\n__proto__:\n  polluted: yes\n---\n`, "error"],
  ['"__proto__"', `---\n${VALID}\n"__proto__": { polluted: yes }\n---\n`, "error"],
  [
    "constructor.prototype",
    `---\n${VALID}\nconstructor:\n  prototype:\n    polluted: yes\n---\n`,
    "error",
  ],
  // Issue #14 item 7: a key written as an alias is checked as the key it resolves to.
  [
    "alias key constructor.prototype",
    `---\n${VALID}\nc: &c constructor\np: &p prototype\n*c :\n  *p :\n    polluted: yes\n---\n`,
    "error",
  ],
  [
    "alias key __proto__",
    `---\n${VALID}\np: &p __proto__\nx:\n  ? *p\n  : { polluted: yes }\n---\n`,
    "error",
  ],
  ["nested __proto__", `---\n${VALID}\nx:\n  - { __proto__: { polluted: yes } }\n---\n`, "error"],
  ["alias bomb", `---\n${billionLaughs}\n---\n`, "error"],
  ["duplicate keys", `---\n${VALID}\ntitle: U\n---\n`, "error"],
  ["unterminated", `---\n${VALID}\n\n`, "error"],
  ["invalid YAML", `---\ntitle: [unclosed\ncompany: C\n---\n`, "error"],
  ["tab indentation", `---\ntitle: T\n\tcompany: C\n---\n`, "error"],
  ["a list", `---\n- title\n- company\n---\n`, "error"],
  ["a scalar", `---\njust some text\n---\n`, "error"],
  ["a number title", `---\ntitle: 1e309\ncompany: C\n---\n`, "error"],
  // Front matter is optional: an empty block is none, and title and company are guessed.
  ["empty", `---\n---\n`, "built"],
  ["<< merge key", `---\n${VALID}\nbase: &b { polluted: yes, paper: A5 }\n<<: *b\n---\n`, "built"],
  [
    "Object.prototype method names",
    `---\n${VALID}\nhasOwnProperty: x\ntoString: y\nvalueOf: 1\nisPrototypeOf: [z]\n---\n`,
    "built",
  ],
  [
    "mustaches and markup",
    `---\ntitle: "{{constructor.constructor('return process')().exit(7)}}"\ncompany: "{{> brief/cover}} <script>x</script>"\n---\n`,
    "built",
  ],
];

/** Case n's file name: numbered, since several names reduce to the same slug. */
const slug = (n: number) => `case-${n}`;
let run: TimedRun;

beforeAll(async () => {
  const files = CASES.map(([, head], n) => writeIn(dir, `${slug(n)}.md`, `${head}${BODY}`));
  run = await timedCredo(
    ["build", ...files, "--format", "model,html,slides-html,pptx", "--out", "out"],
    dir,
    120_000,
  );
}, 130_000);

describe("hostile front matter through the CLI", () => {
  it("runs no code: no canary file anywhere", () => {
    expect(existsSync(CANARY)).toBe(false);
    expect(readdirSync(dir)).not.toContain("CANARY");
    expect(run.signal).toBeNull();
    expect(run.code).toBe(1);
  });

  for (const [n, [name, , expected]] of CASES.entries()) {
    it(`${name}: ${expected === "error" ? "a front-matter error, nothing written" : "builds as data"}`, () => {
      const written = existsSync(join(dir, "out", slug(n)));
      // Every line about this case (a rejected front matter also brings guessed-meta notes).
      const lines = run.stderr
        .split("\n")
        .filter((l) => l.includes(`${slug(n)}.md:`))
        .join("\n");
      if (expected === "error") {
        expect(written).toBe(false);
        expect(lines, run.stderr).toMatch(/ {2}error {2}.*front-matter$/m);
      } else {
        expect(written, run.stderr).toBe(true);
        expect(lines).not.toMatch(/ {2}error {2}/);
      }
    });
  }
});

describe("prototypes after parsing and rendering every case in this process", () => {
  it("stay as they were", async () => {
    const before = [Object.prototype, Array.prototype, Function.prototype].map((p) =>
      Object.getOwnPropertyNames(p).sort().join(),
    );
    for (const [name, head] of CASES) {
      const { model } = await parseContent({ path: `${name}.md`, value: `${head}${BODY}` });
      renderBriefHtml(model);
      renderSlidesHtml(model);
      await renderPptx(model);
      JSON.parse(JSON.stringify(model));
    }
    const after = [Object.prototype, Array.prototype, Function.prototype].map((p) =>
      Object.getOwnPropertyNames(p).sort().join(),
    );
    expect(after).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(existsSync(CANARY)).toBe(false);
  });

  it("keeps a << key as a plain key, never merged", async () => {
    const head = CASES.find(([name]) => name === "<< merge key")?.[1];
    const { model } = await parseContent({ path: "merge.md", value: `${head}${BODY}` });
    expect(model.meta["<<"]).toEqual({ polluted: "yes", paper: "A5" });
    expect(model.meta.polluted).toBeUndefined();
    expect(model.meta.paper).toBeUndefined();
  });
});
