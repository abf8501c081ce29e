/**
 * A run of value headings whose parts repeat the same deeper headings ("#### You will see us",
 * "#### You should never see us" under each value): those are labels of the value's parts, not a
 * set of their own, and the run goes on past them (heading-runs.ts).
 */
import { describe, expect, it } from "vitest";
import { valueSetNames as sets } from "../../../helpers/pipeline.js";

const value = (name: string, labels: string[]) =>
  [
    `### ${name}`,
    "",
    `We hold to ${name.toLowerCase()} on every ward.`,
    "",
    ...labels.flatMap((label) => [
      `#### ${label}`,
      "",
      "- sit down at the bedside",
      "- make time for families",
      "",
    ]),
  ].join("\n");

const page = (labels: (name: string) => string[]) =>
  [
    "# Our values",
    "",
    "## Our four values",
    "",
    "Each value comes with the behaviours patients told us they want to see.",
    "",
    ...["Compassionate", "Respectful", "Open and honest", "Always improving"].map((name) =>
      value(name, labels(name)),
    ),
  ].join("\n");

describe("value headings over repeated part headings", () => {
  it("are the set; the repeated labels are not", async () => {
    expect(await sets(page(() => ["You will see us", "You should never see us"]))).toEqual([
      ["Compassionate", "Respectful", "Open and honest", "Always improving"],
    ]);
  });
});

describe("headings for the reader's situations", () => {
  it("reads no set from “### When you contact us”, “### When you visit” under a charter's commitments", async () => {
    const body =
      "## Our commitments to you\n\n### When you contact us\n\n- We answer the phone within 20 seconds.\n\n### When you visit\n\n- Changing rooms are cleaned every two hours.\n\n### If you are unhappy\n\n- Tell the duty manager first.\n";
    expect(await sets(body)).toEqual([]);
  });

  it("still reads value headings that open on a condition of their own (“If in doubt, ask”)", async () => {
    const body =
      "## Our values\n\n### If in doubt, ask\n\nNobody guesses.\n\n### Leave it better\n\nTidy as you go.\n";
    expect(await sets(body)).toEqual([["If in doubt, ask", "Leave it better"]]);
  });
});
