/** Output formats, the files they write under `output/<slug>/`, and the names users type. */
import { UsageError } from "../base/errors.js";

export const FORMATS = ["model", "html", "pdf", "slides-html", "slides-pdf", "pptx"] as const;
export type Format = (typeof FORMATS)[number];

export const OUTPUT_FILES: Record<Format, string> = {
  model: "model.json",
  html: "brief.html",
  pdf: "brief.pdf",
  "slides-html": "slides.html",
  "slides-pdf": "slides.pdf",
  pptx: "slides.pptx",
};

const ALIASES: Record<string, Format[]> = {
  all: [...FORMATS],
  brief: ["html", "pdf"],
  slides: ["slides-html", "slides-pdf"],
  deck: ["slides-html", "slides-pdf", "pptx"],
};

/** Formats that print with the browser. */
export const BROWSER_FORMATS: ReadonlySet<Format> = new Set(["pdf", "slides-pdf"]);

/** "html,pdf" / "all" / "slides,pptx" → formats in canonical order. */
export function parseFormats(list: string): Format[] {
  const wanted = new Set<Format>();
  for (const name of list
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    const formats =
      ALIASES[name] ??
      ((FORMATS as readonly string[]).includes(name) ? [name as Format] : undefined);
    if (!formats) {
      throw new UsageError(
        `unknown format "${name}"; use ${[...FORMATS, ...Object.keys(ALIASES)].join(", ")} (comma-separated)`,
      );
    }
    for (const format of formats) wanted.add(format);
  }
  if (wanted.size === 0) throw new UsageError("--format needs at least one format");
  return FORMATS.filter((f) => wanted.has(f));
}

/**
 * `output/<slug>/` for a content file: its name without extension, reduced to safe characters so
 * no name can leave the output folder (no separators, no leading dots, no NUL).
 */
export function slugOf(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? "";
  const slug = name
    .replace(/\.(md|markdown)$/i, "")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^[.-]+/, "")
    .slice(0, 100);
  return slug || "document";
}
