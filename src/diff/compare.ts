/** What changed in meaning between two models, area by area in reading order. */
import type { Model } from "../schema/schema.js";
import { compareFindings } from "./findings.js";
import { compareFaq, compareTakeaways } from "./lists.js";
import type { Change } from "./schema.js";
import { compareStatements } from "./statements.js";
import { compareSets } from "./values.js";

export function diffModels(old: Model, next: Model): Change[] {
  const pillars = (model: Model) => (model.pillars ? [model.pillars] : []);
  return [
    ...compareStatements("mission", old.mission, next.mission),
    ...compareStatements("vision", old.vision, next.vision),
    ...compareSets("values", old.valueSets, next.valueSets),
    ...compareSets("pillars", pillars(old), pillars(next)),
    ...compareTakeaways(old, next),
    ...compareFaq(old.faq, next.faq),
    ...compareFindings(old.diagnostics, next.diagnostics),
  ];
}
