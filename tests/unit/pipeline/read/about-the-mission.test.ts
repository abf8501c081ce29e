/**
 * Sentences about a mission, or a speaker's remark, are not statements: "Our mission is the first
 * thing every apprentice learns" says where the mission sits, not what it is; "she added: “We're
 * on a mission to …”" quotes a person's aim (noted as uncertain, not kept).
 */
import { describe, expect, it } from "vitest";
import { diagnostics, model, statementTexts as texts } from "../../../helpers/pipeline.js";

describe("sentences about the mission", () => {
  it("leaves “Our mission is the first thing …” and raises missing-mission", async () => {
    const m = await model(
      "# About\n\n## Our mission\n\nOur mission is the first thing a new volunteer hears on the boat.\n",
    );
    expect(m.mission.statements).toEqual([]);
    expect(diagnostics(m, "missing-mission")).toHaveLength(1);
  });

  it("leaves “Our mission is the heart of …”", async () => {
    expect(
      await texts("# About\n\nOur mission is the heart of every grant we make in the county.\n"),
    ).toEqual([]);
  });

  it("leaves “Our mission is one we …” and “Our vision is a work in progress”", async () => {
    const body =
      "# About\n\nOur mission is one we take seriously in every shop we run. Our vision is a work in progress, and the staff council is rewriting it.\n";
    expect(await texts(body)).toEqual([]);
    expect(await texts(body, "vision")).toEqual([]);
  });

  it("leaves “The vision is a different matter.” and “The mission is another matter entirely.”", async () => {
    const body =
      "# Harlow\n\nThe purpose is fine. The vision is a different matter. The mission is another matter entirely.\n";
    expect(await texts(body, "vision")).toEqual([]);
    expect(await texts(body)).toEqual([]);
  });

  it("still takes a noun-phrase vision after “is”", async () => {
    expect(
      await texts(
        "# About\n\nOur vision is a county where no river is unsafe to swim in.\n",
        "vision",
      ),
    ).toEqual(["a county where no river is unsafe to swim in"]);
  });
});

describe("a speaker's “on a mission to”", () => {
  it("notes a quoted remark after “she added:” instead of keeping it", async () => {
    const m = await model(
      '# News\n\nAt the launch the new director spoke first; later she added: "We\'re on a mission to double the number of night buses."\n',
    );
    expect(m.mission.statements).toEqual([]);
    expect(diagnostics(m, "uncertain-statement").map((d) => d.message)).toEqual([
      expect.stringContaining("double the number of night buses"),
    ]);
  });

  it("still takes the company's own sign that says it", async () => {
    expect(
      await texts(
        '# About\n\nThe board outside the depot says "We\'re on a mission to get every village a bus on Sundays."\n',
      ),
    ).toEqual(["get every village a bus on Sundays"]);
  });
});

describe("the key word inside the writer's sentence, before a colon or dash", () => {
  const stated =
    '# Review\n\nAcme describes its mission as "to get every island a boat before breakfast."\n\n';

  it("leaves an explanation after “fits with the mission:”", async () => {
    expect(
      await texts(
        `${stated}The timetable fits well with the mission: the early boat is the promise, the school run is the test.\n`,
      ),
    ).toEqual(["get every island a boat before breakfast"]);
  });

  it("leaves an analyst's reasoning with a subject of its own (“tied to the mission: a ferry cannot …”)", async () => {
    expect(
      await texts(
        `${stated}Punctuality is the value most closely tied to the mission: a ferry cannot be "before breakfast" if it sails at ten.\n\nCrew Pride links to the mission: boats that nobody maintains are only worth running if they run safely.\n`,
      ),
    ).toEqual(["get every island a boat before breakfast"]);
  });

  it("leaves a clause whose verb has no helper after “map onto the mission:”", async () => {
    expect(
      await texts(
        `${stated}Both values map neatly onto the mission: punctuality and seamanship serve "before breakfast", while thrift keeps the fares low.\n`,
      ),
    ).toEqual(["get every island a boat before breakfast"]);
  });

  it("still takes a statement after “onto the mission:” that has no subject of its own", async () => {
    expect(
      await texts(
        "# Review\n\nThe page moves straight onto the mission: to get every island a boat before breakfast.\n",
      ),
    ).toEqual(["get every island a boat before breakfast"]);
  });

  it("still takes a place with a clause of its own after “tied to the vision:”", async () => {
    expect(
      await texts(
        "# Review\n\nEvery value is tied to the vision: a coast where no island is cut off in winter.\n",
        "vision",
      ),
    ).toEqual(["a coast where no island is cut off in winter"]);
  });

  it("leaves the words after a dash that closes an aside (“— a nod to the mission — to add …”)", async () => {
    expect(
      await texts(
        `${stated}The new plan aims to cut fares and — as a nod to the "every island" part of the mission — to add a third boat on the northern route.\n`,
      ),
    ).toEqual(["get every island a boat before breakfast"]);
  });

  it("still takes a “to …” wording after “comes back to the mission:”", async () => {
    expect(
      await texts(
        "# Review\n\nEverything at Acme comes back to the mission: to get every island a boat before breakfast.\n",
      ),
    ).toEqual(["get every island a boat before breakfast"]);
  });

  it("still takes a noun phrase after “points to the vision …:”", async () => {
    expect(
      await texts(
        "# Review\n\nThe chair points to the vision the crews agreed in 2023: a boat at every jetty by first light.\n",
        "vision",
      ),
    ).toEqual(["a boat at every jetty by first light"]);
  });

  it("still takes a label's wording after a single dash (“The mission — to …”)", async () => {
    expect(
      await texts(
        "# Review\n\nAcme has kept the mission — to get every island a boat before breakfast — since 1962.\n",
      ),
    ).toEqual(["get every island a boat before breakfast"]);
  });
});

describe("the company named short", () => {
  it("takes a statement its initials own (“P&V describes its mission as …” on Penrose & Vail's page)", async () => {
    expect(
      await texts(
        '---\ncompany: Penrose & Vail plc\n---\n\n# Penrose & Vail: initiation\n\nP&V describes its mission as "making a well-kept home affordable for every household in Britain".\n',
        "mission",
        true,
      ),
    ).toEqual(["making a well-kept home affordable for every household in Britain"]);
  });

  it("takes “We're still here to …” under its heading", async () => {
    expect(
      await texts(
        "# Quillon\n\n## Our mission\n\nWe're still here to help small charities understand their own data.\n",
        "mission",
      ),
    ).toEqual(["help small charities understand their own data"]);
  });
});
