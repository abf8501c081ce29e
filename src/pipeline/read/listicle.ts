/**
 * A listicle's entries about other organisations ("### 3. Northway Physiotherapy" then
 * "Northway's values are …"): what is said under them is theirs, not the page's company's.
 */
import type { DocBlock } from "./blocks.js";
import type { SectionNodes } from "./sections.js";
import { sharesName } from "./statement-cues.js";
import { plainText } from "./text.js";

/** The run of numbered sections (as opposed to a section's numbered sub-headings). */
const SECTIONS = Symbol("sections");

/** "1. Brackley Plumbing & Heating", "#4 – Loopline Bikes": a numbered entry and its name. */
const NUMBERED = /^\s*#?\d{1,3}\s*(?:[.):]|\s[–—-])\s*(.+)$/;

/** The name a numbered entry heading gives ("7. Arnside Creamery" → "Arnside Creamery"), if it is one. */
export function entryName(heading: string): string | undefined {
  return NUMBERED.exec(heading)?.[1];
}

/** Words a name may start with that name nothing: "The Gilded Spoon" is named by "Gilded". */
const ARTICLE = /^(?:the|a|an)$/i;

/** Entries at least, for a run of numbered headings to be a listicle of organisations. */
const MIN_ENTRIES = 3;

interface Entry {
  name: string;
  blocks: DocBlock[];
  /** An unnumbered heading: only a possessive or a verb of speaking makes it an organisation. */
  unnumbered: boolean;
}

/**
 * The blocks under the headings that a listicle gives to other organisations: a run of at least
 * MIN_ENTRIES sub-headings in one section (or numbered sections), at least half of which the
 * text treats as organisations ("Northway's …", "Loopline, a cycle shop, …", "Greave Lane says
 * …"). Every entry of such a run is another organisation's, the unreferenced ones included —
 * but the entry headed by the company's own name (one of `names`): a page that holds the company
 * up beside others ("1. Harrowgate Outdoor: the benchmark", "2. Sablewood Bank: …") gives its
 * own values under it.
 */
export function othersEntries(blocks: DocBlock[], names: string[] = []): Set<DocBlock> {
  // Entries by run: numbered sub-headings by their section; numbered sections together.
  const runs = new Map<SectionNodes | typeof SECTIONS, Entry[]>();
  const open = (run: SectionNodes | typeof SECTIONS, name: string, unnumbered = false): Entry => {
    const entry = { name, blocks: [], unnumbered };
    const entries = runs.get(run);
    if (entries) entries.push(entry);
    else runs.set(run, [entry]);
    return entry;
  };
  let section: SectionNodes | undefined;
  let sectionEntry: Entry | undefined;
  let current: Entry | undefined;
  for (const block of blocks) {
    if (block.section !== section) {
      section = block.section;
      const name = entryName(section.heading);
      sectionEntry = name ? open(SECTIONS, name) : undefined;
      current = sectionEntry;
    }
    if (block.node.type === "heading") {
      // Sub-headings are entries ("### 2. Loopline Bikes", "### Loopline Bikes"); within a
      // numbered section's entry, an unnumbered one is a part of it.
      const text = plainText(block.node);
      const name = entryName(text);
      current = name
        ? open(section, name)
        : sectionEntry
          ? sectionEntry
          : open(section, text, true);
      continue;
    }
    current?.blocks.push(block);
  }
  const others = new Set<DocBlock>();
  for (const entries of runs.values()) {
    const organisations = entries.filter(isOrganisation).length;
    if (entries.length < MIN_ENTRIES || organisations * 2 < entries.length) continue;
    for (const entry of entries) {
      if (ownEntry(entry, names, blocks)) continue;
      for (const block of entry.blocks) others.add(block);
    }
  }
  return others;
}

/**
 * Whether an entry is the company's own: its heading names the company ("Acme Gloves: the one to
 * copy", its subtitle set aside), and the page speaks of the company outside that entry too (the
 * intro, the other entries, the close) — a name met only in its own entry is one example among
 * the others, whatever the page was guessed to be about.
 */
function ownEntry(entry: Entry, names: string[], blocks: DocBlock[]): boolean {
  const name = entry.name.split(/:|\s[–—-]\s/)[0] ?? "";
  if (!sharesName(name, names)) return false;
  const word = (name.split(/\s+/).find((w) => w && !ARTICLE.test(w)) ?? "").replace(
    /[^\p{L}\p{N}]/gu,
    "",
  );
  if (!word) return false;
  const named = new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, "u");
  const own = new Set(entry.blocks);
  return blocks.some(
    (b) => !own.has(b) && b.node.type !== "heading" && named.test(plainText(b.node)),
  );
}

/** Whether the entry's text treats its heading's name as an organisation. */
function isOrganisation(entry: Entry): boolean {
  const word = entry.name
    .replace(/\([^)]*\)/g, "")
    .split(/\s+/)
    .find((w) => w && !ARTICLE.test(w));
  if (!word || !/^\p{Lu}/u.test(word)) return false;
  const escaped = word.replace(/[^\p{L}\p{N}]/gu, "");
  if (!escaped) return false;
  // (Not an apposition for an unnumbered heading: "Curiosity, the urge to ask why" is a value.)
  const apposition = entry.unnumbered ? "" : String.raw`|,\s+(?:a|an|the)\s`;
  const owner = new RegExp(
    String.raw`\b${escaped}(?:['’]s?\b${apposition}|\s+(?:says|said|lists|names|believes|calls|describes|writes|sells|runs|employs|was\s+founded)\b)`,
    "u",
  );
  return entry.blocks.some((b) => owner.test(plainText(b.node)));
}
