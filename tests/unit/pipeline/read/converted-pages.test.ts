/**
 * Pages as HTML-to-Markdown converters leave them: a breadcrumb trail, a footer of links after a
 * rule, a "you may also like" strip of priced products, cards flattened into a bold line over a
 * paragraph (the last card followed by a pull quote or a line of links), a count in a heading
 * opening with "The", bold-led paragraphs under "What guides us", and a mission given as one
 * sentence spread over bullets.
 */
import { describe, expect, it } from "vitest";
import {
  diagnostics,
  model,
  valueSetNames as sets,
  statementTexts as texts,
} from "../../../helpers/pipeline.js";

describe("page furniture is no set of values", () => {
  it("a breadcrumb trail under a values title names no values", async () => {
    const body =
      "# Brook Lamps — Story & Values\n\nHome / Lighting / Brook Lamps\n\nWe make lamps in a small workshop.\n";
    expect(await sets(body)).toEqual([]);
  });

  it("a footer after the page's last rule is furniture, even with a sign-up line after it", async () => {
    const body =
      "## Our values\n\n- **Patience** — we take the time a lamp needs.\n- **Thrift** — we waste no brass.\n\n---\n\nBrook Lamps Ltd · [Returns](/returns) · [Stockists](/stockists) · [Privacy](/privacy)\n\nSign up for news: [Email] [Join]\n";
    expect(await sets(body)).toEqual([["Patience", "Thrift"]]);
  });

  it("a list of products with their prices is no set of values", async () => {
    const body =
      "## Our values\n\n- **Patience** — we take the time a lamp needs.\n- **Thrift** — we waste no brass.\n\n### Related items\n\n- Brook Desk Lamp — £120.00\n- Brook Floor Lamp — £240.00\n- Spare shade — $18\n";
    expect(await sets(body)).toEqual([["Patience", "Thrift"]]);
  });
});

describe("cards flattened into bold lines", () => {
  const cards =
    "# About us\n\nValues\n\nThe two values behind every lamp:\n\n**Slow hands**\n\nEvery lamp is wired by one person.\n\n**Brass that lasts**\n\nWe polish rather than lacquer.\n\n**Spare parts forever**\n\nWe keep a part for every lamp we have sold.\n\n";

  it("keeps the last card when a pull quote follows it", async () => {
    const m = await model(`${cards}> "We make lamps to be handed down."\n> — the founders\n`);
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["Slow hands", "Brass that lasts", "Spare parts forever"],
    ]);
    expect(diagnostics(m, "count-mismatch")).toHaveLength(1);
  });

  it("keeps the last card when a line of links and a sign-up follow it", async () => {
    expect(
      await sets(
        `${cards}[See our lamps →](/lamps) · [Visit us →](/visit)\n\nJoin our list for news of new designs.\n`,
      ),
    ).toEqual([["Slow hands", "Brass that lasts", "Spare parts forever"]]);
  });

  it("reads “Results” after the cards as a part of its own, a pull quote closing it", async () => {
    expect(
      await sets(
        `${cards}**Results**\n\nA year on, sales were up a third.\n\n> "We know what we are for now." — the owner\n`,
      ),
    ).toEqual([["Slow hands", "Brass that lasts", "Spare parts forever"]]);
  });

  it("takes the count of a heading that opens with “The”", async () => {
    const m = await model(
      "## The three things Brook Lamps stands for\n\n**Slow hands**\n\nEvery lamp is wired by one person.\n\n**Brass that lasts**\n\nWe polish rather than lacquer.\n\n**Spare parts forever**\n\nWe keep a part for every lamp we have sold.\n",
    );
    expect(m.valueSets[0]?.declaredCount).toBe(3);
  });

  it("reads bold-led paragraphs under “What guides us” as values, a long name among them", async () => {
    const body =
      "## What guides us\n\n**Patient-led** — Patients sit on our board.\n\n**Whole household** — We help the people around the patient too.\n\n**Never a queue for a call back** — Anyone who rings hears from a nurse that day.\n\n**Stubbornly local** — Our nurses live where they work.\n";
    expect(await sets(body)).toEqual([
      ["Patient-led", "Whole household", "Never a queue for a call back", "Stubbornly local"],
    ]);
  });
});

describe("a mission spread over bullets", () => {
  it("reads the bullets as one statement when the last opens with “and”", async () => {
    expect(
      await texts(
        "## Our mission\n\n- To reach patients early, before illness takes hold;\n- to give them a nurse they know;\n- and to make sure the hospitals hear what patients need.\n",
      ),
    ).toEqual([
      "reach patients early, before illness takes hold; to give them a nurse they know; and to make sure the hospitals hear what patients need",
    ]);
  });
});

describe("how a mission is carried out is part of it", () => {
  it("keeps “, working hand in hand with …” after the mission", async () => {
    expect(
      await texts(
        "## Our mission\n\nOur mission is to give every child in the valley a confident start at school, working hand in hand with their parents.\n",
      ),
    ).toEqual([
      "give every child in the valley a confident start at school, working hand in hand with their parents",
    ]);
  });
});

describe("what values are rooted in", () => {
  it("reads no list in “rooted in a tradition while welcoming A and B”", async () => {
    const body =
      "## Our values\n\n1. Kindness – we look after each other.\n2. Courage – we try hard things.\n\n### Faith\n\nOur values are rooted in the Quaker tradition while welcoming families of every faith and none.\n";
    expect(await sets(body)).toEqual([["Kindness", "Courage"]]);
  });

  it("reads no list in “founded in <place> in <year> by …”: where and when, not on what", async () => {
    const body =
      "## Our values\n\nDunmore & Pike was founded in Carlisle in 1904 by Edith Pike, a land agent who worked from farm kitchens, cattle sales and village halls.\n\n### Plain speaking\n\nWe say what we think.\n\n### Local by choice\n\nWe stay in the county.\n";
    expect(await sets(body)).toEqual([["Plain speaking", "Local by choice"]]);
  });

  it("still reads “built on a, b and c” and “rooted in a, b and c”", async () => {
    for (const verb of ["built on", "rooted in", "founded on"]) {
      const body = `## Our values\n\nOur work is ${verb} patience, thrift and care for the river.\n`;
      expect(await sets(body), verb).toEqual([["patience", "thrift", "care for the river"]]);
    }
  });
});

describe("a photo's caption under a values heading", () => {
  it("reads no set from “Ann, Joe and the first van outside the bakery, 1971.”", async () => {
    const body =
      "# Our story\n\n## What we value\n\n- **Warmth** – every guest by name.\n- **Thrift** – nothing wasted.\n\n![The first van](van.jpg)\n\nAnn, Joe and the first van outside the bakery, 1971.\n";
    expect(await sets(body)).toEqual([["Warmth", "Thrift"]]);
  });
});

describe("a numbered list a converter split with a comment", () => {
  it("is one list when the second part goes on with the numbering", async () => {
    const body =
      "# Acme\n\n## Our values\n\nWe have four values:\n\n1.  **Thrift** \\- nothing wasted.\n\n2.  **Care** \\- for each other.\n\n3.  **Pace** \\- same day.\n\n<!-- -->\n\n4.  **Candour** \\- say it plainly.\n";
    expect(await sets(body)).toEqual([["Thrift", "Care", "Pace", "Candour"]]);
  });

  it("keeps two lists apart when the second starts again at 1", async () => {
    const body =
      "# Acme\n\n## Our values\n\n1. **Thrift** – nothing wasted.\n2. **Care** – for each other.\n\n<!-- -->\n\n1. **Phone us** – any time.\n2. **Write** – to the office.\n";
    expect((await sets(body)).length).toBe(2);
  });
});

describe("a PDF's running footer pasted between a list's parts", () => {
  it("is one list, and the footer no set", async () => {
    const footer = "Tarn Credit Union | Annual Report 2024–25                Page 4 of 12";
    const body = `# Annual report\n\n${footer.replace("4", "1")}\n\n## Our values\n\nOur four values were agreed in 2021.\n\n1. Fair – the same rates for everyone.\n2. Thrifty – we spend with care.\n\n${footer}\n\n3. Local – our money stays in the area.\n4. Prudent – we lend what can be repaid.\n\n## The year in numbers\n\nMembers grew.\n`;
    expect(await sets(body)).toEqual([["Fair", "Thrifty", "Local", "Prudent"]]);
  });
});

describe("names run into their descriptions (a page imported without its line breaks)", () => {
  it("reads glyph-led accordion lines “▸ Curious We ask …” as named values", async () => {
    const body =
      "## How we behave\n\nWe have four behaviours:\n\n" +
      "▸ Steady We finish what we start, even when the weather turns.\n\n" +
      "▸ Open Share the plan. Share the mistakes as well as the wins.\n\n" +
      "▸ Careful Measure twice before the saw comes out.\n\n" +
      "▸ Warm Every visitor to the yard gets a chair and a mug of tea.\n";
    expect(await sets(body)).toEqual([["Steady", "Open", "Careful", "Warm"]]);
  });

  it("reads a run-on list under “The way we work” as the habits it names", async () => {
    const body =
      "## 3. The way we work\n\nThese are habits, not rules.\n\n" +
      "- Say it early Problems are cheaper on Monday than on Friday.\n" +
      "- Keep it tidy A clean bench is a safe bench.\n" +
      "- Ask the customer Most arguments end when someone phones them.\n";
    expect(await sets(body)).toEqual([["Say it early", "Keep it tidy", "Ask the customer"]]);
  });

  it("does not name a list of events under “The way we work” by a date's first word", async () => {
    const body =
      "## The way we work\n\n- Monday Team Meeting in the yard office\n- Friday Lunch At the Anchor\n";
    expect(await sets(body)).toEqual([]);
  });
});

describe("cards pasted as plain paragraphs", () => {
  it("reads a plain name line over its caption, card by card, under a values heading", async () => {
    const m = await model(
      "## Our values\n\nKindness\n\nWe treat every resident as we would treat our own family.\n\n" +
        "Respect\n\nWe knock, we ask, and we listen to the answer.\n\n" +
        "Openness\n\nWe tell families what is happening, good and bad.\n\n## Contact us\n\nCall the office.\n",
    );
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["Kindness", "Respect", "Openness"],
    ]);
    expect(m.valueSets[0]?.values[2]?.description).toBe(
      "We tell families what is happening, good and bad.",
    );
  });

  it("reads no set from plain lines over sentences outside a values part", async () => {
    const m = await model(
      "## Visiting\n\nMornings\n\nThe lounge is quiet until ten.\n\nEvenings\n\nSupper is served at six.\n",
    );
    expect(m.valueSets).toEqual([]);
  });
});

describe("accordions written in HTML", () => {
  it("reads each <details> as its summary's name over its text, under a values heading", async () => {
    const card = (name: string, text: string) =>
      `<details>\n<summary>${name}</summary>\n${text}\n</details>`;
    const m = await model(
      `## Our values\n\n${card("Safety first", "Nobody drives tired, and every load is checked twice.")}\n\n${card("Own it", "If something goes wrong, we fix it before we explain it.")}\n\n${card("One team", "Drivers, planners and warehouse staff share one canteen and one bonus.")}\n`,
    );
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["Safety first", "Own it", "One team"],
    ]);
    expect(m.valueSets[0]?.values[1]?.description).toBe(
      "If something goes wrong, we fix it before we explain it.",
    );
  });
});

describe("a run of bold names over captions", () => {
  it("takes the first caption with its name, so the last caption is not read again as a list", async () => {
    const m = await model(
      "## Our values\n\n**Safety first**\n\nNobody drives tired.\n\n**Own it**\n\nWe fix it before we explain it.\n\n" +
        "**One team**\n\nDrivers, planners and warehouse staff share one canteen and one bonus.\n",
    );
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["Safety first", "Own it", "One team"],
    ]);
  });
});
