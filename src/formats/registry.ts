/**
 * Every output format, in the order builds write them and the help lists them. One line per
 * format: everything else (the names users type, files, MIME types, which formats print, which
 * templates and options each depends on) is read from the format's own module.
 */
import { UsageError } from "../base/errors.js";
import { briefHtml } from "./outputs/brief-html.js";
import { briefPdf } from "./outputs/brief-pdf.js";
import { deckHtml } from "./outputs/deck-html.js";
import { deckPdf } from "./outputs/deck-pdf.js";
import { model } from "./outputs/model.js";
import { pptx } from "./outputs/pptx.js";
import {
  type FormatSpec,
  type Group,
  type TemplateFamily,
  templateFamily,
} from "./outputs/spec.js";

const SPECS = [model, briefHtml, briefPdf, deckHtml, deckPdf, pptx] as const;

export type Format = (typeof SPECS)[number]["id"];

export const FORMATS: readonly Format[] = SPECS.map((spec) => spec.id);

export const FORMAT_SPECS = Object.fromEntries(SPECS.map((spec) => [spec.id, spec])) as unknown as {
  [F in Format]: FormatSpec<F>;
};

export const OUTPUT_FILES = Object.fromEntries(SPECS.map((spec) => [spec.id, spec.file])) as {
  [F in Format]: string;
};

const GROUPS: Record<Group, string> = {
  brief: "the brief",
  slides: "the deck's HTML and PDF",
  deck: "the whole deck",
};

function members(group: Group): Format[] {
  return FORMATS.filter((f) => (FORMAT_SPECS[f].groups as readonly Group[]).includes(group));
}

/** Every name users may type, with the formats it stands for. */
const NAMES: ReadonlyMap<string, readonly Format[]> = new Map<string, readonly Format[]>([
  ...FORMATS.flatMap((f) => [f, ...FORMAT_SPECS[f].aliases].map((name) => [name, [f]] as const)),
  ...(Object.keys(GROUPS) as Group[]).map((group) => [group, members(group)] as const),
  ["all", FORMATS],
]);

/** "html,pdf" / "all" / "slides,pptx" → formats in canonical order. */
export function parseFormats(list: string): Format[] {
  const wanted = new Set<Format>();
  for (const name of list
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    const formats = NAMES.get(name);
    if (!formats) {
      throw new UsageError(
        `unknown format "${name}"; use ${[...FORMATS, ...Object.keys(GROUPS), "all"].join(", ")} (comma-separated)`,
      );
    }
    for (const format of formats) wanted.add(format);
  }
  if (wanted.size === 0) throw new UsageError("--format needs at least one format");
  return FORMATS.filter((f) => wanted.has(f));
}

/** The lines of `--format` in the help text. */
export function formatHelp(): string[] {
  const width = Math.max(
    ...FORMATS.map((f) => f.length),
    ...Object.keys(GROUPS).map((g) => g.length),
  );
  return [
    ...FORMATS.map(
      (f) => `${f.padEnd(width)}  ${FORMAT_SPECS[f].file}: ${FORMAT_SPECS[f].description}`,
    ),
    ...(Object.keys(GROUPS) as Group[]).map(
      (g) => `${g.padEnd(width)}  ${members(g).join(",")}: ${GROUPS[g]}`,
    ),
    `${"all".padEnd(width)}  every format (default)`,
  ];
}

/** Formats drawn from the template at `rel`: editing the deck's CSS never reprints the brief. */
export function formatsForTemplate(rel: string): Format[] {
  const family = templateFamily(rel);
  return FORMATS.filter((f) =>
    (FORMAT_SPECS[f].templates as readonly TemplateFamily[]).includes(family),
  );
}
