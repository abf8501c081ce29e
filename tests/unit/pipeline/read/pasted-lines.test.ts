/**
 * A page's parts written as one paragraph broken into lines — as a site's `<br>`s come through
 * an import, or a page's text pasted: a part's title on the first line over its text, or a
 * value on each line. Read as the page shows them.
 */
import { describe, expect, it } from "vitest";
import { model } from "../../../helpers/pipeline.js";

const page = (title: (text: string) => string, end = "\n") =>
  `# About us\n\nWelcome to Fernhill Dairy. We have delivered milk in the Wye valley since 1962.\n\n${title("Our Mission")}${end}To put fresh milk on every doorstep in the valley, in glass.\n\n${title("Our Vision")}${end}A valley where no milk goes to waste and no family goes without.\n\n${title("Our Values")}${end}Freshness – milk within a day of milking.${end}Thrift – we wash and reuse every bottle.${end}Neighbourliness – we know our customers by name.\n\nCall us today to start deliveries.\n`;

const read = async (body: string) => {
  const m = await model(body);
  return {
    mission: m.mission.statements.map((s) => s.text),
    vision: m.vision.statements.map((s) => s.text),
    values: m.valueSets.map((s) => s.values.map((v) => [v.name, v.description])),
  };
};

const EXPECTED = {
  mission: ["put fresh milk on every doorstep in the valley, in glass"],
  vision: ["A valley where no milk goes to waste and no family goes without"],
  values: [
    [
      ["Freshness", "milk within a day of milking."],
      ["Thrift", "we wash and reuse every bottle."],
      ["Neighbourliness", "we know our customers by name."],
    ],
  ],
};

describe("a part's title on the first line of its paragraph", () => {
  it("titles the lines below it, plain", async () => {
    expect(await read(page((t) => t))).toEqual(EXPECTED);
  });

  it("titles the lines below it, bold", async () => {
    expect(await read(page((t) => `**${t}**`))).toEqual(EXPECTED);
  });

  it("titles the lines below it, the lines broken as a <br> comes through (a backslash)", async () => {
    expect(await read(page((t) => t, "\\\n"))).toEqual(EXPECTED);
  });

  it("gives the places of the lines it cuts", async () => {
    const m = await model(page((t) => t));
    // Front matter and a blank line are lines 1–5: "Our Mission" is line 10, its text line 11,
    // the three values lines 17–19.
    expect(m.mission.statements[0]?.occurrences.map((o) => [o.line, o.column])).toEqual([[11, 1]]);
    expect(m.valueSets[0]?.values.map((v) => v.line)).toEqual([17, 18, 19]);
  });

  it("leaves a paragraph whose first line is no part's title alone", async () => {
    const body = "## History\n\nFounded in 1962\nThe dairy began with six cows and a bicycle.\n";
    const m = await model(body);
    expect(m.mission.statements).toEqual([]);
    expect(m.valueSets).toEqual([]);
  });
});

describe("a part's title, an intro line, then a value on each line", () => {
  it("reads the named lines as the values, the intro's count as theirs", async () => {
    const m = await model(
      "# Tarnside Candles\n\nOur values\nThere are three things we try to hold to, on good days and bad.\nPatience – wax needs two days to cure and we give it three.\nHonest labels – if a scent is synthetic, the label says so.\nFair wages – everyone is paid the real living wage.\n\nWhat that looks like in practice\nLast year 3,412 jars came back to us and we refilled most of them.\n",
      true,
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [3, ["Patience", "Honest labels", "Fair wages"]],
    ]);
  });
});

describe("cards whose bold name is broken from its sentence", () => {
  it("reads each bold name over its sentence as a value", async () => {
    const body =
      "## Our values\n\nFour values shape how we work with our guests.\n\n**Dignity**\\\nEveryone who comes through our door is a guest.\n\n**Kindness**\\\nA cup of tea and a chat are part of the service.\n\n**Working together**\\\nWe share what we have and learn from others.\n";
    expect((await model(body)).valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["Dignity", "Kindness", "Working together"],
    ]);
  });
});

describe("a page's text with no blank lines, as pdftotext writes a column", () => {
  const page = [
    "Who we are",
    "Tarnside Pumps is a family firm of 120 people. We build pumps for water companies.",
    "Our mission",
    "Our mission is to build pumps that nobody has to think about.",
    "What we stand for",
    "Three principles are painted at the works gate.",
    "Precision",
    "Every part is measured and traceable to its batch of metal.",
    "Ownership",
    "The person who finds a problem keeps hold of it until it is",
    "fixed. Nobody passes it on by email.",
    "Straight dealing",
    "We quote honestly and we pay suppliers on time.",
    "Where we are going",
    "We aim to export half of what we make by 2030.",
  ].join("\n");

  it("reads each short title line over its text as a title", async () => {
    const m = await model(`# Tarnside Pumps\n\n${page}\n`, true);
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [3, ["Precision", "Ownership", "Straight dealing"]],
    ]);
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "build pumps that nobody has to think about",
    ]);
    expect(m.valueSets[0]?.values[1]?.line).toBe(11);
  });

  it("leaves a hard-wrapped paragraph alone: a short line the next one continues is no title", async () => {
    const body =
      "# Tarnside Pumps\n\nWe build pumps. Our values are care and thrift.\nWe also\nMake valves for the mills.\nThey last.\nRepairs\nare quick.\n";
    const m = await model(body);
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([["care", "thrift"]]);
  });
});

describe("a PDF's values as hard-wrapped “Name – text” lines", () => {
  it("reads each line opening with a name and a dash as a value, the wrapped lines its text", async () => {
    const m = await model(
      "# Handbook\n\n1.3 Our Values\nFerrisby has four values. They were agreed by the Works Council and the\nmanagement team in 2022.\nSafety first – no job is so urgent that it cannot be done safely. If it is\nnot safe, stop.\nRight first time – we check before we pour and before\nwe ship.\nOwn it – if you see a problem, it is yours.\nRespect – treat colleagues the way you would want\nyour own family treated.\n1.4 Our Sites\nSaltley Bridge Works, Canal Street.\n",
      true,
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [4, ["Safety first", "Right first time", "Own it", "Respect"]],
    ]);
    expect(m.valueSets[0]?.values[0]?.description).toBe(
      "no job is so urgent that it cannot be done safely. If it is not safe, stop.",
    );
  });
});
