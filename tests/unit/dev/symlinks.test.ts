/**
 * Issue #14 items 4 and 5 in `credo dev`: linked content is skipped and said so, a linked output
 * folder is refused (nothing lands where it points), and what the log quotes from content is
 * escaped for the terminal.
 */
import { mkdir, readdir, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, test } from "vitest";
import { startDev } from "../../../src/dev/dev.js";
import { DOC, removeProject, tempProject } from "../../helpers/dev.js";

test("dev skips linked content, refuses a linked output folder and escapes what it logs", async () => {
  const project = await tempProject();
  const elsewhere = join(project.root, "elsewhere");
  await mkdir(elsewhere);
  await mkdir(project.out);
  await symlink(elsewhere, join(project.out, "acme"));
  await writeFile(join(project.root, "secret.md"), DOC);
  await symlink(join(project.root, "secret.md"), join(project.content, "linked.md"));
  await writeFile(join(project.content, "odd\x1b]0;owned\x07.md"), "# Odd\n\n[^a]: [^b]:");
  const logs: string[] = [];
  const dev = await startDev({
    contentDir: project.content,
    outDir: project.out,
    formats: ["model"],
    port: 0,
    log: (line) => logs.push(line),
  });
  try {
    await dev.idle();
    const log = logs.join("\n");
    expect(log).toContain(`${join(project.content, "linked.md")}: a symbolic link, not followed`);
    expect(log).toContain(`${join(project.out, "acme")} is a symbolic link`);
    expect(await readdir(elsewhere)).toEqual([]);
    expect(log).toContain("odd\\x1b]0;owned\\x07.md");
    expect(log).not.toContain("\x1b]0;");
  } finally {
    await dev.close();
    await removeProject(project.root);
  }
});
