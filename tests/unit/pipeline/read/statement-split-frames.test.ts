/**
 * A statement whose frame is split over two sentences ("Our mission is short. It is to …") or
 * worded the everyday way ("We exist so that …"): the statement is what follows the frame.
 */
import { describe, expect, it } from "vitest";
import { statementTexts } from "../../../helpers/pipeline.js";

describe("“is short.” then “It is to …”", () => {
  it("starts the statement after the second sentence's “It is”", async () => {
    expect(
      await statementTexts(
        "# About\n\nOur purpose is short. It is to mend every bicycle in the parish before winter comes.\n",
      ),
    ).toEqual(["mend every bicycle in the parish before winter comes"]);
  });

  it("still reads a next sentence with no frame of its own whole", async () => {
    expect(
      await statementTexts(
        "# About\n\nOur vision is simple to state. A parish where every child cycles to school.\n",
        "vision",
      ),
    ).toEqual(["A parish where every child cycles to school"]);
  });
});

describe("“We exist so that …” in the middle of a paragraph", () => {
  it("reads the clause after “so that” as the mission", async () => {
    expect(
      await statementTexts(
        "# Hollow Lane Pantry\n\nVolunteers sort the shelves every Friday. We exist so that no family on the estate goes without a hot meal. Last year we served 9,000 of them.\n",
      ),
    ).toEqual(["no family on the estate goes without a hot meal"]);
  });

  it("leaves another organisation's “X exists so that …”", async () => {
    expect(
      await statementTexts(
        "# Hollow Lane Pantry\n\nWe work beside the council. Brackley Trust exists so that landlords pay their fees on time.\n",
      ),
    ).toEqual([]);
  });
});

describe("the key word in an opening “if” clause", () => {
  it("reads what the main clause's “it is” gives", async () => {
    expect(
      await statementTexts(
        "# Letter\n\nPeople ask where this is going. If you want our vision in one sentence, it is a valley where every village keeps its bus. We are far from it.\n",
        "vision",
      ),
    ).toEqual(["a valley where every village keeps its bus"]);
  });

  it("leaves an “if” clause that states a condition on the mission", async () => {
    expect(
      await statementTexts(
        "# Letter\n\nIf we ever forget our mission in a busy month, it is time to stop and reread the charter.\n",
      ),
    ).toEqual([]);
  });

  it("leaves an answer that gives no wording", async () => {
    expect(
      await statementTexts(
        "# Letter\n\nIf you ask us about our vision, it is a story for another day.\n",
        "vision",
      ),
    ).toEqual([]);
  });
});

describe("“It sets out to …” after a sentence about the company", () => {
  const page = (body: string) =>
    `---\ntitle: About\ncompany: Marlow Cycle Trust\n---\n\n# Who we are\n\n${body}\n`;

  it("reads it as the company's mission", async () => {
    expect(
      await statementTexts(
        page(
          "Marlow Cycle Trust opened in a garage in 2011. It sets out to put a working bike in every home in the valley. We now run four workshops.",
        ),
        "mission",
        true,
      ),
    ).toEqual(["put a working bike in every home in the valley"]);
  });

  it("leaves “It sets out to …” about something else", async () => {
    expect(
      await statementTexts(
        page("The council published a new cycling plan. It sets out to build ten miles of lanes."),
        "mission",
        true,
      ),
    ).toEqual([]);
  });

  it("reads “The company says it exists to …” and “says the trust exists “to …”” as the company's", async () => {
    for (const sentence of [
      "The company says it exists to put a working bike in every home in the valley.",
      "The new sign says the trust exists “to put a working bike in every home in the valley”.",
      "The trust's About page says it exists to put a working bike in every home in the valley.",
    ])
      expect(await statementTexts(page(sentence), "mission", true)).toEqual([
        "put a working bike in every home in the valley",
      ]);
  });

  it("leaves “The council says it exists to …” to the council", async () => {
    expect(
      await statementTexts(
        page("The council says it exists to build ten miles of lanes."),
        "mission",
        true,
      ),
    ).toEqual([]);
  });

  it("keeps a “before …” clause when the page later restates it without", async () => {
    expect(
      await statementTexts(
        page(
          "Marlow Cycle Trust opened in a garage in 2011. It sets out to fix every child's bike in the valley before the school year starts.\n\n## Today\n\nThe trust's mission is still to fix every child's bike in the valley.",
        ),
        "mission",
        true,
      ),
    ).toEqual(["fix every child's bike in the valley before the school year starts"]);
  });
});
