/**
 * Everyday words for a vision: an ambition or an aspiration "to be …" (a year as its horizon does
 * not make it a target), a wish that every school (named at length) have something by a year, and
 * a noun phrase after "The vision is bigger:".
 */
import { describe, expect, it } from "vitest";
import { statementTexts as texts } from "../../../helpers/pipeline.js";

describe("an ambition or aspiration to be something", () => {
  it("reads “Our ambition is to be … by 2030” as a vision", async () => {
    expect(
      await texts(
        "# About\n\nOur ambition is to be the most recommended joinery firm in Wessex by 2030.\n",
        "vision",
      ),
    ).toEqual(["be the most recommended joinery firm in Wessex by 2030"]);
  });

  it("still reads an ambition with a count as a target", async () => {
    expect(
      await texts(
        "# About\n\nOur ambition is to fit 4,000 kitchens across Wessex by 2030.\n",
        "vision",
      ),
    ).toEqual([]);
    expect(
      await texts("# About\n\nOur ambition is to fit 4,000 kitchens across Wessex by 2030.\n"),
    ).toEqual([]);
  });

  it("reads “Our aspiration is to be …” as a vision", async () => {
    expect(
      await texts(
        "# About\n\n## Where we are going\n\nOur aspiration is to be the archive every local historian turns to first.\n",
        "vision",
      ),
    ).toEqual(["be the archive every local historian turns to first"]);
  });
});

describe("a wish for every member of a group", () => {
  it("reads “We want every … to have … by 2030” under a forward-looking heading", async () => {
    expect(
      await texts(
        "# About\n\n## Looking ahead\n\nWe want every primary school in North Dunmore to have a kitchen garden by 2030. Three have one already.\n",
        "vision",
      ),
    ).toEqual(["every primary school in North Dunmore to have a kitchen garden by 2030"]);
  });
});

describe("a wish the next sentence calls the dream", () => {
  it("reads “We want every … to …,” he said. “That's the dream.” as a vision", async () => {
    expect(
      await texts(
        '# About\n\n"We want every village in the dale to have a shop that stocks bread baked that morning," the owner said. "That\'s the dream."\n',
        "vision",
      ),
    ).toEqual(["every village in the dale to have a shop that stocks bread baked that morning"]);
  });

  it("leaves a wish nobody calls a dream or vision", async () => {
    expect(
      await texts(
        '# About\n\n"We want every village in the dale to have a shop that stocks bread baked that morning," the owner said. "It will take a while."\n',
        "vision",
      ),
    ).toEqual([]);
  });
});

describe("a noun phrase after “The vision is …:”", () => {
  it("reads the place the vision describes", async () => {
    expect(
      await texts(
        "# About\n\nAcme's mission is to mend every bike brought to it. The vision is wider: a bench in every village where anyone can learn to fix their own.\n",
        "vision",
      ),
    ).toEqual(["a bench in every village where anyone can learn to fix their own"]);
  });

  it("does not read a remark about the vision", async () => {
    expect(
      await texts(
        "# About\n\nThe vision is clear: a sentence everyone on the team can repeat.\n",
        "vision",
      ),
    ).toEqual([]);
    expect(
      await texts(
        "# About\n\nThe vision is the weak part: a reader cannot tell which goal comes first.\n",
        "vision",
      ),
    ).toEqual([]);
  });
});

describe("where it wants to be, put as a quotation", () => {
  it("reads the quotation after “wants to be as”, not “be as”", async () => {
    expect(
      await texts(
        '# About\n\n## The vision\n\nThe firm sums up where it wants to be as "a county where every lane has a working post box". That is vaguer.\n',
        "vision",
      ),
    ).toEqual(["a county where every lane has a working post box"]);
  });
});

describe("a vision as a noun phrase that compares (“more … than …”)", () => {
  it("reads “Fennick's vision is a childhood with more making than scrolling.”", async () => {
    for (const [sentence, vision] of [
      [
        "Fennick's vision is a childhood with more making than scrolling.",
        "a childhood with more making than scrolling",
      ],
      [
        "Our vision is a county with more buses and fewer cars.",
        "a county with more buses and fewer cars",
      ],
    ] as const)
      expect(
        await texts(
          `---\ntitle: About\ncompany: Fennick Toys\n---\n\n# About\n\nWe make wooden toys.\n\n${sentence}\n`,
          "vision",
        ),
        sentence,
      ).toEqual([vision]);
  });

  it("still reads no vision from a remark “The vision is a bit more complicated.”", async () => {
    expect(
      await texts(
        "---\ntitle: About\ncompany: Fennick Toys\n---\n\n# About\n\nFennick's vision is a childhood with more making.\n\nThe vision is a bit more complicated.\n",
        "vision",
      ),
    ).toEqual(["a childhood with more making"]);
  });
});

describe("a vision given from where it is published, then likened to the mission", () => {
  it("reads “the vision, from the careers page: a region where …”, not “The vision is the mission scaled up: if …”", async () => {
    expect(
      await texts(
        "---\ntitle: News\ncompany: Quill Health\n---\n\n# News\n\nQuill Health's mission is to see every patient the same day.\n\n**The vision.** And the vision, from the careers page: a region where nobody waits a week to see a doctor.\n\nThe vision is the mission scaled up: if every patient is seen the same day, the long wait disappears.\n",
        "vision",
        true,
      ),
    ).toEqual(["a region where nobody waits a week to see a doctor"]);
  });
});

describe("a quoted vision opening “We see a … in which”", () => {
  it("reads the place seen, and not another company's “a consultant's vision”", async () => {
    expect(
      await texts(
        '---\ntitle: Case\ncompany: Orrin Freight\n---\n\n# Case\n\nThe vision is longer: "We see a European freight network in which every shipment counts its carbon."\n\nKessel\'s managers described Orrin\'s new vision as "a consultant\'s vision".\n',
        "vision",
        true,
      ),
    ).toEqual(["a European freight network in which every shipment counts its carbon"]);
  });
});

describe("a vision with an aside in dashes that has a negation of its own", () => {
  it("reads “Our vision — …, so I can't get it wrong — is a countryside where …”", async () => {
    expect(
      await texts(
        "---\ntitle: Podcast\ncompany: Furrow Seeds\n---\n\n# Podcast\n\nIntro.\n\nOur vision — and it's painted on the wall in every depot, so I can't get it wrong — is a countryside where no family farm has to sell up after one bad harvest.\n",
        "vision",
        true,
      ),
    ).toEqual(["a countryside where no family farm has to sell up after one bad harvest"]);
  });
});

describe("a worked example that is the page's own organisation", () => {
  it("reads its statements under “## Worked example: the Lantern Trust”", async () => {
    expect(
      await texts(
        "# Mission vs Vision: A Worked Example from the Lantern Trust\n\n## Generic examples\n\nA shoe shop's mission might be \"to sell comfortable shoes\".\n\n## Worked example: the Lantern Trust\n\n### Its vision\n\nThe Trust's vision is set out in the opening line of its strategy:\n\n> We see a country where every child leaves school able to read for pleasure.\n\nThis passes the test.\n",
        "vision",
        true,
      ),
    ).toEqual(["a country where every child leaves school able to read for pleasure"]);
  });
});
