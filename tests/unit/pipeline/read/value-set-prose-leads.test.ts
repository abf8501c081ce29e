/**
 * Value lists in prose as ordinary writers lead into them: "We have four values. They are …" (the
 * sentence after the one naming the set), and "Acme stands for three things: …" (the company's
 * name, a count of things, then the list).
 */
import { describe, expect, it } from "vitest";
import { model } from "../../../helpers/pipeline.js";

const sets = async (body: string) =>
  (await model(body)).valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)]);

describe("“They are …” after a sentence naming the set", () => {
  it("lists the set, counted by the sentence before", async () => {
    expect(
      await sets(
        "## Our values\n\nWe have four values. They are honesty, craft, thrift and cheer.\n",
      ),
    ).toEqual([[4, ["honesty", "craft", "thrift", "cheer"]]]);
  });

  it("is no set when it says what the values are like", async () => {
    expect(
      await sets("## Our story\n\nWe have four values. They are short and easy to remember.\n"),
    ).toEqual([]);
  });

  it.each([
    "They are part of every rota, review and induction day, and we ask every rider to keep them.",
    "They are at the heart of every rota, review and induction day.",
    "They are central to every rota, review and induction day.",
    "They are in every rota, review and induction pack.",
    "They are plainer than the mission but better known on the floor, where they shape every shift review.",
  ])("is no set when it says where the values are used (“%s”)", async (where) => {
    expect(await sets(`## Our story\n\nWe have four values. ${where}\n`)).toEqual([]);
  });
});

describe("“These are …, and each one …” after the set is given", () => {
  it("says what the set's members do, it lists none", async () => {
    expect(
      await sets(
        "## Our principles\n\nAcme keeps three principles: honesty, craft and fair prices.\n\nThese are modest rather than aspirational, and each one answers a grumble about the trade.\n",
      ),
    ).toEqual([[3, ["honesty", "craft", "fair prices"]]]);
  });
});

describe("“Acme stands for three things: …”", () => {
  it("lists the set after the count", async () => {
    expect(
      await sets(
        "## What we stand for\n\nAcme stands for three things: honesty, craft and fair prices.\n",
      ),
    ).toEqual([[3, ["honesty", "craft", "fair prices"]]]);
  });
});

describe("“They are …” about what was done with the set", () => {
  it("is no list", async () => {
    expect(
      await sets(
        "## Our story\n\nMembers agreed our four principles in 2021. They are printed on every lease and read out at each meeting.\n",
      ),
    ).toEqual([]);
  });
});

describe("“They are part of …” about where the set is used", () => {
  const page = (lead: string) =>
    "## Our values\n\nWe have three values.\n\n- **Thrift** — we waste no wool.\n- **Candour** — we say what we see.\n- **Care** — we mend what we sell.\n\n" +
    `## The values at work\n\nThe values are not a slogan. ${lead}\n`;
  const own = [[3, ["Thrift", "Candour", "Care"]]];

  it.each([
    "They are part of how we recruit (every interview asks about them), how we pay bonuses, and how we choose suppliers.",
    "They are a big part of recruiting, appraisals and supplier choice.",
    "They are at the heart of how we recruit, how we appraise and how we buy.",
    "They are central to recruiting, appraisals and supplier choice.",
  ])("“%s” lists no second set", async (lead) => {
    expect(await sets(page(lead))).toEqual(own);
  });
});

describe("“We hire for, and try to live by, three things: …”", () => {
  const names = "thrift, warmth and getting the details right.";
  const expected = [[3, ["thrift", "warmth", "getting the details right"]]];
  it.each([
    "We hire for, and try to live by, three things:",
    "We try to live by three things:",
    "We aim to stand for three things above all:",
  ])("“%s” counts the names after its colon", async (lead) => {
    expect(
      await sets(`## What we care about\n\n${lead} ${names}\n\nThrift means no waste.\n`),
    ).toEqual(expected);
  });
});

describe("“the three things the company says it stands for: …” in a profile", () => {
  it("lists the set a third party reports, counted", async () => {
    expect(
      await sets(
        "## On the quay\n\nChalked on the office door are the three things the company says it stands for: quick repairs, straight quotes and coffee for every skipper at 6 a.m. Nobody argues.\n",
      ),
    ).toEqual([[3, ["quick repairs", "straight quotes", "coffee for every skipper at 6 a.m"]]]);
  });

  it("still reads “four things the firm stands for: …”", async () => {
    expect(
      await sets(
        "## Profile\n\nThese are the four things the firm stands for: thrift, care, grit and cheer.\n",
      ),
    ).toEqual([[4, ["thrift", "care", "grit", "cheer"]]]);
  });
});

describe("“we care about three things, and they are …”", () => {
  it("lists the things counted, opened by “and they are” instead of a colon", async () => {
    expect(
      await sets(
        "## What matters\n\nWe have no poster, but we care about three things above everything else, and they are thrift, warmth and repairs that last.\n",
      ),
    ).toEqual([[3, ["thrift", "warmth", "repairs that last"]]]);
  });

  it("reads no list when “they are” says what the things are like", async () => {
    expect(
      await sets(
        "## What matters\n\nWe care about three things, and they are hard to keep on a busy day.\n",
      ),
    ).toEqual([]);
  });
});

describe("“What we value is simple enough to …: …”", () => {
  it("lists the names after the colon", async () => {
    expect(
      await sets(
        "## Life here\n\nWhat we value is simple enough to fit on a tea towel: slow mornings over late nights, plain talk rather than rumour, and fair shares.\n",
      ),
    ).toEqual([
      [null, ["slow mornings over late nights", "plain talk rather than rumour", "fair shares"]],
    ]);
  });
});

describe("a set named with who chose it, or as what the company stands for", () => {
  it.each([
    "The five values members chose, in the order the handbook prints them, are thrift, candour, shared tools, open books and room for newcomers.",
    "The values the board adopted in May 2024 are thrift, candour, shared tools, open books and room for newcomers.",
  ])("lists the set after “are” in “%s”", async (line) => {
    const [set] = await sets(`# Weavers' Co-op news\n\n${line}\n`);
    expect(set?.[1]).toEqual([
      "thrift",
      "candour",
      "shared tools",
      "open books",
      "room for newcomers",
    ]);
  });

  it("lists the values after “describes what the company stands for as”", async () => {
    expect(
      await sets(
        "## Values\n\nThe staff handbook describes what the company stands for as directness, patience with the loom, and generosity to the street. Most weavers can name two.\n",
      ),
    ).toEqual([[null, ["directness", "patience with the loom", "generosity to the street"]]]);
  });
});

describe("a counted set whose last value is a long phrase", () => {
  it("lists as many noun or gerund phrases as counted", async () => {
    expect(
      await sets(
        "# Profile\n\nThe firm's three values are thrift, straight dealing, and looking after the people on the line.\n",
      ),
    ).toEqual([[3, ["thrift", "straight dealing", "looking after the people on the line"]]]);
  });

  it("lists nothing when the parts say what the values are like", async () => {
    expect(
      await sets(
        "# Profile\n\nOur three values are simple, memorable and lived every day by the people on the line.\n",
      ),
    ).toEqual([]);
  });
});
