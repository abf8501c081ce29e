/**
 * Statements a careful reader takes or leaves that the dn- corpus batch showed: an illustration
 * introduced "… purpose in action:", a frame inside someone else's quoted remark, a time phrase
 * ending a vision, a quotation the next paragraph names as the mission, "Our vision? A town …".
 */
import { describe, expect, it } from "vitest";
import { statementTexts as texts } from "../../../helpers/pipeline.js";

describe("not statements", () => {
  it("leaves “the company's purpose in action: …” (an illustration)", async () => {
    expect(
      await texts(
        "# About\n\nYou have seen the company's purpose in action: good bread, close to home, at a fair price.\n",
      ),
    ).toEqual([]);
  });

  it("leaves a frame inside a customer's quoted remark", async () => {
    expect(
      await texts(
        "# Profile\n\nAnother calls the owner “a man with a vision, and the vision is a better heel”.\n",
        "vision",
      ),
    ).toEqual([]);
  });

  it("still takes a quoted first-person frame", async () => {
    expect(
      await texts(
        "# Profile\n\nThe sign says “At Acme, our mission is to mend every shoe worth mending.”\n",
      ),
    ).toEqual(["mend every shoe worth mending"]);
  });
});

describe("statements", () => {
  it("keeps a time phrase (“, a hundred years from now”) inside the vision", async () => {
    expect(
      await texts(
        "# About\n\n## Our vision\n\nA working rope walk in Bridport, still teaching the trade, a hundred years from now.\n",
        "vision",
      ),
    ).toEqual([
      "A working rope walk in Bridport, still teaching the trade, a hundred years from now",
    ]);
  });

  it("takes a quotation the next paragraph calls “our mission”", async () => {
    expect(
      await texts(
        "# About\n\n## What keeps us going\n\n> To make rope a sailor can trust with their life.\n>\n> — the founding deed, 1961\n\nThose words are read to every apprentice, and they are still our mission.\n",
      ),
    ).toEqual(["make rope a sailor can trust with their life"]);
  });

  it("takes the answer to “Our vision?” when it is a noun phrase", async () => {
    expect(
      await texts(
        "# Home\n\n## Looking further ahead\n\nOur vision? A town where nobody puts up with hearing loss.\n",
        "vision",
      ),
    ).toEqual(["A town where nobody puts up with hearing loss"]);
  });
});
