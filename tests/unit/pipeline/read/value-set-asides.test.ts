/**
 * A set named in a sentence that goes on past it: a relative clause after the last name
 * ("respect, resilience and responsibility, which the schools teach as …"), or the names in
 * brackets after the set word with no count ("values (Durability, Openness, Fairness and Joy)
 * are printed …").
 */
import { describe, expect, it } from "vitest";
import { model, valueSetNames as sets } from "../../../helpers/pipeline.js";

describe("a relative clause after the last name", () => {
  it("reads “Acme's values are respect, resilience and responsibility, which …”", async () => {
    expect(
      await sets(
        '# Acme\n\n## Values\n\nAcme\'s values are respect, resilience and responsibility, which the schools teach as "the three Rs". They hang on every wall.\n',
      ),
    ).toEqual([["respect", "resilience", "responsibility"]]);
  });
});

describe("names in brackets after the set word", () => {
  it("reads “Acme's values (Durability, Openness, Fairness and Joy) are printed …”", async () => {
    expect(
      await sets(
        "# Acme\n\n## The values\n\nAcme's values (Durability, Openness, Fairness and Joy) are printed on the wall of every staff room.\n",
      ),
    ).toEqual([["Durability", "Openness", "Fairness", "Joy"]]);
  });

  it("reads names in brackets with no “and” (“Otterbrook's values (safety first, patience, leave no trace) live …”)", async () => {
    expect(
      await sets(
        "# Otterbrook\n\nA: Keep them separate. Otterbrook's values (safety first, patience, leave no trace) live on their own board by the slipway.\n",
      ),
    ).toEqual([["safety first", "patience", "leave no trace"]]);
  });

  it("reads as many bracketed names as counted, with no “and” (“Our four values (Mutual, Prudent, Local, Plain-spoken) also stay …”)", async () => {
    const m = await model(
      "# Memo\n\nOur four values (Mutual, Prudent, Local, Plain-spoken) also stay as they are. They were refreshed in 2021.\n",
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [4, ["Mutual", "Prudent", "Local", "Plain-spoken"]],
    ]);
  });

  it("does not read the bracketed names of a former set (“The old page had five values (Warmth, Speed, …) with little icons. All gone.”)", async () => {
    expect(
      await sets(
        "# Caddow Coffee\n\nNow the strange bit. The old page had five values (Warmth, Speed, Consistency, Welcome, Craft) with little icons. All gone.\n",
      ),
    ).toEqual([]);
  });

  it("does not read bracketed references or figures with no “and” (“values (see page 4, section 2, annex B)”)", async () => {
    expect(
      await sets(
        "# Acme\n\nAcme's values (see page 4, section 2, annex B) are printed on the wall. So are its principles (2019, 2021, 2024) in the lobby.\n",
      ),
    ).toEqual([]);
  });

  it("does not read an aside about the values (“values (agreed in 2019 by staff) are printed …”)", async () => {
    expect(
      await sets(
        "# Acme\n\n## The values\n\nAcme's values (agreed in 2019 by staff and trustees) are printed on the wall.\n",
      ),
    ).toEqual([]);
  });
});

describe("the page's furniture under labels", () => {
  it("does not read “*Photo caption: …*” and “**Read next:** …” as a set after the values", async () => {
    expect(
      await sets(
        "# Acme\n\n## Values\n\nAcme lists four values:\n\n- **Safety first** — no job is rushed.\n- **Straight answers** — prices up front.\n- **Local roots** — crews from the county.\n- **Long-term thinking** — panels that last.\n\n## Verdict\n\nThe four values are practical enough to use on a job sheet.\n\n*Photo caption: A crew fits panels to a terrace.*\n\n**Read next:** [Community energy explained](/guides/energy)\n",
      ),
    ).toEqual([["Safety first", "Straight answers", "Local roots", "Long-term thinking"]]);
  });
});

describe("a counted lead over a line of short sentences", () => {
  it("reads “Four things, painted by …:” over “Measure twice. Own your bench. Tell it straight. Leave it tidy.”", async () => {
    const m = await model(
      '# Interview\n\n**What are the values?**\n\nFour things, painted by one of our apprentices when we rewrote them in 2021:\n\nMeasure twice. Own your bench. Tell it straight. Leave it tidy.\n\n"Own your bench" is the one people ask about.\n',
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [4, ["Measure twice", "Own your bench", "Tell it straight", "Leave it tidy"]],
    ]);
  });

  it("does not read a line whose sentences are not as many as counted", async () => {
    expect(
      await sets("# Interview\n\nThree things matter here:\n\nWe open early. We close late.\n"),
    ).toEqual([]);
  });
});

describe("a list under a vision-and-values heading that its lead-in calls the values", () => {
  it("reads “The values … have not changed. Acme lists three:” over Name – description bullets as values", async () => {
    const m = await model(
      "# Acme\n\n## The vision and values\n\nAcme has published a vision: a high street in every town with a proper bakery on it.\n\nThe values, on the other hand, have not changed since 2009. Acme lists three:\n\n- **Patience** – long fermentation.\n- **Provenance** – flour from named mills.\n- **Generosity** – unsold bread goes to food banks.\n",
    );
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["Patience", "Provenance", "Generosity"],
    ]);
    expect(m.valueSets[0]?.declaredCount).toBe(3);
    expect(m.pillars).toBeNull();
  });
});

describe("a textbook's checklist of mission components", () => {
  it("does not read “the familiar checklist of mission components: customers, …” as pillars", async () => {
    const m = await model(
      "# Acme\n\n## Evaluating the statement\n\nA useful starting point is the familiar checklist of mission components: customers, products and services, markets, technology, philosophy, public image and employees. Acme's statement covers some of these.\n",
    );
    expect(m.pillars).toBeNull();
  });
});

describe("a set announced inside a list item, over its nested list", () => {
  it("reads the nested list under “- … We agreed five values:” (meeting notes), not the notes", async () => {
    const m = await model(
      "# Away day\n\n## 4. Values\n\n- Pre-read had 7 candidate values from the staff workshop\n- Dot vote plus discussion narrowed them down. We agreed five values:\n  - **Welcome** – everyone is expected\n  - **Ambition** – small town, big work\n  - **Play** – we take fun seriously\n  - **Roots** – we belong to Tidewell\n- Dropped:\n  - Excellence – felt exclusive\n- Staff to write a line for each before anything goes public\n",
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [5, ["Welcome", "Ambition", "Play", "Roots"]],
    ]);
  });
});

describe("asides after a dash, each one adverb", () => {
  it("are no names: 'Our four values spell our name — well, nearly!'", async () => {
    expect(
      await sets(
        "## Our values\n\nOur four values spell our name — well, nearly! You will see them on every wall.\n\n### Wonder\n\nText.\n\n### Respect\n\nText.\n\n### Encouragement\n\nText.\n\n### Nurture\n\nText.\n",
      ),
    ).toEqual([["Wonder", "Respect", "Encouragement", "Nurture"]]);
  });
});
