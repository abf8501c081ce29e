/**
 * reveal.js 6 and its speaker-notes plugin, read from node_modules once and made safe to inline
 * in a <script> element. The notes plugin writes its speaker window from a string (no extra file,
 * no network), and that window frames this same deck file, so the speaker view works offline.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { SLIDE } from "../layout/metrics.js";
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

/**
 * The deck's first script, so its listener runs before reveal's and the plugin's (Chromium calls
 * a window's message listeners in the order they were added, capturing or not): a message from
 * another origin never reaches reveal's postMessage API or the notes plugin, whose heartbeat handler would otherwise adopt any sender as its speaker window
 * and stream it every speaker note. The speaker window and its preview frames are this deck's own
 * origin, so they still talk to it. Same test as the notes plugin's own: the sender's origin is
 * readable and equal to ours.
 */
const SAME_ORIGIN_MESSAGES_ONLY = `window.addEventListener("message", (event) => {
  let same = false;
  try { same = event.source !== null && event.source.location.origin === window.location.origin; } catch {}
  if (!same) event.stopImmediatePropagation();
});`;

let assets: { css: string; scripts: string[] } | undefined;

export function revealAssets(): { css: string; scripts: string[] } {
  assets ??= {
    css: readFileSync(require.resolve("reveal.js/reveal.css"), "utf8"),
    scripts: [
      SAME_ORIGIN_MESSAGES_ONLY,
      inlineScript(readFileSync(require.resolve("reveal.js"), "utf8")),
      inlineScript(readFileSync(require.resolve("reveal.js/plugin/notes"), "utf8")),
      `Reveal.initialize(Object.assign(${JSON.stringify(CONFIG)}, { plugins: [RevealNotes] }));`,
    ],
  };
  assertNoClosingTag(assets.css, "style");
  return assets;
}
