/**
 * The model stage: mdast + front matter → the typed model in `file.data.model`. A unified plugin
 * of (tree, file); diagnostics are added afterwards by the checks stage.
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";
import type { Block, Model } from "../../schema/schema.js";
import type { FrontMatter } from "../parse/front-matter.js";
import { readDoc } from "./blocks.js";
import { buildSections, newPlacement, placeAfter } from "./body.js";
import { findFaq } from "./faq.js";
import type { FoundSet } from "./found-sets.js";
import { namesCompany, ownerNames, readMeta, textOwner } from "./meta.js";
import { statementOverride, valuesOverride } from "./overrides.js";
import { shortNames } from "./short-names.js";
import { groupStatements } from "./statement-group.js";
import { findStatements } from "./statements.js";
import { findTakeaways } from "./takeaways.js";
import { findValueSets } from "./value-sets.js";

declare module "vfile" {
  interface DataMap {
    frontMatter: FrontMatter;
    model: Model;
  }
}

export function remarkModel() {
  return (tree: Root, file: VFile): void => {
    file.data.model = buildModel(tree, file);
  };
}

export function buildModel(tree: Root, file: VFile): Model {
  const doc = readDoc(tree, file);
  const placement = newPlacement();

  const owner = textOwner(doc.blocks);
  const meta = readMeta(tree, file, doc.blocks, owner);
  const companyNamed = namesCompany(doc.blocks, meta.company);
  const text = doc.blocks.flatMap((b) => b.sentences.map((s) => s.text)).join(" ");
  const names = [
    ...ownerNames(meta.company, owner, companyNamed),
    ...shortNames(text, meta.company),
  ];
  const { candidates, uncertain } = findStatements(doc.blocks, names, companyNamed);
  file.data.uncertain = uncertain;

  const found = findValueSets(doc.blocks, names);
  const pillarsFound = found.find((f) => f.kind === "pillars");
  // Values given in the front matter replace the extracted sets; their lists stay prose.
  const valuesGiven = valuesOverride(file);
  const valueSets = valuesGiven ? [] : found.filter((f) => f !== pillarsFound);
  const place = ({ anchor }: FoundSet, block: Block) => {
    if (anchor.mode === "replace") placement.replace.set(anchor.node, block);
    else placeAfter(placement, anchor.node, block);
    for (const node of anchor.absorbed) placement.replace.set(node, null);
  };
  valueSets.forEach((f, index) => {
    place(f, { type: "valueSet", index, line: f.set.line });
  });
  if (pillarsFound) place(pillarsFound, { type: "pillars", line: pillarsFound.set.line });

  const takeaways = findTakeaways(doc.blocks);
  [...takeaways.lists].forEach((list, i) => {
    placement.replace.set(
      list,
      i === 0 ? { type: "takeaways", line: list.position?.start.line ?? 1 } : null,
    );
  });

  const faq = findFaq(doc.blocks);
  faq.forEach(({ entry, nodes, after }, index) => {
    const block: Block = { type: "faq", index, line: entry.line };
    if (after) placeAfter(placement, after, block);
    nodes.forEach((node, i) => {
      placement.replace.set(node, i === 0 ? block : null);
    });
  });

  return {
    meta,
    mission: statementOverride(file, "mission") ?? groupStatements(candidates, "mission"),
    vision: statementOverride(file, "vision") ?? groupStatements(candidates, "vision"),
    valueSets: valuesGiven ? [valuesGiven] : valueSets.map((f) => f.set),
    pillars: pillarsFound?.set ?? null,
    takeaways: takeaways.items,
    faq: faq.map((f) => f.entry),
    sections: buildSections(doc, placement),
    diagnostics: [],
  };
}
