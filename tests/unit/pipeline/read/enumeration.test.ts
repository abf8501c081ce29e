/** Counts and inline enumerations of values/pillars written inside sentences. */
import { describe, expect, it } from "vitest";
import {
  countedBack,
  enumerations,
  mentions,
  parseCount,
  splitItems,
  trailingCount,
} from "../../../../src/pipeline/read/enumeration.js";

const names = (text: string) => enumerations(text).map((e) => e.items.map((i) => i.name));

describe("counts", () => {
  it("parses counts in words and digits", () => {
    expect(["three", "Six", "twelve", "6", "20"].map(parseCount)).toEqual([3, 6, 12, 6, 20]);
  });

  it("finds the announced count, its index and a label from the qualifier", () => {
    const text = "We hold three core values and 6 guiding principles.";
    expect(mentions(text)).toEqual([
      { kind: "values", label: "Core values", count: 3, countIndex: 8, end: 25 },
      { kind: "values", label: "Guiding values", count: 6, countIndex: 30, end: 50 },
    ]);
  });

  it("reads a brand book's “brand truths” as values, and no other truths", () => {
    expect(mentions("## Our three brand truths").map((m) => [m.kind, m.count])).toEqual([
      ["values", 3],
    ]);
    expect(mentions("Three hard truths about mission statements")).toEqual([]);
  });

  it("reads pillars and components as pillars", () => {
    expect(
      mentions("Built on four pillars and two components.").map((m) => [m.kind, m.label, m.count]),
    ).toEqual([
      ["pillars", "Pillars", 4],
      ["pillars", "Components", 2],
    ]);
  });

  it("reads a set the same sentence calls its pillars as pillars", () => {
    const kinds = (text: string) => mentions(text).map((m) => [m.kind, m.count]);
    expect(
      kinds("Our plan rests on three commitments, which form the pillars of our strategy.")[0],
    ).toEqual(["pillars", 3]);
    expect(kinds("We keep five commitments that serve as the pillars of our work.")[0]).toEqual([
      "pillars",
      5,
    ]);
    // Without that renaming, commitments stay values.
    expect(kinds("We keep three commitments to our staff.")[0]).toEqual(["values", 3]);
  });

  it("finds no mention in a sentence without a set word", () => {
    expect(mentions("We have three offices.")).toEqual([]);
  });

  it("does not take a partitive “one of our values” as a count", () => {
    expect(mentions("Integrity is one of our values.").map((m) => m.count)).toEqual([null]);
    expect(mentions("Two of the core values matter most.").map((m) => m.count)).toEqual([null]);
  });

  it("reads a trailing count at the start of a sentence only", () => {
    expect(trailingCount("These four guiding values shape us.")).toEqual({
      kind: "values",
      label: "Guiding values",
      count: 4,
      countIndex: 6,
      end: 25,
    });
    expect(trailingCount("Those 5 core principles shape us.")?.count).toBe(5);
    expect(trailingCount("We say these four values shape us.")).toBeNull();
    expect(trailingCount("These values shape us.")).toBeNull();
  });
});

describe("enumerations", () => {
  it("reads “three core values: A, B, and C” with its count", () => {
    const [found] = enumerations("We hold three core values: Courage, Trust, and Joy.");
    expect(found).toMatchObject({ label: "Core values", count: 3, countIndex: 8, start: 27 });
    expect(found?.items).toEqual([
      { name: "Courage", description: null },
      { name: "Trust", description: null },
      { name: "Joy", description: null },
    ]);
  });

  it("reads “values – a, b and c –” up to the closing dash", () => {
    expect(names("Our values – courage, trust and joy – shape everything.")).toEqual([
      ["courage", "trust", "joy"],
    ]);
  });

  it("reads long items between a pair of dashes, an “and” inside one of them", () => {
    expect(
      names(
        "Tolhurst's values — care for riders and horses alike, one saddle fitted per horse, and no hidden fees — also shaped its hiring.",
      ),
    ).toEqual([
      ["care for riders and horses alike", "one saddle fitted per horse", "no hidden fees"],
    ]);
  });

  it("reads “four pillars of a, b, c and d” as pillars", () => {
    const [found] = enumerations(
      "The firm rests on four pillars of design, service, quality and price.",
    );
    expect(found?.kind).toBe("pillars");
    expect(found?.count).toBe(4);
    expect(found?.items.map((i) => i.name)).toEqual(["design", "service", "quality", "price"]);
  });

  it("reads “the three things we believe in are a, b and c” with its count, and not what customers care about", () => {
    const [found] = enumerations(
      "The three things we believe in are slow dough, local flour and feeding people properly.",
    );
    expect(found?.items.map((i) => i.name)).toEqual([
      "slow dough",
      "local flour",
      "feeding people properly",
    ]);
    expect(found?.count).toBe(3);
    expect(names("The three things our customers care about are price, speed and choice.")).toEqual(
      [],
    );
  });

  it("reads “We still run the place on three ideas: a, b, and c” with its count, not what runs on power", () => {
    const [found] = enumerations(
      "We still run the place on three ideas: patience over shortcuts, local before anything else, and a door that’s always open.",
    );
    expect(found?.items.map((i) => i.name)).toEqual([
      "patience over shortcuts",
      "local before anything else",
      "a door that’s always open",
    ]);
    expect(found?.count).toBe(3);
    expect(names("The plant runs on three fuels: gas, coal and wood.")).toEqual([]);
  });

  it("reads no values from the people a count's sentence names: '— staff, volunteers and trustees —'", () => {
    expect(
      names(
        "We have five values, and we ask everyone who works with us — staff, volunteers and trustees — to bring them to work.",
      ),
    ).toEqual([]);
  });

  it("keeps parenthesised descriptions, even with commas inside", () => {
    const [found] = enumerations(
      "Its three values are Courage (acting boldly, always), Trust (keeping promises) and Joy.",
    );
    expect(found?.items).toEqual([
      { name: "Courage", description: "acting boldly, always" },
      { name: "Trust", description: "keeping promises" },
      { name: "Joy", description: null },
    ]);
  });

  it("reads “, which include”, “are to be” and a later colon", () => {
    expect(names("Twelve values, which include speed, craft and care.")).toEqual([
      ["speed", "craft", "care"],
    ]);
    expect(names("Our values are to be bold, kind and fast.")).toEqual([["bold", "kind", "fast"]]);
    expect(names("The values that outline our culture: Grit, Craft.")).toEqual([["Grit", "Craft"]]);
  });

  it("stops the list at a semicolon", () => {
    expect(names("Our values are speed, craft and care; the rest follows.")).toEqual([
      ["speed", "craft", "care"],
    ]);
  });

  it("reads a set word inside a list as part of that list, not as a second list", () => {
    expect(names("Our values are grit, care values are craft, speed.")).toEqual([
      ["grit", "care values are craft", "speed"],
    ]);
    expect(names("We value grit, care and we value craft, speed.")).toEqual([
      ["grit", "care and we value craft", "speed"],
    ]);
    // One list per stretch of text: a sentence repeating "values are a, b" is one set, not one
    // per repetition with all the rest as its items (quadratic in the sentence's length).
    expect(enumerations("values are a, b ".repeat(300))).toHaveLength(1);
  });

  it("reads no list that runs on for more than 2 000 characters", () => {
    expect(names(`Our values are grit, care and ${"x, ".repeat(700)}craft.`)).toEqual([]);
    // What follows the list's end does not count.
    expect(names(`Our values are grit, care and craft; ${"x ".repeat(1500)}.`)).toEqual([
      ["grit", "care", "craft"],
    ]);
  });

  it.each([
    "Our values which are closely aligned with our mission matter.",
    "Mindful of our values we aim to grow.",
    "Our values: We always act with speed and care in all we do.",
    "We have values.",
    "Our values are important to everyone who works here.",
    // An example set off by dashes, not the list.
    "The values overlap with the pillars — Courage with Bold Bets, for instance — which is fine.",
    "Some values echo the pillars — Care and Safe Homes, for example — and that helps.",
    // Where and how the values are lived, not which they are.
    "We focus on one of our six values, which are explored in assembly, in class and at home.",
    "Our four values are taught through stories, in lessons and at home.",
    // What the values are tied to, not which they are.
    "Its four values are tied to concrete policies, especially on loyalty pricing.",
  ])("reads no enumeration in “%s”", (text) => {
    expect(enumerations(text)).toEqual([]);
  });
});

describe("a set word inside an indirect question (“what its values are, …”)", () => {
  it("opens no list: the parts after it are the article's other questions", () => {
    expect(
      names("This review asks what the firm's values are, how it hires, and what could go wrong."),
    ).toEqual([]);
    expect(names("We look at what their principles were and how they changed.")).toEqual([]);
  });

  it("still reads the names a colon opens after it", () => {
    expect(names("Ask any baker what our values are: thrift, candour and care.")).toEqual([
      ["thrift", "candour", "care"],
    ]);
  });
});

describe("a strategy's strands", () => {
  const kinds = (text: string) => mentions(text).map((m) => [m.kind, m.count]);

  it("are no set: the parts of a plan of action, not the vision's components", () => {
    expect(kinds("Pellow's strategy has three practical strands:")).toEqual([]);
    expect(kinds("The new strategy rests on four strands.")).toEqual([]);
  });

  it("are the vision's pillars when the sentence ties them to the vision", () => {
    expect(kinds("The vision has three strands:")).toEqual([["pillars", 3]]);
    expect(kinds("Our strategy for reaching the vision has three strands:")).toEqual([
      ["pillars", 3],
    ]);
    expect(kinds("The plan behind it has four strands:")).toEqual([["pillars", 4]]);
    expect(kinds("Our strategy rests on four pillars:")).toEqual([["pillars", 4]]);
  });
});

describe("splitItems", () => {
  it("splits on commas and a final “and”, dropping empty parts", () => {
    expect(splitItems("speed, craft, and care")?.map((i) => i.name)).toEqual([
      "speed",
      "craft",
      "care",
    ]);
  });

  it("splits long items at the last “and” outside brackets, on one line or wrapped", () => {
    const list =
      "Candour (saying the awkward thing early, not late), Thrift (wasting nothing) and Welcome (greeting regulars by name, finding a chair and making the tea)";
    for (const text of [list, list.replace("name, finding", "name,\nfinding")])
      expect(splitItems(text, true)).toEqual([
        { name: "Candour", description: "saying the awkward thing early, not late" },
        { name: "Thrift", description: "wasting nothing" },
        {
          name: "Welcome",
          description: expect.stringMatching(
            /^greeting regulars by name,\s+finding a chair and making the tea$/,
          ),
        },
      ]);
  });

  it("gives a count back to the same items whether the sentence is wrapped or not", () => {
    const sentence =
      "In the end they kept honesty, patience, salt and fresh bread and fair prices, and those four things are on the wall.";
    for (const text of [sentence, sentence.replace("fresh bread", "fresh\nbread")])
      expect(countedBack(text)?.items.map((i) => i.name.replace(/\s+/g, " "))).toEqual([
        "honesty",
        "patience",
        "salt and fresh bread",
        "fair prices",
      ]);
  });

  it("needs at least two short names", () => {
    expect(splitItems("speed")).toBeNull();
    expect(splitItems("speed, a very long name that reads like a sentence")).toBeNull();
    expect(splitItems("speed. Then, craft")).toBeNull();
  });
});

// How the time grows is checked in the heavy tier (tests/heavy/shapes.ts), as a ratio of two sizes.
describe("hostile sentences", () => {
  it("reads no set from a long word after a set word", () => {
    for (const token of ["a".repeat(60_000), "a-".repeat(30_000)])
      expect(enumerations(`Our values ${token}`)).toEqual([]);
  });
});

describe("a count the sentence gives the set it has just named (“there are N of them”)", () => {
  it("counts “The beliefs … and there are four of them.”", () => {
    const text = "The beliefs are how we keep promises, and there are four of them.";
    expect(mentions(text).map((m) => [m.count, m.countIndex])).toEqual([[4, text.indexOf("four")]]);
  });

  it("reads the list after a count set off in dashes or brackets", () => {
    for (const text of [
      "Our values — there are four of them — are thrift, candour, grit and cheer.",
      "Our values (there are four of them) are thrift, candour, grit and cheer.",
    ]) {
      const [set] = enumerations(text);
      expect([set?.count, set?.items.map((i) => i.name)]).toEqual([
        4,
        ["thrift", "candour", "grit", "cheer"],
      ]);
    }
  });

  it("reads past an aside in dashes that is no list, but keeps a dashed list a list", () => {
    expect(names("Our values — agreed in 2001 — are thrift, candour and grit.")).toEqual([
      ["thrift", "candour", "grit"],
    ]);
    expect(names("Our values — thrift, candour and grit — are painted on the van.")).toEqual([
      ["thrift", "candour", "grit"],
    ]);
  });
});
