/**
 * Statement frames met on converted documents and third-party pages: a label with a year, a lead
 * clause naming where the company wants to be, a long "we see a … in which …", a verb of wording
 * with a few words on how before a colon, two quoted visions the first of which says "never",
 * a vision named before the colon of "the company wants to be …", and a closing quotation mark
 * after the key word, which opens nothing.
 */
import { describe, expect, it } from "vitest";
import { frontFor, model, statementTexts } from "../../../helpers/pipeline.js";

const texts = (body: string, kind: "mission" | "vision") =>
  statementTexts(frontFor("Tarnfield Ferries") + body, kind, true);

describe("statements after a lead label", () => {
  it("reads a label with a year (“**Vision 2030:** …”)", async () => {
    const body =
      "# Kick-off\n\n## Where next\n\n**Vision 2030:** an estuary where every island is an hour from a hospital.\n";
    expect(await texts(body, "vision")).toEqual([
      "an estuary where every island is an hour from a hospital",
    ]);
  });

  it("reads “Where we want to be by 2030: …” under a vision heading as the vision", async () => {
    const body =
      "# About\n\n## Our vision\n\nWhere we want to be by 2030: crossings that run on time, on clean fuel, in any weather.\n";
    expect(await texts(body, "vision")).toEqual([
      "crossings that run on time, on clean fuel, in any weather",
    ]);
  });

  it("reads “We see a … in which …” with a long noun before “in which”", async () => {
    const body =
      "# Strategy memo\n\n## 4. Vision\n\nWe see a coastal freight and passenger network in which no island waits a week for a part.\n";
    expect(await texts(body, "vision")).toEqual([
      "a coastal freight and passenger network in which no island waits a week for a part",
    ]);
  });

  it("reads a wording quoted after “puts the company's vision more bluntly:”", async () => {
    const body =
      '# Tarnfield, reviewed\n\nIts skipper puts the company\'s vision more bluntly: "an estuary nobody has to swim across". He was joking, a little.\n';
    expect(await texts(body, "vision")).toEqual(["an estuary nobody has to swim across"]);
  });

  it("leaves a quotation with its own frame to that frame (“puts its purpose like this: “Our purpose is to …””)", async () => {
    const body =
      '# Tarnfield, reviewed\n\nOn its site, Tarnfield puts its purpose like this: "Our purpose is to carry islanders and their goods safely across the estuary."\n';
    expect(await texts(body, "mission")).toEqual([
      "carry islanders and their goods safely across the estuary",
    ]);
  });

  it("reads both of two quoted visions when the first says “never”", async () => {
    const body =
      '# Who we are\n\n## Our vision\n\nWe hold two visions: to be "a ferry you would never think twice about taking", and to see "an estuary where no island is cut off".\n';
    expect(await texts(body, "vision")).toEqual([
      "a ferry you would never think twice about taking",
      "an estuary where no island is cut off",
    ]);
  });

  it("reads “has a vision, tucked away …: the company wants to be …” as the vision", async () => {
    const body =
      "# Five ferry firms\n\nTarnfield Ferries' mission is to carry islanders safely.\n\nTarnfield also has a vision, tucked away on its careers page: the company wants to be the crossing islanders would choose even if it had a rival. That is more a goal than a dream.\n";
    expect(await texts(body, "vision")).toEqual([
      "be the crossing islanders would choose even if it had a rival",
    ]);
  });

  it("opens no statement at a quotation mark closing the quote the key word stands in", async () => {
    const body =
      '# Tarnfield posts record year\n\nTarnfield\'s mission is to carry islanders safely. Its chair said the firm had "never been more focused on that mission," pointing to two new boats and a cheaper freight tariff.\n';
    expect(await texts(body, "mission")).toEqual(["carry islanders safely"]);
  });
});

describe("a constitution's lettered objects", () => {
  // (Lettered, the items parse as a list — glyph-bullets.ts — and met the list-as-mission reading.)
  it("are no second mission when led in “in pursuit of its purpose”", async () => {
    for (const [heading, lead] of [
      ["3. Objects", "3.1 In pursuit of its purpose the Club shall:"],
      ["3. Activities", "3.1 In pursuit of that purpose the Club shall:"],
    ]) {
      const body = `# Tarnfield Rowing Club constitution\n\n## 2. Purpose\n\n2.1 Our purpose is to offer safe, affordable rowing on the estuary to people of every age.\n\n### ${heading}\n\n${lead}\n\n(a) keep a boathouse and boats fit for racing;\n(b) coach beginners, juniors and adaptive rowers;\n(c) enter crews in regattas.\n`;
      expect(await texts(body, "mission")).toEqual([
        "offer safe, affordable rowing on the estuary to people of every age",
      ]);
    }
  });
});

describe("lookalikes and frames after a label", () => {
  it("reads the line under a mission heading from after “We work to”", async () => {
    const body =
      "# Trustees' report\n\n**Our mission**\n\nWe work to reach islanders early, listen to what they need and get them across safely.\n";
    expect(await texts(body, "mission")).toEqual([
      "reach islanders early, listen to what they need and get them across safely",
    ]);
  });

  it("takes no topic told as a question after a label (“The vision: what … could look like”)", async () => {
    const body =
      "# Episode 12 show notes\n\nTarnfield's mission is to carry islanders safely.\n\n- **(44:50)** The vision: what the estuary could look like in 2040\n";
    expect(await texts(body, "vision")).toEqual([]);
  });

  it("takes no mission “every haulier's actual mission is …” — every one of a kind's", async () => {
    const body =
      "# Thread\n\nTarnfield's mission is to carry islanders safely.\n\nEvery ferry firm's actual mission is to squeeze the crews and bill the islanders.\n";
    expect(await texts(body, "mission")).toEqual(["carry islanders safely"]);
  });

  it("takes no pointer to a wording (“our purpose is the one in 2.2”)", async () => {
    const body =
      "# Handbook\n\n## 2.2 Purpose\n\nOur purpose is to carry islanders safely.\n\n## 2.6 Questions new starters ask\n\n**Is \"Cross in comfort\" our mission?**\nNo. It's the line on our tickets. It's a strapline we're proud of, but our purpose is the one in 2.2.\n";
    expect(await texts(body, "mission")).toEqual(["carry islanders safely"]);
  });
});

describe("a board's minutes", () => {
  it("read the quotation after “the Board AGREED the following vision statement:”", async () => {
    const body =
      '# Minutes of the Board\n\n(b) *Vision.* After discussion the Board AGREED the following vision statement:\n\n> "An estuary where no island waits a week for a doctor."\n\n(c) Any other business.\n';
    expect(await texts(body, "vision")).toEqual([
      "An estuary where no island waits a week for a doctor",
    ]);
  });
});

describe("a slide's recap of labelled lines", () => {
  it("reads each line of “Mission: …”, “Vision: …”, “Values: A · B · C, D” as its part", async () => {
    const body =
      "# All-hands\n\nRecap\n\nMission: carry every islander across safely and on time\nVision: no island is more than an hour from the mainland\nValues: Crew first · Say it early · Mend, then replace\n\nThanks, everyone.\n";
    const read = await model(frontFor("Tarnfield Ferries") + body, true);
    expect(read.mission.statements.map((s) => s.text)).toEqual([
      "carry every islander across safely and on time",
    ]);
    expect(read.vision.statements.map((s) => s.text)).toEqual([
      "no island is more than an hour from the mainland",
    ]);
    expect(read.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["Crew first", "Say it early", "Mend, then replace"],
    ]);
  });

  it("reads no values from a footer line of marks and commas", async () => {
    const body =
      "# About the Trust\n\nOur mission is to carry every islander across safely.\n\n## Values\n\nWe hold three.\n\nPier Road, Tarnfield, KW1 4AB · Open daily, 7am–9pm\nRegistered charity 1130442 · [Privacy](/privacy) · [Cookies](/cookies)\n";
    const read = await model(frontFor("Tarnfield Ferries") + body, true);
    expect(read.valueSets).toEqual([]);
  });
});

describe("a lead-in naming the statement with an aside before “is:”", () => {
  it("reads the quotation after “Tarnfield's new purpose, agreed by the board in 2023, is:”", async () => {
    for (const lead of [
      "Tarnfield's new purpose, agreed by the board in 2023, is:",
      "Tarnfield's mission, agreed by the board in 2023, is:",
    ]) {
      expect(
        await texts(
          `# Tarnfield Ferries\n\n## The brief\n\n${lead}\n\n> "To make the crossing something islanders no longer plan around."\n\nIt is deliberately plain.\n`,
          "mission",
        ),
      ).toEqual(["make the crossing something islanders no longer plan around"]);
    }
  });
});
