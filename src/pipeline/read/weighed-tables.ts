/**
 * A table that weighs the statements against what the company does ("| Statement | Evidence |
 * Gap |", "| | In practice |", "| | Score |"): a row named "Mission" or "Values" holds the writer's
 * evidence or verdict on it, not its wording — so no statement or set is read from that column.
 */
import type { Table } from "mdast";
import { plainText } from "./text.js";

/** Headers of a column that judges or evidences a statement rather than giving it. */
const WEIGHING =
  /^\s*(?:evidence|proof|examples?|in\s+practice|practice|how\s+it\s+shows(?:\s+up)?|(?:the\s+)?gaps?|score|rating|grade|verdict|assessment|strengths?|weakness(?:es)?|risks?|our\s+take|reality|what\s+works(?:\s+well)?|what\s+(?:doesn['’]t|does\s+not)\s+work|what\s+(?:could|would|might)\s+be\s+(?:stronger|better|sharper|clearer|improved)|pros|cons|room\s+to\s+improve)\s*[:?]?\s*$/i;

/** Whether the table's header names column `column` as evidence or a verdict on the row. */
export function weighsColumn(table: Table, column: number): boolean {
  const head = table.children[0]?.children[column];
  return head !== undefined && WEIGHING.test(plainText(head));
}
