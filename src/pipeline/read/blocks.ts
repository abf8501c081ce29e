/**
 * The document as a flat list of top-level blocks, each with its section and its sentences:
 * the shared input of every extractor (statements, value sets, takeaways, FAQ).
 */

import type { Root, RootContent } from "mdast";
import type { VFile } from "vfile";
import { openCallouts } from "./callouts.js";
import { dropCardNumbers } from "./card-numbers.js";
import { joinContinuedLists } from "./continued-lists.js";
import { openGridTables } from "./grid-tables.js";
import { openHtmlBlocks } from "./html-containers.js";
import { restoreLabelHeadings } from "./labels.js";
import { repairLooseBold } from "./loose-bold.js";
import { restoreRunInBreaks } from "./run-in-breaks.js";
import { dropRunningHeads } from "./running-heads.js";
import type { SectionNodes } from "./sections.js";
import { splitSections } from "./sections.js";
import { type Sentence, sentencesOf } from "./sentences.js";
import { cutPastedLines } from "./title-over-lines.js";

export interface DocBlock {
  node: RootContent;
  section: SectionNodes;
  sentences: Sentence[];
}

export interface Doc {
  sections: SectionNodes[];
  blocks: DocBlock[];
}

export function readDoc(tree: Root, file: VFile): Doc {
  dropRunningHeads(tree);
  repairLooseBold(tree);
  cutPastedLines(tree, file);
  openGridTables(tree, file);
  restoreRunInBreaks(tree);
  joinContinuedLists(tree);
  dropCardNumbers(tree);
  openCallouts(tree);
  openHtmlBlocks(tree);
  restoreLabelHeadings(tree);
  const sections = splitSections(tree);
  const sentences = sentencesOf(tree, file);
  const blocks: DocBlock[] = [];
  let next = 0;
  for (const section of sections) {
    for (const node of section.nodes) {
      const start = node.position?.start.offset ?? 0;
      const end = node.position?.end.offset ?? start;
      const own: Sentence[] = [];
      // Sentences come in document order, so one pass assigns them all.
      while (next < sentences.length && (sentences[next]?.offset ?? 0) < start) next++;
      while (next < sentences.length && (sentences[next]?.offset ?? 0) < end) {
        own.push(sentences[next] as Sentence);
        next++;
      }
      blocks.push({ node, section, sentences: own });
    }
  }
  return { sections, blocks };
}

/** Section name for an occurrence: the heading, or null for the untitled opening. */
export function sectionName(section: SectionNodes): string | null {
  return section.heading === "" ? null : section.heading;
}
