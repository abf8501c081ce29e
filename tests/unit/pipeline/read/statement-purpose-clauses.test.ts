/**
 * A mission's purpose clause (", so that …") is part of the mission: when the page restates it
 * later without that clause (an FAQ answer's shorter retelling), the fuller wording stays.
 */
import { describe, expect, it } from "vitest";
import { statementTexts } from "../../../helpers/pipeline.js";

const page = (body: string) =>
  `---\ntitle: About\ncompany: Millrace Trust\n---\n\n# About the Trust\n\n${body}\n`;

describe("a purpose clause restated without it", () => {
  it("keeps “, so that …” when a later answer drops it", async () => {
    const body =
      "Our mission is to look after the old mill and open it to everyone, so that the town remembers how it was built.\n\n" +
      "## FAQ\n\n**What is your mission?**\nOur mission is to look after the old mill and open it to everyone.";
    expect(await statementTexts(page(body), "mission", true)).toEqual([
      "look after the old mill and open it to everyone, so that the town remembers how it was built",
    ]);
  });

  it("keeps “, without …ing” when a later quotation drops it: how the mission is done is its own", async () => {
    const body =
      "| | Before | After |\n| --- | --- | --- |\n| **Mission** | To run the mill | To open the old mill to everyone, without charging a penny at the door |\n\n" +
      '## Twelve months on\n\n> "Our mission is now simple: open the old mill to everyone." — *Ruth, chair*';
    expect(await statementTexts(page(body), "mission", true)).toEqual([
      "open the old mill to everyone, without charging a penny at the door",
    ]);
  });

  it("keeps “– and to …” when a later call to action drops it: a second aim is the mission's own", async () => {
    const body =
      "## Our mission\n\nTo repair the old mill's wheel so it turns for another century – and to teach the trade to anyone who asks.\n\n" +
      "## Visit us\n\n**Our mission is to repair the old mill's wheel so it turns for another century.** Come and see it.";
    expect(await statementTexts(page(body), "mission", true)).toEqual([
      "repair the old mill's wheel so it turns for another century – and to teach the trade to anyone who asks",
    ]);
  });

  it("still takes the shorter wording when the dropped clause is commentary", async () => {
    const body =
      "Our mission is to look after the old mill and open it to everyone, which guides every plan we make.\n\n" +
      "## FAQ\n\n**What is your mission?**\nOur mission is to look after the old mill and open it to everyone.";
    expect(await statementTexts(page(body), "mission", true)).toEqual([
      "look after the old mill and open it to everyone",
    ]);
  });
});
