/**
 * A statement set off by its own line after the sentence announcing it ("Penhallow's purpose
 * is:" over "to keep …"), adopted with its words after a colon ("adopted a formal purpose at the
 * CMD: “…”"), or restated "as: to …" — and the lookalikes each must leave.
 */
import { describe, expect, it } from "vitest";
import { model, statementTexts as texts } from "../../../helpers/pipeline.js";

describe("a line announced by the sentence before it", () => {
  it("takes an unquoted “to …” paragraph after “X's purpose is:” as the mission", async () => {
    expect(
      await texts(
        "# Penhallow Dairy\n\nThe members voted last month. From today, Penhallow's purpose is:\n\nto keep family dairy farming alive in the far west by paying a fair price for every litre.\n\nThe old line stays on the lorries.\n",
      ),
    ).toEqual([
      "keep family dairy farming alive in the far west by paying a fair price for every litre",
    ]);
  });

  it("takes a vision told as a noun phrase after “Our vision is:”", async () => {
    expect(
      await texts(
        "# Gorse Housing\n\nWe asked tenants what they wanted. Our vision is:\n\nA valley where nobody who works here is priced out of living here.\n",
        "vision",
      ),
    ).toEqual(["A valley where nobody who works here is priced out of living here"]);
  });

  it("leaves a paragraph that is no statement after the colon", async () => {
    expect(
      await texts(
        "# Gorse Housing\n\nSome news first. Our mission is:\n\nWe are a friendly team and the office is open on Fridays.\n",
      ),
    ).toEqual([]);
  });

  it("leaves a purpose named earlier in a lead-in that introduces commitments", async () => {
    expect(
      await texts(
        "# Brennock Bank\n\n## Our 2030 commitments\n\nOur purpose only matters if it changes what we do. By 2030 we have committed to:\n\n1. Lend £400 million to small businesses in the Vale.\n2. Reach net zero across our own operations.\n3. Keep every one of our branches open.\n",
      ),
    ).toEqual([]);
  });

  it("does not read a thank-you line under a purpose heading as the mission", async () => {
    expect(
      await texts(
        "# Churn\n\nIssue 57 | October 2024\n\n________________________________\n\nA new purpose, in your words\n\nThank you to the 214 members who came to the September forum, and to the many more who wrote in.\n",
      ),
    ).toEqual([]);
  });
});

describe("a purpose adopted with its words after a colon", () => {
  it("takes “adopted a formal purpose at the CMD: “to …””", async () => {
    expect(
      await texts(
        '# Orrin Industrial\n\nOrrin adopted a formal purpose at the CMD: "to keep the world\'s working machines moving, safely and efficiently." We are usually sceptical.\n',
      ),
    ).toEqual(["keep the world's working machines moving, safely and efficiently"]);
  });

  it("leaves “adopt a purpose” said of companies in general", async () => {
    expect(
      await texts("# Orrin Industrial\n\nMany companies adopt a purpose: it helps them hire.\n"),
    ).toEqual([]);
  });
});

describe("a mission restated “as: to …”", () => {
  it("takes the unquoted wording after “restates our mission as:”", async () => {
    expect(
      await texts(
        "# Kelsholme College\n\n## Strategy 2030\n\nIn it, the Board restates our mission as: to make art and design education a public good in the north of England.\n",
      ),
    ).toEqual(["make art and design education a public good in the north of England"]);
  });
});

describe("a statement after a colon, in the company's voice", () => {
  it("takes “Our mission hasn't changed: we look after …”", async () => {
    expect(
      await texts(
        "# Orrin Land Care\n\n**What hasn't changed**\n\nOur mission hasn't changed: we look after the green spaces people rely on, and leave them richer in wildlife than we found them.\n",
      ),
    ).toEqual([
      "we look after the green spaces people rely on, and leave them richer in wildlife than we found them",
    ]);
  });

  it("leaves an opinion after the colon", async () => {
    expect(
      await texts("# Orrin Land Care\n\nOur mission is clear: we believe in people.\n"),
    ).toEqual([]);
  });
});

describe("a vision told as a noun and a clause with its own subject", () => {
  it("takes “The haulier every driver recommends.” under a vision heading", async () => {
    expect(
      await texts(
        "# Kestrel Freight\n\n## Vision\n\nThe haulier every driver recommends.\n",
        "vision",
      ),
    ).toEqual(["The haulier every driver recommends"]);
  });

  it("leaves “The team every day works hard.”, a time and not a subject", async () => {
    expect(
      await texts("# Kestrel Freight\n\n## Vision\n\nThe team every day works hard.\n", "vision"),
    ).toEqual([]);
  });
});

describe("two things proposed together", () => {
  it("does not read “a new vision for the Trust and a revised set of values to replace …” as a vision", async () => {
    expect(
      await texts(
        "# Kilnsey Trust\n\n### 5. Strategy refresh: vision and values\n\n5.1 The paper proposed a new vision for the Trust and a revised set of values to replace the six values adopted in 2018.\n",
        "vision",
      ),
    ).toEqual([]);
  });
});

describe("a page's title in the company's frame", () => {
  it("takes “# Tallowby exists to make irregular income feel regular.” as the mission", async () => {
    const m = await model(
      "# Tallowby exists to make irregular income feel regular.\n\nFour million people in the UK work for themselves.\n",
      true,
    );
    expect(m.mission.statements.map((s) => s.text)).toEqual(["make irregular income feel regular"]);
  });
});

describe("a quotation after a lead-in naming “the mission” of the page it reads", () => {
  const page = (lead: string) =>
    `---\ntitle: A review\ncompany: Corrow Bank\n---\n\n# A review\n\n## What the site says\n\n${lead}\n\n> “To help the farms and villages of the Dales save for the lean years.”\n\nIt is a good sentence.\n`;

  it("takes the quotation after “The About page puts the mission at the top, in big type:”", async () => {
    for (const [lead, kind] of [
      ["The new About page puts the mission right at the top, in big type:", "mission"],
      ["The homepage opens with the vision:", "vision"],
      ["Corrow's annual report leads with the mission statement:", "mission"],
    ] as const)
      expect(await texts(page(lead), kind, true), lead).toEqual([
        "help the farms and villages of the Dales save for the lean years",
      ]);
  });

  it("leaves one after a lead-in about serving the mission or another company's", async () => {
    for (const lead of [
      "To deliver the mission, the bank has promised:",
      "Thornley Bank, its rival, puts the mission on its homepage:",
    ])
      expect(await texts(page(lead), "mission", true), lead).toEqual([]);
  });

  it("reads no label of its own under it as the mission: “**Our mission is to:**” over a list", async () => {
    const body =
      "---\ntitle: A review\ncompany: Corrow Bank\n---\n\n# A review\n\nThe new plan sets out the mission as three lines on the wall:\n\n**Our mission is to:**\n\n- lend to the farms of the Dales\n- keep every branch open\n- answer the phone by the third ring\n\nIt opens with the mission, which isn't a sentence at all:\n\n> **Our mission**\n>\n> - Lend to the farms.\n> - Keep the branches.\n";
    expect(await texts(body, "mission", true)).not.toContainEqual(
      expect.stringMatching(/^our mission/i),
    );
  });
});
