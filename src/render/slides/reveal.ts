/**
 * reveal.js 6 and its speaker-notes plugin, read from node_modules once and made safe to inline
 * in a <script> element. The notes plugin writes its speaker window from a string (no extra file,
 * no network), and that window frames this same deck file, so the speaker view works offline.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { SLIDE } from "./metrics.js";
import { assertNoClosingTag } from "./view.js";

const require = createRequire(import.meta.url);

/**
 * The notes plugin carries the speaker window's HTML (with its own <script> and an HTML comment)
 * inside a JS template literal. In script text those sequences would end or confuse the element;
 * escaped as `<\/script` and `<\!--` they mean the same inside JS strings.
 */
export function inlineScript(code: string): string {
  const escaped = code.replace(/<\/script/gi, "<\\/script").replace(/<!--/g, "<\\!--");
  assertNoClosingTag(escaped, "script");
  return escaped;
}

/** Reveal's settings: our fixed 16:9 canvas, keyboard, overview (Esc/O) and notes (S). */
const CONFIG = {
  width: SLIDE.width,
  height: SLIDE.height,
  margin: 0.04,
  center: false,
  hash: true,
  controls: true,
  progress: true,
  keyboard: true,
  overview: true,
  transition: "fade",
  transitionSpeed: "fast",
};

let assets: { css: string; scripts: string[] } | undefined;

export function revealAssets(): { css: string; scripts: string[] } {
  assets ??= {
    css: readFileSync(require.resolve("reveal.js/reveal.css"), "utf8"),
    scripts: [
      inlineScript(readFileSync(require.resolve("reveal.js"), "utf8")),
      inlineScript(readFileSync(require.resolve("reveal.js/plugin/notes"), "utf8")),
      `Reveal.initialize(Object.assign(${JSON.stringify(CONFIG)}, { plugins: [RevealNotes] }));`,
    ],
  };
  assertNoClosingTag(assets.css, "style");
  return assets;
}
