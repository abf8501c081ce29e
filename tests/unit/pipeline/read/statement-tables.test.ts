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
