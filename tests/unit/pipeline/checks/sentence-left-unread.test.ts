/**
 * A sentence that gives the company's mission, vision or values in a shape Credo did not read:
 * found on a hand-built model (so the test does not depend on what the reader learns next), and
 * then reported as info in place of the missing-part warning.
 */
import { describe, expect, it } from "vitest";
import { runChecks } from "../../../../src/pipeline/checks/index.js";
import { RULE_LIST } from "../../../../src/pipeline/checks/registry.js";
import { sentenceLeftUnread } from "../../../../src/pipeline/checks/rules/sentence-left-unread.js";
import type { Model } from "../../../../src/schema/schema.js";
import { sampleModel } from "../../../fixtures/sample-model.js";
import { parse } from "../../../helpers/pipeline.js";

/** A model that read nothing, whose one section holds `paragraphs` (one prose block each). */
function unreadModel(...paragraphs: string[]): Model {
  return {
    ...sampleModel,
    mission: { primary: null, statements: [] },
    vision: { primary: null, statements: [] },
    valueSets: [],
    sections: [
      {
        heading: "About the firm",
        slug: "about-the-firm",
        line: 3,
        depth: 2,
        kind: "other",
        blocks: paragraphs.map((text, i) => ({
          type: "prose" as const,
          html: `<p>${text}</p>`,
          text,
          line: 5 + 2 * i,
        })),
      },
    ],
  };
}

describe("sentenceLeftUnread", () => {
  it("finds a list of the company's values set in a sentence", () => {
    const found = sentenceLeftUnread(
      unreadModel(
        "The yard was founded in 1961.",
        "Its values — patience, thrift and plain speaking — come up in every interview.",
      ),
      "values",
    );
    expect(found).toEqual({
      line: 7,
      sentence: "Its values — patience, thrift and plain speaking — come up in every interview.",
    });
    expect(
      sentenceLeftUnread(
        unreadModel("Fern & Field's principles are listed as rigour, warmth, speed and candour."),
        "values",
      )?.line,
    ).toBe(5);
  });

  it("finds a list that the next sentence calls the values", () => {
    expect(
      sentenceLeftUnread(
        unreadModel(
          "We are a team committed to care, craft, candour and repair. These values were written down in 2019.",
        ),
        "values",
      ),
    ).toEqual({
      line: 5,
      sentence: "We are a team committed to care, craft, candour and repair.",
    });
  });

  it("finds the company's values announced with a count, listed or not", () => {
    for (const text of [
      "We have five values.",
      "So, we've got four values painted up by the roaster.",
      "Our four values are painted on the potting-shed wall.",
      "Fern & Field's three existing values, rigour, warmth and candour, guide every hire.",
      "The meeting then agreed three values to sit alongside the mission: vigilance, teamwork and welcome.",
    ]) {
      expect(sentenceLeftUnread(unreadModel(text), "values")?.sentence, text).toBe(text);
    }
  });

  it("finds a mission or vision the company gives in a frame the reader did not take", () => {
    expect(
      sentenceLeftUnread(
        unreadModel(
          "Analysts describe its vision as a coast where no harbour is more than an hour from help.",
        ),
        "vision",
      )?.line,
    ).toBe(5);
    expect(
      sentenceLeftUnread(
        unreadModel("Our purpose is to keep the valley's orchards in local hands."),
        "mission",
      )?.line,
    ).toBe(5);
    expect(
      sentenceLeftUnread(
        unreadModel("Fern & Field’s mission: “rope you can trust your life to”."),
        "mission",
      )?.line,
    ).toBe(5);
  });

  it("does not take a sentence that says the part is absent, past, someone else's or unowned", () => {
    for (const [text, part] of [
      ["The firm has no vision statement, and its values are not written down.", "vision"],
      ["Its values are not written down: patience, thrift and candour are implied.", "values"],
      ["Its mission was to build ten boats a year, and it built twelve.", "mission"],
      ["When it was founded its vision was to reach every port, and that is history.", "vision"],
      ["Companies often list values such as integrity, respect and innovation.", "values"],
      ["A vision statement says where a company wants to be in ten years.", "vision"],
      ["Its mission is simple enough, and staff quote it.", "mission"],
      ["The shop sells rope, twine, chain and anchors.", "values"],
      ["Its rival, Parcelwise, says its mission is to deliver anything by noon.", "mission"],
      ["Quayside Ltd's vision is to be the calmest ferry on the coast.", "vision"],
      ["One firm writes: “Our vision is to be the calmest ferry on the coast.”", "vision"],
      ["The old page had five values, with little icons.", "values"],
      ["Three or four values that come out of that room will be worth more.", "values"],
      ["Most firms have five values, and nobody remembers them.", "values"],
      ["We don't have five values; we have one rule.", "values"],
      ["If we had four values, nobody would remember them.", "values"],
      ["Its rival publishes a tidy list of four values.", "values"],
      ["One founder told us: “We have four values and a dog.”", "values"],
      ["The meeting agreed three actions: repaint, reopen and restock.", "values"],
      ["Marlowe Ridge lists four values: grit, warmth and speed.", "values"],
      [
        "Loomwise's mission is vague. Its four values — play, pace and pride — are distinctive.",
        "values",
      ],
    ] as const) {
      expect(sentenceLeftUnread(unreadModel(text), part), text).toBeUndefined();
    }
  });

  it("stays quiet once the part was read", () => {
    const m = unreadModel("Its values — patience, thrift and plain speaking — come up often.");
    expect(
      sentenceLeftUnread({ ...m, valueSets: sampleModel.valueSets }, "values"),
    ).toBeUndefined();
  });
});

describe("unread-section on a sentence", () => {
  it("is info at the sentence's line, quoting it, in place of missing-values", () => {
    const text = "Its values — patience, thrift and plain speaking — come up in every interview.";
    const markdown = `# Acme\n\n## About the firm\n\nThe yard was founded in 1961.\n\n${text}\n`;
    const { tree, file } = parse(markdown);
    file.data.ruleSeverities = Object.fromEntries(RULE_LIST.map((r) => [r.id, r.severity]));
    const found = runChecks(unreadModel("The yard was founded in 1961.", text), file, tree);
    const values = found.filter((d) => d.subject === "values");
    expect(values).toEqual([
      {
        ruleId: "unread-section",
        severity: "info",
        message: `The sentence “Its values — patience, thrift and plain speaking — come up in every interview.” seems to give the values, but Credo read no list of values from it; write it as bullets (“- **Name**: description”), or set \`values:\` in the front matter`,
        line: 7,
        column: 1,
        subject: "values",
      },
    ]);
    // The mission and vision are neither read nor given: still warned about.
    expect(found.map((d) => d.ruleId)).toEqual(
      expect.arrayContaining(["missing-mission", "missing-vision"]),
    );
  });
});
