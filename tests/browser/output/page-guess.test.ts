/**
 * The brief's Contents needs to know where each part lands: a first build reads it from the
 * brief's layout (laid-out-pages.ts), and the build cache keeps where the last print's anchors
 * landed; the next build of the document (forced too) prints with those numbers and keeps that
 * print when the anchors land there. Either way the brief is printed once.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserSession } from "../../../src/browser/session.js";
import { build } from "../../../src/output/build.js";
import { CACHE_FILE, type CacheEntry } from "../../../src/output/cache.js";
import { destinationPages } from "../../../src/render/brief/destinations.js";
import { sharedBrowser } from "../../helpers/shared-browser.js";

const root = mkdtempSync(join(tmpdir(), "credo-page-guess-"));
const source = join(root, "acme.md");
const outDir = join(root, "out");
const out = join(outDir, "acme");
let session: BrowserSession;
beforeAll(async () => {
  copyFileSync("content/tiktok.md", source);
  session = await sharedBrowser();
});
afterAll(async () => {
  rmSync(root, { recursive: true, force: true });
});

/** Builds the brief PDF (forced) on the session; returns how many prints and layouts it took. */
async function printsOfBuild(): Promise<{ prints: number; layouts: number }> {
  let prints = 0;
  let layouts = 0;
  const counting: BrowserSession = {
    ...session,
    pdf: (html, options) => {
      prints++;
      return session.pdf(html, options);
    },
    layout: (html, view, fn) => {
      layouts++;
      return session.layout(html, view, fn);
    },
  };
  const [result] = await build([source], {
    formats: ["pdf"],
    outDir,
    force: true,
    session: counting,
  });
  expect(result?.error).toBeUndefined();
  expect(result?.written).toEqual([join(out, "brief.pdf")]);
  return { prints, layouts };
}

const entry = () => JSON.parse(readFileSync(join(out, CACHE_FILE), "utf8")) as CacheEntry;
const landed = async () => destinationPages(readFileSync(join(out, "brief.pdf")));

describe("the brief's page guess", () => {
  it("is recorded by a build, and a rebuild prints once with it", async () => {
    expect(await printsOfBuild()).toEqual({ prints: 1, layouts: 1 });
    const recorded = new Map(Object.entries(entry().pages ?? {}));
    expect(recorded.size).toBeGreaterThan(4);
    expect(recorded).toEqual(await landed());

    expect(await printsOfBuild()).toEqual({ prints: 1, layouts: 0 });
    expect(new Map(Object.entries(entry().pages ?? {}))).toEqual(await landed());
  });

  it("is only a guess: a wrong one costs a print, not a wrong number", async () => {
    const right = await landed();
    const forged = entry();
    forged.pages = Object.fromEntries([...right].map(([id, page]) => [id, page + 1]));
    writeFileSync(join(out, CACHE_FILE), JSON.stringify(forged));

    expect(await printsOfBuild()).toEqual({ prints: 2, layouts: 0 });
    expect(await landed()).toEqual(right);
    expect(new Map(Object.entries(entry().pages ?? {}))).toEqual(right);
  });
});
