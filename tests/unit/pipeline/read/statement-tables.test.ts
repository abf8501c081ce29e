/**
 * Statements a table gives row by row ("| **Our mission** | … |"): the row's cell may word the
 * statement in the company's everyday frame ("Acme exists to …", "We're here to …"), and the
 * statement starts after it.
 */
import { describe, expect, it } from "vitest";
import { statementTexts as texts } from "../../../helpers/pipeline.js";

const table = (mission: string) =>
  `# About Acme\n\nAcme mends bikes in Dunmore.\n\n| | |\n| --- | --- |\n| **Our mission** | ${mission} |\n| **Our vision** | A town where nobody needs a car to get to work. |\n`;

describe("a row that words the mission in an everyday frame", () => {
  it("starts after “Acme exists to”", async () => {
    expect(await texts(table("Acme exists to get every broken bike back on the road."))).toEqual([
      "get every broken bike back on the road",
    ]);
  });

  it("starts after “We're here to”", async () => {
    expect(await texts(table("We're here to get every broken bike back on the road."))).toEqual([
      "get every broken bike back on the road",
    ]);
  });

  it("still reads a row that states it plainly", async () => {
    expect(await texts(table("Get every broken bike back on the road."))).toEqual([
      "Get every broken bike back on the road",
    ]);
  });
});

describe("a row named Purpose", () => {
  const rows =
    "# About Acme\n\n| Statement | Wording |\n| --- | --- |\n| Mission | To get every broken bike back on the road. |\n| Vision | A town where nobody needs a car to get to work. |\n| Purpose | Keeping a small town moving on two wheels, whatever the weather. |\n";

  it("reads the purpose's words as a second mission", async () => {
    expect(await texts(rows)).toEqual([
      "get every broken bike back on the road",
      "Keeping a small town moving on two wheels, whatever the weather",
    ]);
  });

  it("reads no vision from a note saying what each row is", async () => {
    expect(
      await texts(
        `${rows}\nA note on the rows: the mission is what we do, the vision is the town we want to become, and the purpose is why it matters.\n`,
        "vision",
      ),
    ).toEqual(["A town where nobody needs a car to get to work"]);
  });
});

describe("a vision row worded as the world it wants, led by “Every” or “No”", () => {
  it("is the vision", async () => {
    for (const vision of [
      "Every grower in the dale trusting one haulier with their harvest.",
      "No family in Dunmore more than a mile from a working bike.",
    ])
      expect(
        await texts(
          `# About Acme\n\n| | |\n| --- | --- |\n| **Mission** | To get every broken bike back on the road. |\n| **Vision** | ${vision} |\n`,
          "vision",
        ),
      ).toEqual([vision.replace(/\.$/, "")]);
  });
});

describe("headers naming the statements over a row that quotes them, then rows about them", () => {
  const compared = (first: string) =>
    [
      "# Farrow Solar: mission and vision compared",
      "",
      "Farrow Solar fits rooftop panels across the Fens.",
      "",
      "| Mission statement | Vision statement |",
      "| --- | --- |",
      `| ${first} |`,
      "| Says what the company does now, and for whom. | Says what the region could become. |",
      "| Used in sales material. | Aimed at staff and partners. |",
      "",
    ].join("\n");

  it("reads each quoted cell as the statement its header names", async () => {
    const doc = compared(
      "“To make solar the easy choice for every Fenland home.” | “A Fenland where every roof earns its keep.”",
    );
    expect(await texts(doc)).toEqual(["make solar the easy choice for every Fenland home"]);
    expect(await texts(doc, "vision")).toEqual(["A Fenland where every roof earns its keep"]);
  });

  it("but not a first row of comments that quotes nothing", async () => {
    expect(
      await texts(
        compared(
          "Short and regional, which suits a local firm. | Hard to measure; no date is given.",
        ),
      ),
    ).toEqual([]);
  });
});

describe("columns headed by the old and the current statement, a row giving each wording", () => {
  it("reads the current column's wording as the mission, the old one as none", async () => {
    const body =
      "---\ntitle: Case\ncompany: Tarn Freight\n---\n\n# Case\n\nTarn Freight changed its mission in 2022.\n\n| | Old mission (2011–2022, no longer used) | Current mission (adopted 2022) |\n| --- | --- | --- |\n| Wording | “To be the cheapest haulier in the North.” | “To move our customers’ goods safely and on time.” |\n| Main stakeholder | Customers | Customers and staff |\n";
    expect(await texts(body, "mission", true)).toEqual([
      "move our customers’ goods safely and on time",
    ]);
  });
});
