/**
 * What four blind plain samples (go-, gp-, gq-, gr-: pages as users bring them) showed the reader
 * missing (go-/gp-):
 * a bullet about a missing statement over a bullet that quotes a phrase, "how big the company
 * wants to be", a "values in action" list of activities, a callout box that also holds the values,
 * a business named "… Media" introduced as "the owner of …", a mission given when the first
 * branch opened, and an own page's menu row naming the site; (gq-/gr-:) a ranking verdict on a
 * mission, "Here it is: “…”" after a paragraph naming the purpose statement, a drug pipeline table
 * under a values label, values pasted from an icon grid, a product line named like the company.
 */
import { describe, expect, it } from "vitest";
import { isPersonName } from "../../../../src/pipeline/read/people.js";
import {
  diagnostics,
  model,
  valueSetNames as sets,
  statementTexts as texts,
} from "../../../helpers/pipeline.js";

describe("statements a careful reader does not take", () => {
  it("does not join a bullet “No vision statement” to the next bullet's quoted phrase", async () => {
    const body =
      "Our mission is to bake bread the slow way for every street in town.\n\n" +
      '**Weak spots**\n\n- No vision statement\n- "Slow bread" is never defined\n- Prices are not mentioned\n';
    expect(await texts(body, "vision")).toEqual([]);
    expect(diagnostics(await model(body), "missing-vision")).toHaveLength(1);
  });

  it("still reads a vision statement quoted in its own bullet", async () => {
    const body =
      "Our mission is to bake bread the slow way for every street in town.\n\n" +
      '- The vision statement "a loaf on every table by breakfast" is short\n';
    expect(await texts(body, "vision")).toEqual(["a loaf on every table by breakfast"]);
  });

  it("does not take “how big the company wants to be” as a vision", async () => {
    const body =
      "Our mission is to bake bread the slow way for every street in town.\n\n" +
      "## Is there a vision?\n\nNo. A target of forty shops by 2030 says how big the company wants to be, not what it hopes to change.\n";
    expect(await texts(body, "vision")).toEqual([]);
  });

  it("does not take a mission the founders gave when the first shop opened", async () => {
    const body =
      "## Mission\n\nOur mission is to bake bread the slow way for every street in town.\n\n" +
      'When the first shop opened in 1979, the founders described their mission as "to sell the best rye in the county." The line is still painted over the oven.\n';
    expect(await texts(body)).toEqual(["bake bread the slow way for every street in town"]);
    expect(diagnostics(await model(body), "conflicting-statements")).toEqual([]);
  });
});

describe("values", () => {
  it("does not read a “Values in action” list of activities as values", async () => {
    const body =
      "## Our three values\n\n- Care\n- Courage\n- Craft\n\n" +
      "## Values in action\n\n- Our apprentices, chosen each spring, bake for the food bank.\n- Every Monday, the team tastes a new loaf together.\n- Year 10 pupils visit the bakery in June.\n";
    expect(await sets(body)).toEqual([["Care", "Courage", "Craft"]]);
  });

  it("does not read a verdict on the values (“They are short, easy to …”) as a set", async () => {
    const verdict =
      "Our values hang together better than most in\nthe trade. They are short, easy to check against behaviour, and clearly\nwritten for customers rather than lawyers.\n";
    expect(await sets(verdict)).toEqual([]);
    expect(await sets(verdict.replace(/\n(?!$)/g, " "))).toEqual([]);
    // (The names a sentence gives after "They are" still are the set.)
    expect(await sets("We hold three values. They are thrift, candour and care.\n")).toEqual([
      ["thrift", "candour", "care"],
    ]);
  });

  it("reads habits named after “They are:” (a colon), not what was done with the values", async () => {
    expect(
      await sets(
        "We have four values. They are: turn up, share the load, waste nothing and say thank you.\n",
      ),
    ).toEqual([["turn up", "share the load", "waste nothing", "say thank you"]]);
    expect(
      await sets("We have four values. They are printed on every badge, mug and apron.\n"),
    ).toEqual([]);
  });

  it("reads them after a word on how they are put: “In plain words, they are: …”", async () => {
    expect(
      await sets(
        "The board reaffirmed our four guiding principles. In plain words, they are: listen before we fund; trust local leaders; fund for the long haul; and tell the truth.\n",
      ),
    ).toEqual([
      ["listen before we fund", "trust local leaders", "fund for the long haul", "tell the truth"],
    ]);
  });

  it("reads the statements and values of a quoted page set in one callout box", async () => {
    const body =
      "Below is the company's page as it appeared in March.\n\n" +
      "> **Our mission**\n> To keep every village shop open and stocked.\n>\n" +
      "> **Our vision**\n> A county where no village is without a shop.\n>\n" +
      "> **Our four values**\n> - Thrift\n> - Fairness\n> - Warmth\n";
    const m = await model(body);
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "keep every village shop open and stocked",
    ]);
    expect(m.vision.statements.map((s) => s.text)).toEqual([
      "A county where no village is without a shop",
    ]);
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["Thrift", "Fairness", "Warmth"],
    ]);
    expect(diagnostics(m, "count-mismatch")).toHaveLength(1);
  });

  it("keeps a quotation box that holds a values label and someone's remark as a quotation", async () => {
    const body =
      "Our mission is to keep every village shop open and stocked.\n\n" +
      "> **Our values** matter less than our prices, one shopkeeper told us.\n> - Thrift\n";
    expect(await sets(body)).toEqual([]);
  });
});

describe("the company's name", () => {
  it("does not take “… Media, the owner of …” for a person", () => {
    const text = "Quillhaven Media, the owner of 12 local radio stations, changed its website.";
    expect(isPersonName("Quillhaven Media", [text])).toBe(false);
    // (A person's name before the same role still is one.)
    expect(
      isPersonName("Ada Quillhaven", ["Ada Quillhaven, the owner of the mill, said no."]),
    ).toBe(true);
  });

  it("does not take a headline's “Kettlewick Bakehouse: Is One Sentence Enough?” for a speaker", () => {
    expect(
      isPersonName("Kettlewick Bakehouse", ["Kettlewick Bakehouse: Is One Sentence Enough?"]),
    ).toBe(false);
  });

  it("guesses the company from a plain page's statements, not from its file's name", async () => {
    const { parseContent } = await import("../../../../src/pipeline/process.js");
    const { model } = await parseContent({
      path: "kj-notes.md",
      value:
        'Kettlewick Bakehouse: Is One Sentence Enough?\n\nI chose Kettlewick Bakehouse, a chain of 19 shops. Kettlewick\'s mission is "to bake the bread a town would miss if we closed."\n\nSo, is one sentence enough? I think it is.\n',
    });
    expect(model.meta.company).toBe("Kettlewick Bakehouse");
    expect(model.mission.statements.map((s) => s.text)).toEqual([
      "bake the bread a town would miss if we closed",
    ]);
  });

  it("takes the site's name from an own page's menu row", async () => {
    const body =
      "Brackmoor Inns · Our inns · Gift cards · About us · Book now\n\n**Our story**\n\n" +
      "When Tom Brackmoor opened a pub with four rooms in 1994, he wrote the menu himself. Brackmoor now runs six inns and Brackmoor staff number 200.\n\n" +
      "**Our mission** — To give every guest a proper welcome.\n";
    expect((await model(body, true)).meta.company).toBe("Brackmoor Inns");
  });

  it("takes the site's name from a menu row that wraps onto a second line", async () => {
    const body =
      "Brackmoor Inns · Our inns · Gift cards · Weddings & parties ·\nAbout us · Book now\n\n**Our story**\n\n" +
      "When Tom Brackmoor opened a pub with four rooms in 1994, he wrote the menu himself. Brackmoor now runs six inns and Brackmoor staff number 200.\n\n" +
      "**Our mission** — To give every guest a proper welcome.\n";
    expect((await model(body, true)).meta.company).toBe("Brackmoor Inns");
  });

  it("does not take a newspaper's masthead row as the company", async () => {
    const body =
      "The Moorland Post | News | Sport | Business | About us\n\n# Brackmoor Inns turns thirty\n\n" +
      'Brackmoor Inns opened its first pub in 1994. Its owner says the Moorland hills made it. "Our mission is to give every guest a proper welcome," she said.\n';
    expect((await model(body, true)).meta.company).toBe("Brackmoor Inns");
  });
});

describe("gq-/gr- samples", () => {
  it("does not take a ranking verdict on the mission as a second mission", async () => {
    const body =
      "## Mission\n\nOur mission is to keep every canal boat afloat and moving.\n\n" +
      "## Verdict\n\n1. Its mission is the most practical of the three.\n2. The vision is vaguer.\n\nOverall its mission is the stronger part.\n";
    expect(await texts(body)).toEqual(["keep every canal boat afloat and moving"]);
  });

  it("takes “Here it is: “…”” after a paragraph that names the new purpose statement", async () => {
    const body =
      "Harwick Ferries published its new purpose statement on Monday.\n\n" +
      'Here it is: "Linking the islands to each other, and to the mainland."\n\nI like it.\n';
    expect(await texts(body)).toEqual(["Linking the islands to each other, and to the mainland"]);
  });

  it("does not take a product pipeline table under a values label as values", async () => {
    const body =
      "**Values.** The company lists four:\n\n| Value | Meaning |\n| --- | --- |\n| Care | We listen. |\n| Rigour | We check. |\n\n" +
      "Investors watch the pipeline:\n\n| Programme | Indication | Stage |\n| --- | --- | --- |\n| HX-12 | Gout | Phase 2 |\n| HX-40 | Asthma | Phase 1 |\n";
    expect(await sets(body)).toEqual([["Care", "Rigour"]]);
  });

  it("reads values pasted from an icon grid, and stops at the page's caption and benefits", async () => {
    const body =
      "Our three values\n\nWe chose these together.\n\n" +
      'icon-anchor\nHold fast\nWhen a plan wobbles, we say "not yet".\n\n' +
      "icon-compass\nFind the way\nWe look for the next route before we give up.\n\n" +
      "icon-bell\nRing early\nBad news travels first here.\n\n" +
      "Photo: The yard team at dawn\n\nBenefits: 30 days' holiday · Pension\n";
    expect(await sets(body)).toEqual([["Hold fast", "Find the way", "Ring early"]]);
  });

  it("reads the same icon grid imported without its line breaks", async () => {
    const body =
      "Our three values\n\nWe chose these together.\n\n" +
      'icon-anchor Hold fast When a plan wobbles, we say "not yet".\n\n' +
      "icon-compass Find the way Busy road? We look for the next route before we give up.\n\n" +
      "icon-bell Ring early Bad news travels first here.\n\n" +
      "Photo: The yard team at dawn\n";
    expect(await sets(body)).toEqual([["Hold fast", "Find the way", "Ring early"]]);
  });

  it("keeps the company's short name over a product line named after it", async () => {
    const body =
      "# Tarnley Core Values Explained\n\nTarnley started in 2009. Tarnley sells three lines:\n\n" +
      "- **Workshop** – made to order.\n- **Tarnley Junior** – clothes for children.\n\n" +
      "Tarnley's mission is to make clothes that last a lifetime. Tarnley repairs anything it sells. Tarnley publishes its mills. Tarnley pays above the living wage.\n";
    expect((await model(body, true)).meta.company).toBe("Tarnley");
  });
});

describe("gt- samples (short pages)", () => {
  it("reads “Four things we value: A · B · C · D” on a profile as the values, counted", async () => {
    const m = await model(
      "We exist to help small bakeries sell online.\n\nFour things we value: Plain talk · Patience · Shared wins · Mend it fast\n",
    );
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["Plain talk", "Patience", "Shared wins", "Mend it fast"],
    ]);
    expect(m.valueSets[0]?.declaredCount).toBe(4);
  });

  it("reads a line of values set apart by “|” whose last name is a short clause", async () => {
    expect(
      await sets(
        "## Our values\n\nOn time | Clean boots | Fair quotes | Every job guaranteed for a year\n",
      ),
    ).toEqual([["On time", "Clean boots", "Fair quotes", "Every job guaranteed for a year"]]);
  });

  it("takes the mission members “voted to adopt” after its colon", async () => {
    const body =
      '# Brackley Credit Union news\n\nMembers of Brackley Credit Union voted on Saturday to adopt a new mission: "to help every member save a little every month."\n';
    expect(await texts(body, "mission", true)).toEqual([
      "help every member save a little every month",
    ]);
  });

  it("takes no mission members are only asked whether to adopt", async () => {
    const body =
      '# Brackley Credit Union news\n\nOur mission is to help every member save a little every month.\n\n## This year\'s AGM\n\nMotion 3 asks whether the Society should adopt a new purpose: *"to make the valley the best-fed place in the county."* If members agree, the Board will consult on it.\n';
    expect(await texts(body, "mission", true)).toEqual([
      "help every member save a little every month",
    ]);
  });

  it("does not read a forum post's byline rows as values", async () => {
    const body =
      "# What are Loafly's values? Interview on Monday\n\n**asked by bread_fan · r/careers · 3 days ago**\n\nAnyone know?\n\n**crumbcatcher** · 47 points · *Top answer*\n\nTheir careers page lists three values:\n\n- **Own it** – you fix what you ship\n- **Ask why** – question anything\n- **Stay kind** – in every review\n";
    expect(await sets(body)).toEqual([["Own it", "Ask why", "Stay kind"]]);
  });
});
