/**
 * Readers' comments under an FAQ ("*Sam T.* — Great page. Could you add the opening hours?") are
 * signed turns of a thread, not the FAQ's questions.
 */
import { describe, expect, it } from "vitest";
import { model } from "../../../helpers/pipeline.js";

describe("comments after an FAQ", () => {
  it("reads no question from a comment signed with a name and a dash", async () => {
    const body =
      "## FAQ\n\n**Q: Can I bring a dog?**\nA: Yes, on a lead.\n\n---\n\n**2 comments**\n\n*Sam T.* — Great page. Could you add the opening hours?\n\n*Site team* — Done, Sam: nine to five.\n";
    expect((await model(body)).faq.map((f) => f.question)).toEqual(["Can I bring a dog?"]);
  });

  it("still reads a bold question that ends in a question mark", async () => {
    const body = "## FAQ\n\n**Can I bring a dog?** — Yes, on a lead.\n";
    expect((await model(body)).faq.map((f) => f.question)).toEqual(["Can I bring a dog?"]);
  });
});

describe("a marker before a bold question", () => {
  it("reads the bold question after a “▸ ” marker, its answer on the same line", async () => {
    const body =
      "## FAQ\n\n▸ **Can I bring a dog?** Yes, on a lead.\n\n▸ **Is there parking?** Behind the yard.\n";
    expect((await model(body)).faq.map((f) => [f.question, f.answer])).toEqual([
      ["Can I bring a dog?", "Yes, on a lead."],
      ["Is there parking?", "Behind the yard."],
    ]);
  });
});
