/** List items as named values: `**Name**: desc`, `Name: desc`, `Name – desc`, bare names. */
import type { List } from "mdast";
import { describe, expect, it } from "vitest";
import { listItem, listItems } from "../../../../src/pipeline/read/list-items.js";
import { parse } from "../../../helpers/pipeline.js";

function list(markdown: string): List {
  const node = parse(markdown).tree.children[0];
  if (node?.type !== "list") throw new Error("not a list");
  return node;
}

const item = (markdown: string) => listItem(list(markdown).children[0] as List["children"][0]);

describe("listItem", () => {
  it.each([
    ["- **Courage**: we act boldly.", "Courage", "we act boldly."],
    ["- **Courage:** we act boldly.", "Courage", "we act boldly."],
    ["- *Trust* – we keep promises", "Trust", "we keep promises"],
    ["- Courage: we act boldly", "Courage", "we act boldly"],
    ["- Always Be Learning – never stop", "Always Be Learning", "never stop"],
    ["- Joy - we have fun", "Joy", "we have fun"],
    ["- Customer obsession", "Customer obsession", null],
    ["- **Ownership**", "Ownership", null],
    // (A card's number badge run in before its bold name: "01", "2.", not part of the name.)
    ["- **01 Straight talk** – we say what we know", "Straight talk", "we say what we know"],
    ["- **2. Curiosity** – every fault teaches", "Curiosity", "every fault teaches"],
    // (A hard line break between the bold name and its text: two lines, not "calmCustomers".)
    [
      "- **Be the calm**\\\n  Customers come to us worried. We answer quickly.",
      "Be the calm",
      "Customers come to us worried. We answer quickly.",
    ],
    [
      "- Be the calm  \n  Customers come to us worried.",
      "Be the calm",
      "Customers come to us worried.",
    ],
    // (A card list as pasted: each item a heading over its text.)
    [
      "- ### Honest labels for every single jar\n\n  We list each oil we use.",
      "Honest labels for every single jar",
      "We list each oil we use.",
    ],
    [
      "- ### Ship on Fridays, never on a Monday morning\n\n  A release needs a quiet weekend.",
      "Ship on Fridays, never on a Monday morning",
      "A release needs a quiet weekend.",
    ],
    [
      "- **Ship on Fridays, never on a Monday morning** – a release needs a quiet weekend.",
      "Ship on Fridays, never on a Monday morning",
      "a release needs a quiet weekend.",
    ],
    // (A bold sentence closed by its full stop, and a dash-set name holding its contrast.)
    [
      "- **Food is a right, not a reward.** Nobody has to earn a parcel.",
      "Food is a right, not a reward",
      "Nobody has to earn a parcel.",
    ],
    [
      "- Fix the class of bug, not the bug – ask what else could break.",
      "Fix the class of bug, not the bug",
      "ask what else could break.",
    ],
  ])("%s", (markdown, name, description) => {
    expect(item(markdown)).toEqual({ name, description });
  });

  it("reads a long bold lead with nothing setting it off as no value", () => {
    expect(item("- **Ship on Fridays and never on a Monday morning** we say.")).toBeNull();
  });

  it("reads a sentence as no value", () => {
    expect(item("- We always act boldly in every situation we face.")).toBeNull();
    expect(item("- Act boldly.")).toBeNull();
    expect(item("- **We always act boldly in every single situation.** Really.")).toBeNull();
  });
});

describe("listItems", () => {
  it("reads every item with its line", () => {
    const markdown = "- **Courage**: act boldly\n- Trust – keep promises\n- Joy\n";
    expect(listItems(list(markdown))).toEqual([
      { name: "Courage", description: "act boldly", line: 1 },
      { name: "Trust", description: "keep promises", line: 2 },
      { name: "Joy", description: null, line: 3 },
    ]);
  });

  it("rejects a list with one sentence item, and a single-item list", () => {
    expect(listItems(list("- Courage\n- We keep our promises to every customer.\n"))).toBeNull();
    expect(listItems(list("- Courage\n"))).toBeNull();
  });
});
