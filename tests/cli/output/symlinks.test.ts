/**
 * Item 5 of issue #14: symbolic links. Listing `content/` follows none (a linked file or folder
 * would pull in Markdown from anywhere, and a link to a parent loops) and says which it skipped;
 * a document's output folder that is a link is refused, so no write lands outside `--out`.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listContent } from "../../../src/document/list.js";
import { build } from "../../../src/output/build.js";
import { credo } from "../../helpers/cli.js";

const DOC = "# Acme\n\nThe mission of Acme is to make anvils.\n";
const SECRET = "# Secret\n\nThe mission of Secret Corp is to hide the plans.\n";

/** content/ with one real document, and links to a file, a folder and a parent outside it. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), "credo-symlinks-"));
  mkdirSync(join(root, "outside"));
  writeFileSync(join(root, "outside", "secret.md"), SECRET);
  mkdirSync(join(root, "content", "deep"), { recursive: true });
  writeFileSync(join(root, "content", "deep", "acme.md"), DOC);
  symlinkSync(join(root, "outside", "secret.md"), join(root, "content", "linked.md"));
  symlinkSync(join(root, "outside"), join(root, "content", "folder"));
  symlinkSync(root, join(root, "content", "deep", "loop"));
  return root;
}

describe("symlinks in content and output", () => {
  it("content listing does not follow symlinks and says which it skipped", () => {
    const root = project();
    const listed = listContent(join(root, "content"));
    expect(listed.files).toEqual([join(root, "content", "deep", "acme.md")]);
    expect(listed.skipped.sort()).toEqual(
      ["deep/loop", "folder", "linked.md"].map((name) => join(root, "content", name)),
    );
  });

  it("credo check without files reads no linked Markdown and reports each skipped link", async () => {
    const root = project();
    const run = await credo(["check", "--format", "json"], { cwd: root });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).map((r: { file: string }) => r.file)).toEqual([
      join("content", "deep", "acme.md"),
    ]);
    expect(run.stderr).toContain("content/linked.md: a symbolic link, not followed");
    expect(run.stderr).toContain("content/folder: a symbolic link, not followed");
    expect(run.stdout).not.toContain("Secret");
  });

  it("refuses to write through a symlinked output folder, and builds the rest", async () => {
    const root = project();
    const elsewhere = join(root, "elsewhere");
    mkdirSync(elsewhere);
    const outDir = join(root, "out");
    mkdirSync(outDir);
    symlinkSync(elsewhere, join(outDir, "acme"));
    const other = join(root, "other.md");
    writeFileSync(other, DOC);

    const [acme, rest] = await build([join(root, "content", "deep", "acme.md"), other], {
      formats: ["model", "html"],
      outDir,
    });

    expect(acme?.error?.message).toContain(`${join(outDir, "acme")} is a symbolic link`);
    expect(acme?.written).toEqual([]);
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(rest?.error).toBeUndefined();
    expect(existsSync(join(outDir, "other", "model.json"))).toBe(true);
  });
});
