/**
 * `credo import` as users run it: it says where it wrote, prints the check's diagnostics of the
 * new file, refuses to overwrite, and each failure exits with its documented code. The bin is
 * spawned for import's own exit code (18); the rest runs in this process.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { credo, credoHere } from "../../helpers/cli.js";

const FIXTURE = new URL("../../fixtures/import/wordpress-article.html", import.meta.url).pathname;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "credo-import-cli-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("credo import", () => {
  it("writes content/NAME.md, then prints what credo check reads in it", async () => {
    const run = await credoHere(["import", FIXTURE], { cwd: dir });
    expect(run.stdout).toBe("wrote content/wordpress-article.md\n");
    // The check's diagnostics, as credo check prints them: the founder's blockquote under the
    // Mission heading is only noted as a possible mission, never a second one.
    expect(run.stderr).toMatch(
      /^content\/wordpress-article\.md:\d+:\d+ {2}info {2}This may state the mission \(quotation\): “We would rather sell less coffee .* uncertain-statement$/m,
    );
    expect(run.stderr).not.toContain("warning");
    expect(run.stderr).toContain("1 info (1 file checked)");
    expect(run.code).toBe(0);
    const written = await readFile(join(dir, "content/wordpress-article.md"), "utf8");
    expect(written).toMatch(/^---\ntitle: Lumen Grove Coffee Mission Statement/);
  });

  it("refuses to overwrite (exit 18) unless --force, and --strict passes a page with no warnings", async () => {
    const again = await credo(["import", FIXTURE], { cwd: dir });
    expect(again.code).toBe(18);
    expect(again.stderr).toContain("content/wordpress-article.md already exists; use --force");
    const forced = await credoHere(["import", FIXTURE, "--force", "--strict"], { cwd: dir });
    expect(forced.stdout).toBe("wrote content/wordpress-article.md\n");
    // (An info note does not fail --strict; tests/cli/cli shows it failing on a warning.)
    expect(forced.code).toBe(0);
  });

  it("writes where --out says", async () => {
    const run = await credoHere(["import", FIXTURE, "--out", "notes/lumen.md"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(await readFile(join(dir, "notes/lumen.md"), "utf8")).toContain("## Core values");
  });

  it.each([
    [["import", "http://127.0.0.1:9/", "--offline"], 64, /--offline refuses to fetch/],
    [["import", "notes.pdf"], 64, /import takes an http\(s\) URL/],
    [["import"], 64, /import takes one SOURCE/],
    [["import", "missing.html"], 64, /missing\.html: no such file/],
    [["check", "x.md", "--offline"], 64, /--offline is for credo import/],
  ])("credo %j exits %i", async (args, code, message) => {
    const run = await credoHere(args, { cwd: dir });
    expect(run.code).toBe(code);
    expect(run.stderr).toMatch(message);
  });

  it("documents the import exit codes in its usage text", async () => {
    const help = await credoHere(["--help"]);
    expect(help.stdout).toContain("import SOURCE");
    expect(help.stdout).toMatch(/15 larger than the size cap\n\s+16 not an HTML page/);
  });
});
