/**
 * Pages whose line breaks a browser (or a copy of its text, or an import of its HTML) ran
 * together: a bold or italic title followed on the same line by the text it titles ("**Our
 * mission** Our mission is …", "*Can I pause my order?* Yes …"), a value's name followed by its
 * sentence ("Thrift We waste nothing …"), and a lettered list of principles in one paragraph
 * ("(a) **Openness** – …; (b) **Safety first** – …"). Read as the page shows them to a person.
 */
import { describe, expect, it } from "vitest";
import {
  model,
  valueSetNames as sets,
  statementTexts as texts,
} from "../../../helpers/pipeline.js";

const TABLE =
  "| Value | What it means |\n| --- | --- |\n| Freshness | Milk on the step within a day of milking. |\n| Thrift | Glass bottles, washed and used again. |\n| Neighbourliness | We know our customers by name. |\n";

describe("a bold title run in with its text", () => {
  it("titles the parts of a fact sheet as it does on a line of its own", async () => {
    const sheet = `**Fernhill Dairy — who we are**\n\n**Our mission** Our mission is to put fresh milk on every doorstep in the valley.\n\n**Our vision** Fernhill's vision is a valley where no milk goes to waste.\n\n**Our three values**\n\n${TABLE}\n**Our goals for 2027** Open a second dairy; move the rounds to electric vans.\n`;
    // A fact sheet set in a quote, as a lesson plan or a report reproduces it.
    const body = `## Fact sheet\n\n${sheet.replace(/^/gm, "> ").replace(/> $/gm, ">")}`;
    const m = await model(body);
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "put fresh milk on every doorstep in the valley",
    ]);
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["Freshness", "Thrift", "Neighbourliness"],
    ]);
  });

  it("leaves a bold word inside a sentence alone", async () => {
    const body =
      "## Our values\n\n**Thrift** is the one we talk about most, and it shows in the glass bottles.\n";
    expect((await model(body)).valueSets).toEqual([]);
  });
});

describe("a question run in with its answer", () => {
  it("is a question of the FAQ, bold or italic", async () => {
    const body =
      "## Questions\n\n**Do you deliver on Sundays?** Yes, before seven in the morning.\n\n_Can I pause my order?_ Yes. Tell us by noon the day before.\n\n**Where does the milk come from?** From our own herd of ninety cows above the village.\n";
    expect((await model(body)).faq.map((f) => [f.question, f.answer])).toEqual([
      ["Do you deliver on Sundays?", "Yes, before seven in the morning."],
      ["Can I pause my order?", "Yes. Tell us by noon the day before."],
      ["Where does the milk come from?", "From our own herd of ninety cows above the village."],
    ]);
  });
});

describe("a value's name run in with its sentence", () => {
  const values =
    "## Our values\n\nWe have three values, chosen by the whole team in 2024.\n\nFreshness We deliver milk within a day of milking, or we do not deliver it.\n\nThrift We waste nothing, not even the bottle tops.\n\nWorking together We share the rounds and cover for each other when someone is ill.\n";

  it("gives the name before the sentence, under a values heading", async () => {
    expect(await sets(values)).toEqual([["Freshness", "Thrift", "Working together"]]);
  });

  it("gives the sentence as the value's text", async () => {
    const m = await model(values);
    expect(m.valueSets[0]?.values.map((v) => v.description)).toEqual([
      "We deliver milk within a day of milking, or we do not deliver it.",
      "We waste nothing, not even the bottle tops.",
      "We share the rounds and cover for each other when someone is ill.",
    ]);
  });

  it("reads cards closed by a link to read more", async () => {
    const card = /^((?:Freshness|Thrift|Working together) .*\.)$/gm;
    const cards = values.replace(card, "$1 [Read more](https://fernhill.example/values)");
    expect(await sets(cards)).toEqual([["Freshness", "Thrift", "Working together"]]);
    // (The link's words alone, where the import had no address to keep it.)
    expect(await sets(values.replace(card, "$1 Read more"))).toEqual([
      ["Freshness", "Thrift", "Working together"],
    ]);
  });

  it("is no value outside a part about values", async () => {
    const body =
      "## Our history\n\nFernhill We bought the farm in 1962 and kept the herd.\n\nLater We added the bottling line in 1990.\n";
    expect(await sets(body)).toEqual([]);
  });

  it("needs a run: one paragraph so shaped is a sentence of the part", async () => {
    const body =
      "## Our values\n\n- **Freshness** — milk within a day.\n- **Thrift** — nothing wasted.\n\nHonestly We could not run the rounds without our customers.\n";
    expect(await sets(body)).toEqual([["Freshness", "Thrift"]]);
  });

  it("a sentence that only starts with a name is no run-in", async () => {
    const body =
      "## Our values\n\nThe three values are on the dairy wall.\n\nFreshness came up when a driver explained why he turns back for a missed bottle. Thrift came up at the bottle wash.\n";
    expect(await sets(body)).toEqual([]);
  });
});

describe("a lettered list of principles in one paragraph", () => {
  it("reads each lettered part as an item", async () => {
    const body =
      "## 3. Principles\n\n3.1 The Club is run according to three principles, which every member shall uphold:\n\n(a) **Openness** – membership is open to all; (b) **Safety first** – no outing goes out in unsafe conditions; (c) **Fair play** – members race within the rules and treat officials with respect.\n";
    expect(await sets(body)).toEqual([["Openness", "Safety first", "Fair play"]]);
  });

  it("leaves lettered clauses of a sentence alone when they name nothing", async () => {
    const body =
      "## Objects\n\nThe Club shall (a) keep a boathouse; (b) coach beginners; and (c) enter crews in regattas.\n";
    expect(await sets(body)).toEqual([]);
    expect(await texts(body)).toEqual([]);
  });
});
