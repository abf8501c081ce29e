/** `credo dev FILE`: only the named file is a document, watched through its folder. */
import { existsSync } from "node:fs";
import { readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, test } from "vitest";
import { startDev } from "../../../src/dev/dev.js";
import { DOC, fetchRaw, removeProject, SseClient, tempProject } from "../../helpers/dev.js";

test("a named file is rebuilt when saved by rename; its neighbours are left alone", async () => {
  const project = await tempProject();
  await writeFile(
    join(project.content, "other.md"),
    DOC.replace("company: Acme", "company: Other"),
  );
  const dev = await startDev({
    files: [join(project.content, "acme.md")],
    outDir: project.out,
    formats: ["html"],
    port: 0,
    log: () => {},
  });
  await dev.idle();
  const sse = await SseClient.open(dev.port);
  try {
    expect(existsSync(join(project.out, "acme", "brief.html"))).toBe(true);
    expect(existsSync(join(project.out, "other"))).toBe(false);

    // Editors often save by writing a temp file and renaming it over the original.
    const temp = join(project.content, ".acme.md.tmp");
    await writeFile(temp, DOC.replace("sturdy tools", "renamed tools"));
    await rename(temp, join(project.content, "acme.md"));
    await sse.next((e) => e.type === "reload" && e.data.slug === "acme");
    expect(await readFile(join(project.out, "acme", "brief.html"), "utf8")).toContain(
      "renamed tools",
    );

    await writeFile(
      join(project.content, "other.md"),
      DOC.replace("company: Acme", "company: Changed"),
    );
    await new Promise((wait) => setTimeout(wait, 300));
    await dev.idle();
    expect(existsSync(join(project.out, "other"))).toBe(false);
    expect((await fetchRaw(dev.port, "/")).body).not.toContain("other");
  } finally {
    sse.close();
    await dev.close();
    await removeProject(project.root);
  }
});
