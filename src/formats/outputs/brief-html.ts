/** brief.html: the brief as one self-contained page. */
import type { FormatSpec } from "./spec.js";

export const briefHtml = {
  id: "html",
  file: "brief.html",
  mime: "text/html; charset=utf-8",
  aliases: ["brief-html"],
  groups: ["brief"],
  description: "the brief as one self-contained HTML page",
  needsBrowser: false,
  fast: true,
  templates: ["brief", "shared"],
  options: [],
  render: (context) => context.briefHtml(),
} as const satisfies FormatSpec<"html">;
