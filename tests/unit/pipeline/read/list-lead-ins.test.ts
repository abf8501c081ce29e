/**
 * A list after a lead-in ending in a colon is the mission only when the lead-in announces the
 * mission itself — not the means that serve it ("To deliver our mission, we will:") and not a
 * list its last sentence names as something else ("… Its values are:").
 */
import { describe, expect, it } from "vitest";
import { statementTexts as texts } from "../../../helpers/pipeline.js";

describe("lists after a lead-in", () => {
  it("leaves the actions announced by “To deliver our mission, we will:”", async () => {
    expect(
      await texts(
        "# About\n\n## How we work\n\nTo deliver our mission over the next three years, we will:\n\n- open two more clinics in the valley\n- train six nurses a year\n",
      ),
    ).toEqual([]);
  });

  it("leaves a list whose lead-in's last sentence names values, after a quoted mission", async () => {
    expect(
      await texts(
        '# Examples\n\n## Acme\n\nAcme\'s mission statement reads: "to mend every shoe worth mending." Its values are painted above the counter:\n\n- Listen first\n- Quote honestly\n',
      ),
    ).toEqual(["mend every shoe worth mending"]);
  });

  it("still takes a list announced by “we refreshed our mission. It now reads:”", async () => {
    expect(
      await texts(
        "# News\n\nThis spring we refreshed our mission. It now reads:\n\n- to mend every shoe worth mending\n- to teach the trade to two apprentices a year\n",
      ),
    ).toEqual(["mend every shoe worth mending; to teach the trade to two apprentices a year"]);
  });
});

describe("a vision set out as lines under its heading", () => {
  const page = (heading: string, items: string) =>
    `---\ntitle: Case\ncompany: Tarn Rail\n---\n\n# Case\n\nTarn Rail's purpose is "to run trains people can set their watch by."\n\nThe board also published a vision, set out as three lines:\n\n### ${heading}\n\n${items}\nFour values were adopted too.\n`;

  it("is one vision in parts: “- every town within an hour of Kendal by rail”, …", async () => {
    expect(
      await texts(
        page(
          "Vision 2035",
          "- every valley town within an hour of Kendal by rail\n- zero-emission trains on every line\n- a railway passengers would recommend to a friend\n",
        ),
        "vision",
      ),
    ).toEqual([
      "every valley town within an hour of Kendal by rail; zero-emission trains on every line; a railway passengers would recommend to a friend",
    ]);
  });

  it("is no vision when the lines are short names (its pillars) or labelled parts", async () => {
    for (const items of [
      "- Quality\n- People\n- Partnerships\n",
      "- **Reach**: every valley town within an hour of Kendal\n- **Fleet**: zero-emission trains on every line\n",
    ])
      expect(await texts(page("Our vision", items), "vision"), items).toEqual([]);
  });
});
