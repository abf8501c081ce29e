/**
 * Values pasted from an accordion or a row of tabs: each name on a line of its own ("+ Name",
 * "▸ Name" or the bare name), its description on the next line of the same paragraph or item.
 */
import { describe, expect, it } from "vitest";
import { diagnostics, model } from "../../../helpers/pipeline.js";

const sets = async (body: string) =>
  (await model(body)).valueSets.map((s) => ({
    names: s.values.map((v) => v.name),
    count: s.declaredCount,
  }));

describe("a name on its own line over its description", () => {
  it("reads bare names over their descriptions as the announced set, not a later list", async () => {
    const body =
      "## Our values\n\nOur three values were picked by the whole village.\n\nAroha\nWe are kind to each other and to strangers.\n\nPono\nWe tell the truth, even when it costs us.\n\nTika\nWe do the right thing when no one is looking.\n\n## Where you will see our values in action\n\nOur values run through the clubs we run:\n\n- **Choir** – every Monday\n- **Beach clean** – each term\n";
    expect(await sets(body)).toEqual([{ names: ["Aroha", "Pono", "Tika"], count: 3 }]);
  });

  it("reads tab names led by a marker ('▸ Patient') under a behaviours heading", async () => {
    const body =
      "## How we behave\n\nWe keep our culture to three behaviours. We use them in every review, so read them first.\n\n▸ Patient\nWe wait for the data before we decide.\n\n▸ Careful\nWe check twice and say what we checked.\n\n▸ Open\nWe share notebooks with the next bench.\n";
    expect(await sets(body)).toEqual([{ names: ["Patient", "Careful", "Open"], count: 3 }]);
  });

  it("flags the count when the tabs outnumber the behaviours announced", async () => {
    const body =
      "## How we behave\n\nWe keep our culture to three behaviours. We use them in every review, so read them first.\n\n▸ Patient\nWe wait for the data before we decide.\n\n▸ Careful\nWe check twice and say what we checked.\n\n▸ Open\nWe share notebooks with the next bench.\n\n▸ Bold\nWe run the risky trial first.\n";
    const m = await model(body);
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["Patient", "Careful", "Open", "Bold"],
    ]);
    expect(diagnostics(m, "count-mismatch")).toHaveLength(1);
  });

  it("reads accordion items ('+ Name', then the description) under a numbered 'The way we work'", async () => {
    const body =
      "## 3. The way we work\n\nThese are habits, not rules.\n\n+ Ask early\nA question on day one saves a week later.\n\n+ Leave notes\nEvery meeting ends with a written summary.\n\n+ Finish small\nWe release in slices, never in one big drop.\n";
    expect(await sets(body)).toEqual([
      { names: ["Ask early", "Leave notes", "Finish small"], count: null },
    ]);
  });

  it("reads no set from two-line paragraphs outside a values or ways section", async () => {
    const body =
      "## Visit us\n\nOpening hours\nWe open at nine every weekday.\n\nParking\nThere is a car park behind the hall.\n\nCafé\nThe café serves lunch until two.\n";
    expect(await sets(body)).toEqual([]);
  });

  it("names a value by its bold line under an icon, not by the icon's alt text", async () => {
    const body =
      "## Our values\n\n![Anchor icon](anchor.svg)\n**Steady hands**\nWe never rush a weld.\n\n![Lamp icon](lamp.svg)\n**Plain words**\nWe explain every invoice.\n";
    expect(await sets(body)).toEqual([{ names: ["Steady hands", "Plain words"], count: null }]);
  });

  it("reads a card's name line over its sentence when a 'Read more' link closes the card", async () => {
    const body =
      "## Our values\n\n![](anchor.svg)\nSteady hands\nWe never rush a weld.\n[Read more](/values#steady)\n\n![](lamp.svg)\nPlain words\nWe explain every invoice.\n[Read more](/values#plain)\n\n## Visit\n\nThe yard opens at eight.\n";
    expect(await sets(body)).toEqual([{ names: ["Steady hands", "Plain words"], count: null }]);
  });

  it("ends the run at a label over a line of facts ('Opening hours' over 'Monday to Friday, 9 to 5')", async () => {
    const body =
      "## Our values\n\nPatient\nWe wait for the data before we decide.\n\nCareful\nWe check twice.\n\nOpening hours\nMonday to Friday, 9 to 5\n";
    expect(await sets(body)).toEqual([{ names: ["Patient", "Careful"], count: null }]);
  });
});

describe("a constitution's lettered lines in one paragraph", () => {
  it("reads “(a) **Name** – …;” lines as the set the clause announces", async () => {
    const body =
      "# Harle Swimming Club\n\n## Principles\n\nThe Club is run according to three principles:\n\n" +
      "(a) **Welcome** – membership is open to all;\n(b) **Care** – no session runs without a lifeguard;\n(c) **Thrift** – the Club spends its money carefully.\n";
    expect((await model(body)).valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["Welcome", "Care", "Thrift"],
    ]);
  });
});

describe("a constitution's lettered clauses, each a paragraph of its own", () => {
  const clauses =
    "(a) **Welcome** – membership is open to all;\n\n(b) **Care** – no session runs without a lifeguard;\n\n(c) **Thrift** – the Club spends its money carefully.\n";

  it("counts the set by the clause that announces it (“… the following three principles, which bind every member:”)", async () => {
    const body = `# Harle Swimming Club\n\n**6. Principles**\n\n6.1 The Club and its members shall keep the following three principles, which bind every member:\n\n${clauses}`;
    expect(await sets(body)).toEqual([{ names: ["Welcome", "Care", "Thrift"], count: 3 }]);
  });

  it("reads them after a counting lead-in outside any values heading", async () => {
    const body = `# Harle Swimming Club\n\nThe Club is run according to three principles:\n\n${clauses}`;
    expect(await sets(body)).toEqual([{ names: ["Welcome", "Care", "Thrift"], count: 3 }]);
  });

  it("reads unbolded “(i) Name – …” clauses the same way", async () => {
    const body =
      "# Harle Swimming Club\n\nThe Club is run according to two principles:\n\n(i) Welcome – membership is open to all;\n\n(ii) Thrift – the Club spends its money carefully.\n";
    expect(await sets(body)).toEqual([{ names: ["Welcome", "Thrift"], count: 2 }]);
  });
});

describe("one bold word to a paragraph, after a lead-in", () => {
  it("reads “**Dry.**”, “**Honest.**”, “**Cheap.**” as the set “three words” counts, not the remark after them", async () => {
    const body =
      '# About the Tollgate Inn\n\nWe pour beer in a room that has not changed since 1921.\n\nOur values come down to three words, chalked above the bar. New staff learn them on day one, and you can hold us to them:\n\n**Dry.**\n\n**Honest.**\n\n**Cheap.**\n\nThe landlady puts it another way: "Nobody leaves thirsty."\n';
    const m = await model(body);
    expect(await sets(body)).toEqual([{ names: ["Dry", "Honest", "Cheap"], count: 3 }]);
    expect(m.valueSets[0]?.values.map((v) => v.description)).toEqual([null, null, null]);
  });

  it("reads them after “Our four values:”, counted there", async () => {
    const body =
      "# About us\n\nOur four values:\n\n**Dry.**\n\n**Honest.**\n\n**Cheap.**\n\n**Near.**\n\nWe open at noon.\n";
    expect(await sets(body)).toEqual([{ names: ["Dry", "Honest", "Cheap", "Near"], count: 4 }]);
  });

  it("still reads a bold name over its caption, one value to two paragraphs", async () => {
    const body =
      "# About us\n\nOur two values:\n\n**Dry**\n\nWe keep the cellar cool.\n\n**Honest**\n\nWe say when a cask is off.\n";
    expect(
      (await model(body)).valueSets.map((s) => s.values.map((v) => [v.name, v.description])),
    ).toEqual([
      [
        ["Dry", "We keep the cellar cool."],
        ["Honest", "We say when a cask is off."],
      ],
    ]);
  });

  it("reads no set from bold lines that no lead-in announces", async () => {
    const body =
      "# Opening times\n\nWe open every day in summer.\n\n**Closed Mondays.**\n\n**Cash only.**\n\nSee you soon.\n";
    expect(await sets(body)).toEqual([]);
  });
});

describe("emoji-led names alone, a line each", () => {
  it("are the set the lead-in counts: '🦺 Safe Always' …", async () => {
    const m = await model(
      "What a night! Our awards celebrated the colleagues who bring our four values to life every single shift:\n\n🦺 Safe Always\n🎯 Precise\n🤝 Own It\n💬 Respect Everyone\n\nHuge congratulations to Lisa.\n",
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [4, ["Safe Always", "Precise", "Own It", "Respect Everyone"]],
    ]);
  });
});

describe("emoji-led sayings alone, a line each", () => {
  it("reads a saying of up to six words, an aside in brackets kept: '📣 Say it to their face (kindly)'", async () => {
    const m = await model(
      "These are the values we hire on:\n\n🌱 Curiosity over certainty\n🤝 Customers are colleagues\n📣 Say it to their face (kindly)\n\nThat last one saved my career.\n",
    );
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["Curiosity over certainty", "Customers are colleagues", "Say it to their face (kindly)"],
    ]);
  });
});
