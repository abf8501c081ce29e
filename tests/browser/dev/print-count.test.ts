/**
 * How often `credo dev` prints the brief: the first build once (its Contents' page numbers from the
 * layout), an edit that moves no page once (with the last print's pages), an edit that adds a part
 * once (laid out again), and an edit that moves pages twice (the last pages were wrong: the numbers
 * are printed right). Counted on the session the dev's warm browser launches.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, test, vi } from "vitest";
import type { BrowserSession } from "../../../src/browser/session.js";
import { startDev } from "../../../src/dev/dev.js";
import { DOC, removeProject, SseClient, tempProject } from "../../helpers/dev.js";

const counts = vi.hoisted(() => ({ prints: 0, layouts: 0 }));

vi.mock("../../../src/browser/session.js", async (original) => {
  const real = await original<typeof import("../../../src/browser/session.js")>();
  return {
    ...real,
    launchBrowser: async (...args: Parameters<typeof real.launchBrowser>) => {
      const session = await real.launchBrowser(...args);
      const counting: BrowserSession = {
        ...session,
        pdf: (html, options) => {
          counts.prints++;
          return session.pdf(html, options);
        },
        layout: (html, view, fn) => {
          counts.layouts++;
          return session.layout(html, view, fn);
        },
      };
      return counting;
    },
  };
});

/** The counts since the last call. */
function taken(): { prints: number; layouts: number } {
  const now = { ...counts };
  counts.prints = 0;
  counts.layouts = 0;
  return now;
}

test("the brief is printed once per build and edit, twice when an edit moves its pages", async () => {
  const project = await tempProject();
  const dev = await startDev({
    contentDir: project.content,
    outDir: project.out,
    formats: ["html", "pdf"],
    port: 0,
    log: () => {},
  });
  let sse: SseClient | undefined;
  const edit = async (text: string) => {
    await writeFile(join(project.content, "acme.md"), text);
    await sse?.next(
      (e) => e.type === "reload" && !e.data.replayed && e.data.files.includes("brief.pdf"),
    );
    await dev.idle();
    return taken();
  };
  try {
    await dev.idle();
    expect(taken()).toEqual({ prints: 1, layouts: 1 });
    // Opened once the first build is done: its events are not an edit's.
    sse = await SseClient.open(dev.port);

    // The first edit adds a part ("What changed" since the session began): other anchors than
    // last time's, so the pages come from the layout again.
    expect(await edit(DOC.replace("sturdy", "strong"))).toEqual({ prints: 1, layouts: 1 });
    // An edit that moves no page: last time's pages, one print.
    expect(await edit(DOC.replace("sturdy", "steady"))).toEqual({ prints: 1, layouts: 0 });
    // Two pages more after the values, and no new heading or link: the same anchors on later
    // pages — last time's pages are wrong, and the brief is printed again with the right ones.
    const notes = `\n${"We test each tool on a real bench before it ships. ".repeat(220)}\n`;
    expect(await edit(`${DOC.replace("sturdy", "steady")}${notes}`)).toEqual({
      prints: 2,
      layouts: 0,
    });
  } finally {
    sse?.close();
    await dev.close();
    await removeProject(project.root);
  }
});
