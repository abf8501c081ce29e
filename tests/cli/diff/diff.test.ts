// `credo diff` as users run it: files, model.json, git revisions in a temporary repository
// (whose working tree must stay as it was), the three formats and --exit-code both ways. The bin
// is spawned for the exit codes and the plain text (no terminal); the rest runs in this process.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { DiffReport } from "../../../src/diff/schema.js";
import { checkOne } from "../../../src/document/document.js";
import { credo, credoHere } from "../../helpers/cli.js";

const fixture = (name: string) => resolve("tests/fixtures/diff", `${name}.md`);

function repo(): { dir: string; git: (...args: string[]) => string } {
  const dir = mkdtempSync(join(tmpdir(), "credo-diff-"));
  const git = (...args: string[]) =>
    execFileSync("git", args, {
      cwd: dir,
      encoding: "utf8",
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: "t",
        GIT_AUTHOR_EMAIL: "t@example.com",
        GIT_COMMITTER_NAME: "t",
        GIT_COMMITTER_EMAIL: "t@example.com",
      },
    });
  git("init", "-q");
  mkdirSync(join(dir, "content"));
  return { dir, git };
}

const report = (stdout: string) => DiffReport.parse(JSON.parse(stdout));
const kinds = (stdout: string) =>
  report(stdout).documents.flatMap((d) => d.changes.map((c) => c.kind));

describe("credo diff OLD NEW", () => {
  it("--format json prints the typed change list", async () => {
    const run = await credoHere([
      "diff",
      fixture("base"),
      fixture("value-renamed"),
      "--format",
      "json",
    ]);
    expect(run.code).toBe(0);
    const parsed = report(run.stdout);
    expect(parsed.changed).toBe(true);
    expect(parsed.documents[0]?.changes).toEqual([
      {
        kind: "value-renamed",
        area: "values",
        within: "Core values",
        old: { text: "Candour", line: 22 },
        new: { text: "Honesty", line: 22 },
      },
    ]);
  });

  it("--exit-code: 1 when the meaning changed", async () => {
    const run = await credo(["diff", "--exit-code", fixture("base"), fixture("mission-reworded")]);
    expect(run.code).toBe(1);
  });

  it("--exit-code: 0 when only the wrapping, quotes and case changed", async () => {
    const run = await credoHere(["diff", "--exit-code", fixture("base"), fixture("rewrapped")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("no change in meaning");
  });

  it("text: the change in words, without colour when not on a terminal", async () => {
    const run = await credo(["diff", fixture("base"), fixture("mission-reworded")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Mission reworded");
    expect(run.stdout).toContain("make every [-road-]{+journey+} safer");
    expect(run.stdout).not.toContain("\u001b[");
  });

  it("md: a section per document, struck and bold words, for a pull-request comment", async () => {
    const run = await credoHere(["diff", "--format", "md", fixture("miscounted"), fixture("base")]);
    expect(run.stdout).toContain("### ");
    expect(run.stdout).toMatch(/^- .*announced as three.*\(was four\)/m);
    expect(run.stdout).toMatch(/^- Fixed: .*Announces 4 core values/m);
  });

  it("md: emphasis wraps the words only (Markdown ignores `**word **`)", async () => {
    const run = await credoHere([
      "diff",
      "--format",
      "md",
      fixture("base"),
      fixture("mission-reworded"),
    ]);
    expect(run.stdout).toContain("make every ~~road~~**journey** safer");
  });

  it("a model.json is a side too", async () => {
    const dir = mkdtempSync(join(tmpdir(), "credo-diff-"));
    const { model } = await checkOne(fixture("base"), {});
    writeFileSync(join(dir, "model.json"), JSON.stringify(model));
    const run = await credoHere([
      "diff",
      join(dir, "model.json"),
      fixture("value-replaced"),
      "-f",
      "json",
    ]);
    expect(kinds(run.stdout)).toEqual(["value-removed", "value-added"]);
  });

  it("a .json side that is not a model (here: not even JSON) is a content error, exit 1", async () => {
    const dir = mkdtempSync(join(tmpdir(), "credo-diff-"));
    writeFileSync(join(dir, "model.json"), "{ not json");
    const run = await credoHere(["diff", join(dir, "model.json"), fixture("base")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("not a Credo model.json");
  });

  it("a side that is neither a file nor a revision is a usage error", async () => {
    const run = await credoHere(["diff", "no/such.md", fixture("base")]);
    expect(run.code).toBe(64);
    expect(run.stderr).toContain("no/such.md");
  });
});

describe("credo diff with git revisions", () => {
  it("REV FILE compares the file as committed with the working copy, leaving the tree as it is", async () => {
    const { dir, git } = repo();
    copyFileSync(fixture("miscounted"), join(dir, "content/acme.md"));
    git("add", ".");
    git("commit", "-qm", "one");
    copyFileSync(fixture("base"), join(dir, "content/acme.md"));
    git("commit", "-qam", "two");
    copyFileSync(fixture("value-renamed"), join(dir, "content/acme.md"));
    const status = git("status", "--porcelain");

    const run = await credoHere(["diff", "HEAD~1", "content/acme.md", "-f", "json"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(kinds(run.stdout)).toEqual(["count-changed", "value-renamed", "finding-fixed"]);
    expect(report(run.stdout).documents[0]?.old).toBe("HEAD~1:content/acme.md");
    expect(readFileSync(join(dir, "content/acme.md"), "utf8")).toBe(
      readFileSync(fixture("value-renamed"), "utf8"),
    );
    expect(git("status", "--porcelain")).toBe(status);

    const between = await credoHere(
      ["diff", "HEAD~1:content/acme.md", "HEAD:content/acme.md", "-f", "json"],
      {
        cwd: dir,
      },
    );
    expect(kinds(between.stdout)).toEqual(["count-changed", "finding-fixed"]);

    // A bare revision takes the path of the other side, a file or REV:path alike.
    const bare = await credoHere(["diff", "HEAD~1", "HEAD:content/acme.md", "-f", "json"], {
      cwd: dir,
    });
    expect(kinds(bare.stdout)).toEqual(["count-changed", "finding-fixed"]);
  });

  it("--since REV takes every content file, new and deleted ones too", async () => {
    const { dir, git } = repo();
    copyFileSync(fixture("base"), join(dir, "content/acme.md"));
    copyFileSync(fixture("base"), join(dir, "content/gone.md"));
    git("add", ".");
    git("commit", "-qm", "one");
    git("tag", "v1");
    copyFileSync(fixture("contradiction"), join(dir, "content/acme.md"));
    git("rm", "-q", "content/gone.md");
    copyFileSync(fixture("base"), join(dir, "content/new.md"));

    const run = await credoHere(["diff", "--since", "v1", "--exit-code", "-f", "json"], {
      cwd: dir,
    });
    expect(run.code).toBe(1);
    const documents = report(run.stdout).documents;
    expect(documents.map((d) => [d.path, d.old, d.new])).toEqual([
      ["content/acme.md", "v1:content/acme.md", "content/acme.md"],
      ["content/gone.md", "v1:content/gone.md", null],
      ["content/new.md", null, "content/new.md"],
    ]);
    expect(documents[0]?.changes.map((c) => c.kind)).toEqual(["statement-added", "finding-new"]);

    const same = await credoHere(["diff", "--since", "HEAD", "--exit-code", "content/acme.md"], {
      cwd: dir,
    });
    expect(same.code).toBe(1);
    git("commit", "-qam", "two");
    const none = await credoHere(["diff", "--since", "HEAD", "--exit-code", "content/acme.md"], {
      cwd: dir,
    });
    expect(none.code).toBe(0);
  });
});
