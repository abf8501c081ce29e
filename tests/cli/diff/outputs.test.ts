// `credo build --compare REV`: the brief gets a "What changed since …" part after the at-a-glance
// page, and the deck a "What changed" slide, both carrying the changes phrased for readers. The
// builds run the command in this process (tests/cli/cli spawns the bin for its exit codes).
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { diffModels } from "../../../src/diff/compare.js";
import { checkOne } from "../../../src/document/document.js";
import { renderBriefHtml } from "../../../src/render/brief/render-brief.js";
import { planSlides } from "../../../src/render/deck/plan/plan.js";
import { renderPptx } from "../../../src/render/deck/pptx/render-pptx.js";
import { whatChanged } from "../../../src/render/shared/changes.js";
import type { Model } from "../../../src/schema/schema.js";
import { credoHere } from "../../helpers/cli.js";

const fixture = (name: string) => resolve("tests/fixtures/diff", `${name}.md`);

async function model(name: string): Promise<Model> {
  const { model } = await checkOne(fixture(name), {});
  if (!model) throw new Error(name);
  return model;
}

async function changes() {
  const old = await model("miscounted");
  const next = await model("value-renamed");
  return { next, changes: whatChanged("v1", diffModels(old, next), old, next) };
}

const EXPECTED = [
  "“Core values” is now announced as three (was four)",
  "Value “Candour” renamed “Honesty” in “Core values”",
  // A finding in the brief's words for readers, not the checker's advice to the author.
  "Resolved: The list of values under “Core values” is announced as four but names three.",
];

describe("what changed, for readers", () => {
  it("phrases each change in a sentence", async () => {
    const { changes: what } = await changes();
    expect(what.since).toBe("v1");
    expect(what.items).toHaveLength(3);
    for (const [i, text] of EXPECTED.entries()) expect(what.items[i]).toContain(text);
  });

  it("the brief has a “What changed since v1” part right after the at-a-glance page", async () => {
    const { next, changes: what } = await changes();
    const html = renderBriefHtml(next, { changes: what });
    const glance = html.indexOf('class="part part--glance"');
    const part = html.indexOf('class="part part--changes"');
    // (A short Contents is folded: its class carries a modifier.)
    const contents = html.indexOf('class="part part--toc');
    expect(glance).toBeGreaterThan(0);
    expect(part).toBeGreaterThan(glance);
    expect(part).toBeLessThan(contents);
    const section = html.slice(part, contents);
    expect(section).toContain("What changed since v1");
    for (const text of EXPECTED) expect(section).toContain(text);
    expect(renderBriefHtml(next)).not.toContain("part--changes");
  });

  it("the deck has a “What changed” slide after the cover, in HTML, PDF and PPTX alike (one plan)", async () => {
    const { next, changes: what } = await changes();
    const slides = planSlides(next, what);
    expect(slides[1]?.kind).toBe("list");
    expect(slides[1]?.title).toBe("What changed since v1");
    const items = slides[1]?.kind === "list" ? slides[1].items : [];
    for (const [i, text] of EXPECTED.entries()) expect(items[i]).toContain(text);
    expect(planSlides(next).some((s) => s.title.startsWith("What changed"))).toBe(false);
  });

  it("the PPTX carries the slide's items as text", async () => {
    const { next, changes: what } = await changes();
    const zip = await JSZip.loadAsync(await renderPptx(next, { changes: what }));
    const slide = await zip.file("ppt/slides/slide2.xml")?.async("string");
    expect(slide).toContain("What changed since v1");
    expect(slide).toContain("renamed");
    expect(slide).toContain("Honesty");
  });

  it("credo build --compare REV writes the part and the slide from git", async () => {
    const dir = mkdtempSync(join(tmpdir(), "credo-compare-"));
    const git = (...args: string[]) =>
      execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], {
        cwd: dir,
      });
    git("init", "-q");
    mkdirSync(join(dir, "content"));
    copyFileSync(fixture("miscounted"), join(dir, "content/acme.md"));
    git("add", ".");
    git("commit", "-qm", "one");
    copyFileSync(fixture("value-renamed"), join(dir, "content/acme.md"));
    const run = await credoHere(
      ["build", "--compare", "HEAD", "--format", "html,slides-html", "content/acme.md"],
      { cwd: dir },
    );
    expect(run.code).toBe(0);
    const brief = readFileSync(join(dir, "output/acme/brief.html"), "utf8");
    expect(brief).toContain("What changed since HEAD");
    expect(brief).toContain("Value “Candour” renamed “Honesty”");
    const deck = readFileSync(join(dir, "output/acme/slides.html"), "utf8");
    expect(deck).toContain("What changed since HEAD");
  });

  it("a compared build is never taken as up to date by a plain one; compareTo: in front matter works too", async () => {
    const dir = mkdtempSync(join(tmpdir(), "credo-compare-"));
    const git = (...args: string[]) =>
      execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], {
        cwd: dir,
      });
    git("init", "-q");
    mkdirSync(join(dir, "content"));
    const target = join(dir, "content/acme.md");
    copyFileSync(fixture("base"), target);
    git("add", ".");
    git("commit", "-qm", "one");
    copyFileSync(fixture("value-replaced"), target);
    const brief = () => readFileSync(join(dir, "output/acme/brief.html"), "utf8");
    const build = (...args: string[]) =>
      credoHere(["build", "--format", "html", ...args, "content/acme.md"], { cwd: dir });

    expect((await build("--compare", "HEAD")).code).toBe(0);
    expect(brief()).toContain("Value removed in “Core values”: “Candour”");
    expect((await build()).code).toBe(0);
    expect(brief()).not.toContain("What changed since");

    const text = readFileSync(target, "utf8").replace(
      "company: Acme\n",
      "company: Acme\ncompareTo: HEAD\n",
    );
    writeFileSync(target, text);
    expect((await build()).code).toBe(0);
    expect(brief()).toContain("What changed since HEAD");
    expect(brief()).toContain("Value added in “Core values”: “Courage”");
  });
});
