/**
 * Bytes and names at the edges: files over the size limit, invalid UTF-8, NUL bytes, a BOM,
 * CRLF and CR line endings, and file names that try to steer outputs out of the --out folder.
 * The command runs in this process (what it prints and writes is the point, not its process).
 */
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { slugOf } from "../../../src/document/slug.js";
import { parseContent } from "../../../src/pipeline/process.js";
import { Model } from "../../../src/schema/schema.js";
import { tempDir, VALID_BRIEF, writeIn } from "../../helpers/adversarial.js";
import { credoHere } from "../../helpers/cli.js";

const dir = tempDir("edges");
const bytes = (text: string) => new TextEncoder().encode(text);

/** Every file under `root`, relative, sorted. */
const filesUnder = (root: string) =>
  (readdirSync(root, { recursive: true, encoding: "utf8" }) as string[]).sort();

describe("size and encoding", () => {
  it("refuses a file over --max-bytes before reading it, naming the limit", async () => {
    // Invalid UTF-8 too: the size error coming first shows the bytes were never decoded.
    const big = writeIn(dir, "big.md", new Uint8Array([...bytes(VALID_BRIEF), 0xff, 0xfe]));
    const run = await credoHere(["build", big, "--max-bytes", "1000", "--out", "big-out"], {
      cwd: dir,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `${bytes(VALID_BRIEF).length + 2} bytes is over the 1000-byte limit; split the document, or raise the limit with --max-bytes`,
    );
    expect(run.stderr).not.toContain("UTF-8");
    expect(filesUnder(dir)).not.toContain("big-out");
  });

  it("refuses invalid UTF-8 with the offset of the first bad byte", async () => {
    const offset = 300;
    const broken = bytes(VALID_BRIEF);
    broken[offset] = 0xff;
    const surrogate = new Uint8Array([...bytes(VALID_BRIEF), 0xed, 0xa0, 0x80]);
    const overlong = new Uint8Array([...bytes("---\n"), 0xc0, 0xaf]);
    const files = [
      writeIn(dir, "broken.md", broken),
      writeIn(dir, "surrogate.md", surrogate),
      writeIn(dir, "overlong.md", overlong),
    ];
    const run = await credoHere(["check", ...files], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`broken.md: not valid UTF-8 (first bad byte at offset ${offset})`);
    expect(run.stderr).toContain(
      `surrogate.md: not valid UTF-8 (first bad byte at offset ${bytes(VALID_BRIEF).length})`,
    );
    expect(run.stderr).toContain("overlong.md: not valid UTF-8 (first bad byte at offset 4)");
  });

  it("turns NUL bytes into U+FFFD, in the body and in front matter", async () => {
    const value = VALID_BRIEF.replace("lang: en", "lang: e\0n").replace(
      "Everything else",
      "Every\0thing else",
    );
    const { model } = await parseContent({ path: "nul.md", value });
    expect(model.meta.lang).toBe("e\uFFFDn");
    expect(JSON.stringify(model)).not.toContain("\\u0000");
    expect(JSON.stringify(model)).toContain("Every\uFFFDthing else");
  });

  it("reads the same model whatever the line endings, with or without a BOM", async () => {
    const read = async (value: string) => {
      const { model } = await parseContent({ path: "x.md", value });
      // Prose HTML and text keep the file's own line breaks inside a paragraph; the rest is equal.
      return JSON.stringify(Model.parse(model), (key, v) =>
        key === "html" || key === "text" ? undefined : v,
      );
    };
    const lf = await read(VALID_BRIEF);
    expect(JSON.parse(lf).meta.title).toBe("Fernhill Bicycles — purpose brief");
    expect(JSON.parse(lf).diagnostics).toEqual([]);
    for (const [name, value] of Object.entries({
      crlf: VALID_BRIEF.replace(/\n/g, "\r\n"),
      cr: VALID_BRIEF.replace(/\n/g, "\r"),
      bom: `\uFEFF${VALID_BRIEF}`,
      "bom+crlf": `\uFEFF${VALID_BRIEF.replace(/\n/g, "\r\n")}`,
      "bom+cr": `\uFEFF${VALID_BRIEF.replace(/\n/g, "\r")}`,
    })) {
      expect(await read(value), name).toBe(lf);
    }
  });

  it("places front matter errors and refuses code fences in CR-only files too", async () => {
    const cr = (...lines: string[]) => `${lines.join("\r")}\r\r# Mission\r`;
    const invalid = await parseContent({
      path: "cr.md",
      value: cr("---", "title: T", "company: [unclosed", "---"),
    });
    const frontMatter = (model: Model) =>
      model.diagnostics.filter((d) => d.ruleId === "front-matter");
    expect(frontMatter(invalid.model)).toMatchObject([{ line: 3 }]);
    const code = await parseContent({
      path: "cr.md",
      value: cr("---js", "({ title: 'T' })", "---"),
    });
    expect(frontMatter(code.model)[0]?.message).toMatch(/"---js" is not supported/);
  });
});

describe("output names", () => {
  it("reduces any file name to one safe folder name", () => {
    const cases: Record<string, string> = {
      "../../etc/passwd.md": "passwd",
      "/abs/path/brief.md": "brief",
      "..\\..\\windows\\brief.md": "brief",
      "..md": "document",
      "...": "document",
      ".md": "document",
      "": "document",
      ".hidden.md": "hidden",
      "-rf.md": "rf",
      "a\0b.md": "a-b",
      "a\nb/../c d.md": "c-d",
      "über straße.markdown": "ber-stra-e",
      [`${"x".repeat(300)}.md`]: "x".repeat(100),
    };
    for (const [path, slug] of Object.entries(cases)) expect(slugOf(path), path).toBe(slug);
    for (const path of Object.keys(cases)) {
      const slug = slugOf(path);
      expect(slug).toMatch(/^[A-Za-z0-9_][A-Za-z0-9._-]{0,99}$/);
      expect(slug).not.toBe("..");
    }
  });

  it("writes files given by relative, dotted and absolute paths only under --out", async () => {
    const root = join(dir, "names");
    mkdirSync(join(root, "work", "sub"), { recursive: true });
    mkdirSync(join(root, "elsewhere"), { recursive: true });
    writeIn(root, "elsewhere/outside.md", VALID_BRIEF);
    writeIn(root, "work/..md", VALID_BRIEF);
    writeIn(root, "work/sub/-dash.md", VALID_BRIEF);
    const absolute = writeIn(root, "elsewhere/absolute.md", VALID_BRIEF);
    const run = await credoHere(
      [
        "build",
        "../elsewhere/outside.md",
        "..md",
        "sub/../sub/-dash.md",
        absolute,
        "--format",
        "model",
        "--out",
        "out",
      ],
      { cwd: join(root, "work") },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(filesUnder(root)).toEqual(
      [
        "elsewhere",
        "elsewhere/absolute.md",
        "elsewhere/outside.md",
        "work",
        "work/..md",
        "work/out",
        ...["absolute", "dash", "document", "outside"].flatMap((slug) => [
          `work/out/${slug}`,
          `work/out/${slug}/.credo-cache.json`,
          `work/out/${slug}/model.json`,
        ]),
        "work/sub",
        "work/sub/-dash.md",
      ].sort(),
    );
    const model = JSON.parse(readFileSync(join(root, "work/out/outside/model.json"), "utf8"));
    // Outside the folder Credo runs in, only the file name is shown (no local path leaks, #11).
    expect(model.meta.source).toBe("outside.md");
    const inside = JSON.parse(readFileSync(join(root, "work/out/dash/model.json"), "utf8"));
    expect(inside.meta.source).toBe("sub/-dash.md");
  });
});
