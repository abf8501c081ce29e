/** Sections: split at `#`/`##`, classified by heading words, unique slugs, an untitled opening. */
import { describe, expect, it } from "vitest";
import {
  newSlugs,
  sectionKind,
  slugify,
  splitSections,
} from "../../../../src/pipeline/read/sections.js";
import { model, parse, valueSetNames } from "../../../helpers/pipeline.js";

describe("sectionKind", () => {
  it.each([
    ["Our Mission", "mission"],
    ["Purpose", "mission"],
    // The purpose, told as the reason for the work.
    ["Why we do what we do", "mission"],
    ["Vision for 2030", "vision"],
    ["What we envision", "vision"],
    ["Core Values", "values"],
    ["Guiding principles", "values"],
    ["Culture and beliefs", "values"],
    ["The four pillars", "pillars"],
    // A heading that walks through the set one value at a time names it in the singular.
    ["Each Value Explained", "values"],
    ["Every principle, in practice", "values"],
    ["The four things we hold each other to", "values"],
    ["Key takeaways", "takeaways"],
    ["Take-aways", "takeaways"],
    ["FAQ", "faq"],
    ["Frequently asked questions", "faq"],
    // An interview's title, its questions put to someone: not the page's FAQ.
    ["“We'd rather be useful”: ten questions for Brackenfold's HR director", "other"],
    ["Five questions with Ana Reyes", "other"],
    ["Your questions for the board", "faq"],
    ["Ask the People team", "faq"],
    ["Ask us", "faq"],
    ["Ask for more", "other"],
    // (An advice column's title asks one reader's question: no FAQ.)
    ['Ask the Business Desk: "Can we write one by Friday?"', "other"],
    // A house's name for its code; not a way in passing.
    ["The Rovers Way", "values"],
    ["The Hallam & Kerr Way", "values"],
    ["On the way to 2030", "other"],
    ["The long way round", "other"],
    ["Company history", "other"],
    // Whole words only: neither "Revision" nor "Missionaries" names a kind.
    ["Revision history", "other"],
    ["Missionaries", "other"],
  ])("%s → %s", (heading, kind) => {
    expect(sectionKind(heading)).toBe(kind);
  });

  it("takes the earliest keyword when a heading names several", () => {
    expect(sectionKind("Mission and Vision")).toBe("mission");
    expect(sectionKind("Vision & Mission")).toBe("vision");
    expect(sectionKind("Values behind the mission")).toBe("values");
  });

  it("gives a standfirst listing the post's topics no form (“…, the new wording, and answers to the questions …”)", () => {
    expect(
      sectionKind(
        "The results of the AGM, the new wording in full, and answers to the questions you sent in",
      ),
    ).toBe("other");
    expect(sectionKind("Mission statement FAQ")).toBe("faq");
    expect(sectionKind("Questions, answers and next steps")).toBe("faq");
  });

  it("gives a title joining the FAQ to another part (“…: media briefing and Q&A”) no FAQ form", () => {
    expect(sectionKind("Brindle & Co. sets out its purpose: media briefing and Q&A")).toBe(
      "mission",
    );
    expect(sectionKind("Questions and answers for media")).toBe("faq");
    expect(sectionKind("Q&A")).toBe("faq");
  });

  it("gives questions a panel or an audience put no FAQ form (“Questions from the panel”)", () => {
    for (const heading of [
      "Questions from the panel",
      "Questions from the audience",
      "Audience Q&A",
    ])
      expect(sectionKind(heading)).toBe("other");
    expect(sectionKind("Questions from parents")).toBe("faq");
    expect(sectionKind("Frequently asked questions from analysts")).toBe("faq");
  });
});

describe("slugify", () => {
  it("lowercases, strips accents and punctuation, joins words with dashes", () => {
    expect(slugify("Café Values: Our 3 Beliefs!", newSlugs())).toBe("cafe-values-our-3-beliefs");
  });

  it("numbers repeated slugs and falls back to 'section'", () => {
    const taken = newSlugs();
    expect(slugify("Values", taken)).toBe("values");
    expect(slugify("values", taken)).toBe("values-1");
    expect(slugify("VALUES!", taken)).toBe("values-2");
    expect(slugify("!!!", taken)).toBe("section");
    expect(slugify("", taken)).toBe("section-1");
    // A number already taken by a heading of its own is skipped, for later repeats too.
    expect(slugify("Values 3", taken)).toBe("values-3");
    expect(slugify("Values", taken)).toBe("values-4");
    expect(slugify("Values 5", taken)).toBe("values-5");
    expect(slugify("Values", taken)).toBe("values-6");
  });
});

describe("splitSections", () => {
  const value = [
    "---", // 1
    "title: T", // 2
    "---", // 3
    "", // 4
    "Opening words.", // 5
    "", // 6
    "# Mission", // 7
    "", // 8
    "Text.", // 9
    "", // 10
    "### Deeper heading", // 11
    "", // 12
    "## Values", // 13
    "", // 14
    "- A", // 15
    "", // 16
    "## Values", // 17
  ].join("\n");

  it("opens an untitled section for text before the first heading and keeps deeper headings inside", () => {
    const sections = splitSections(parse(value).tree);
    expect(
      sections.map(({ heading, slug, line, depth, kind, nodes }) => ({
        heading,
        slug,
        line,
        depth,
        kind,
        nodes: nodes.map((n) => n.type),
      })),
    ).toEqual([
      { heading: "", slug: "introduction", line: 5, depth: 1, kind: "other", nodes: ["paragraph"] },
      {
        heading: "Mission",
        slug: "mission",
        line: 7,
        depth: 1,
        kind: "mission",
        nodes: ["paragraph", "heading"],
      },
      { heading: "Values", slug: "values", line: 13, depth: 2, kind: "values", nodes: ["list"] },
      { heading: "Values", slug: "values-1", line: 17, depth: 2, kind: "values", nodes: [] },
    ]);
  });

  it("opens no untitled section when the document starts with a heading", () => {
    const sections = splitSections(parse("# Introduction\n\nText.\n").tree);
    expect(sections.map((s) => [s.heading, s.slug])).toEqual([["Introduction", "introduction"]]);
  });

  it("keeps slugs unique between the untitled opening and an 'Introduction' heading", async () => {
    const m = await model("Before.\n\n# Introduction\n\nAfter.\n");
    expect(m.sections.map((s) => [s.heading, s.slug, s.line])).toEqual([
      ["", "introduction", 6],
      ["Introduction", "introduction-1", 8],
    ]);
  });

  it("gives the model one section per heading with file lines", async () => {
    const m = await model("# Our Mission\n\nText.\n\n## FAQ\n\n### Why?\n\nBecause.\n");
    expect(m.sections.map((s) => ({ heading: s.heading, line: s.line, kind: s.kind }))).toEqual([
      { heading: "Our Mission", line: 6, kind: "mission" },
      { heading: "FAQ", line: 10, kind: "faq" },
    ]);
  });

  describe("a page whose parts are ### headings", () => {
    it("splits at ### when there is no ##, but keeps an FAQ's ### headings inside it", async () => {
      const m = await model(
        "# Policy\n\n### Vision\n\nText.\n\n# FAQ\n\n### Opening hours\n\n**Q: When do you open?** A: At nine.\n",
      );
      expect(m.sections.map((s) => [s.heading, s.kind])).toEqual([
        ["Policy", "other"],
        ["Vision", "vision"],
        ["FAQ", "faq"],
      ]);
      expect(m.faq.map((f) => f.question)).toEqual(["When do you open?"]);
    });
  });
});

describe("headings that lost their markup", () => {
  it("reads a plain ALL-CAPS line as a section heading, not bold or prose", () => {
    const sections = splitSections(
      parse("OUR MISSION\n\nTo help.\n\n**FOR IMMEDIATE RELEASE**\n\nNASA and ESA met today.\n")
        .tree,
    );
    expect(sections.map((s) => [s.heading, s.kind, s.nodes.map((n) => n.type)])).toEqual([
      ["OUR MISSION", "mission", ["paragraph", "paragraph", "paragraph"]],
    ]);
  });
});

describe("values headings in the third person", () => {
  it("reads “What X believes” and “What the club stands for” as values sections", () => {
    expect(sectionKind("What Lindqvist believes")).toBe("values");
    expect(sectionKind("What the club stands for")).toBe("values");
  });

  it("reads a company's “tenets” and its “credo” as values sections", () => {
    expect(sectionKind("Our tenets")).toBe("values");
    expect(sectionKind("Five tenets we ship by")).toBe("values");
    expect(sectionKind("The Ostler credo")).toBe("values");
  });
});

describe("values headings that name what the company will not give up", () => {
  it("reads “Three things we won't compromise on” as a values section", () => {
    expect(sectionKind("Three things we won't compromise on")).toBe("values");
    expect(sectionKind("What we will never compromise on")).toBe("values");
  });
});

describe("FAQ headings that name the answers", () => {
  it("reads “Quick answers” and “Short answers” as an FAQ", () => {
    expect(sectionKind("Quick answers")).toBe("faq");
    expect(sectionKind("Short answers")).toBe("faq");
  });
});

describe("a page titled by its one ## heading", () => {
  const page =
    "## Teaching note summary: Northwind Ferries\n\n*For seminar use only.*\n\n" +
    "### 1. History\n\nNorthwind Ferries began in 1988 with one boat.\n\n" +
    "### 2. Values\n\nThe company lists three values:\n\n1. **Safe crossings**\n2. **On time**\n3. **Kind crews**\n\n" +
    "### 3. Outcomes\n\nPunctuality rose.\n\n" +
    "### 4. Seminar questions\n\n1. Should the company add a route?\n2. What did the values change?\n";

  it("splits at ### below it, the ## heading standing as the page's title", () => {
    const sections = splitSections(parse(page).tree);
    expect(sections.map((s) => [s.heading, s.kind])).toEqual([
      ["Teaching note summary: Northwind Ferries", "takeaways"],
      ["1. History", "other"],
      ["2. Values", "values"],
      ["3. Outcomes", "other"],
      ["4. Seminar questions", "faq"],
    ]);
  });

  it("splits so below a # title in the same words, the title given twice", () => {
    const title = "# Teaching note summary: Northwind Ferries";
    const sections = splitSections(parse(`${title}\n\n${page}`).tree);
    expect(sections.map((s) => s.heading)).toEqual([
      "Teaching note summary: Northwind Ferries",
      "Teaching note summary: Northwind Ferries",
      "1. History",
      "2. Values",
      "3. Outcomes",
      "4. Seminar questions",
    ]);
  });

  it("splits so below a # title that holds its words, a masthead under the newsletter's title", async () => {
    const title = "# Northwind Ferries Teaching Notes — Spring 2026";
    const masthead = page.replace(
      "Teaching note summary: Northwind Ferries",
      "Teaching notes · Spring 2026",
    );
    const m = await model(`${title}\n\n${masthead}`);
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["Safe crossings", "On time", "Kind crews"],
    ]);
    expect(splitSections(parse(`${title}\n\n${masthead}`).tree).map((s) => s.kind)).toEqual([
      "other",
      "other",
      "other",
      "values",
      "other",
      "faq",
    ]);
    // (One word of the title is no masthead: "## Spring" is a part.)
    const part = page.replace("Teaching note summary: Northwind Ferries", "Spring");
    expect(splitSections(parse(`${title}\n\n${part}`).tree).map((s) => s.heading)).toEqual([
      "Northwind Ferries Teaching Notes — Spring 2026",
      "Spring",
    ]);
  });

  it("reads the values under a ### part, not as the title's summary", async () => {
    const m = await model(page);
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["Safe crossings", "On time", "Kind crews"],
    ]);
    expect(m.takeaways).toEqual([]);
  });

  it("keeps a ## over one part's items, a lone ##, or one of several, as a section", () => {
    const items = splitSections(
      parse("## Our values\n\n### Courage\n\nBold.\n\n### Candour\n\nPlain.\n").tree,
    );
    expect(items.map((s) => s.heading)).toEqual(["Our values"]);
    const lone = splitSections(parse("## Our mission\n\nTo help.\n").tree);
    expect(lone.map((s) => s.heading)).toEqual(["Our mission"]);
    const parts = splitSections(
      parse("# Acme\n\n## About\n\n### Mission\n\nTo help.\n\n## Values\n\n### Care\n\nText.\n")
        .tree,
    );
    expect(parts.map((s) => s.heading)).toEqual(["Acme", "About", "Values"]);
    // ("## Section 1: Who we are" under "# Annual report": the first part of a longer whole.)
    const section = splitSections(
      parse(`# Annual review\n\n${page.replace("Teaching note summary", "Part 1")}`).tree,
    );
    expect(section.map((s) => s.heading)).toEqual(["Annual review", "Part 1: Northwind Ferries"]);
  });
});

describe("a heading that says its part is not the set", () => {
  it("gives “Things people ask about that aren't tenets” no values kind", async () => {
    expect(
      await valueSetNames(
        "## Our tenets\n\n- **Write it down** – always\n- **Default to public** – mostly\n\n## Things people ask about that aren't tenets\n\n- We use British spelling in the product.\n- We don't track hours.\n- We don't do unlimited holiday.\n",
      ),
    ).toEqual([["Write it down", "Default to public"]]);
  });
});
