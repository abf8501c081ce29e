/**
 * The wording given later in the key word's sentence, after words no frame names: "has a vision:
 * “…”", "sits a vision that first appeared in 2021 …: “…”", "read the vision off the wall, “…”",
 * "our vision has not moved either: a Norfolk where …" — when the words are shaped as a vision,
 * and no other naming word (a slogan, a value) stands between; a mission quoted so is not read.
 */
import { describe, expect, it } from "vitest";
import { statementTexts as texts } from "../../../helpers/pipeline.js";

const visions = (body: string) => texts(body, "vision");

describe("a wording later in the key word's sentence", () => {
  it("takes a vision the company has, quoted after a colon", async () => {
    expect(
      await visions(
        "# Acme\n\n## Strategy\n\nAcme also has a vision: “every market town in Norfolk with a grocer it owns”. It is more ambitious than the mission.\n",
      ),
    ).toEqual(["every market town in Norfolk with a grocer it owns"]);
  });

  it("takes a future place quoted after a long aside on where the vision first appeared", async () => {
    expect(
      await visions(
        "# Acme\n\n## Strategy\n\nAlongside the mission sits a vision that was first printed in the 2021 report and now has a page of its own: “a region where no child goes without a library card”.\n",
      ),
    ).toEqual(["a region where no child goes without a library card"]);
  });

  it("takes the vision read off a wall, quoted after a comma", async () => {
    expect(
      await visions(
        "# Acme\n\n## The away day\n\nPriya read the company vision off the wall, “a world where every bridge is inspected by someone who crosses it”, and we split into groups.\n",
      ),
    ).toEqual(["a world where every bridge is inspected by someone who crosses it"]);
  });

  it("leaves a mission “to …” quoted late in a sentence: as often an old or a rival's wording", async () => {
    expect(
      await texts(
        "# Acme\n\n## History\n\nThe mission took a while to settle; the first investors had pushed for “to own every till in the county”.\n",
      ),
    ).toEqual([]);
  });

  it("leaves a target quoted after the vision", async () => {
    expect(
      await visions(
        "# Acme\n\n## Targets\n\nThe vision sits beside a hard number the board keeps repeating, “a thousand member farms by 2032”.\n",
      ),
    ).toEqual([]);
  });

  it("takes an unquoted future place after a colon", async () => {
    expect(
      await visions(
        "# Acme\n\n## A note from the chief executive\n\nAnd our vision has not moved either: a Norfolk where growing old at home is something people look forward to.\n",
      ),
    ).toEqual(["a Norfolk where growing old at home is something people look forward to"]);
  });

  it("takes an unquoted future place after “is”, with words between", async () => {
    expect(
      await visions(
        "# Acme\n\n## Town hall\n\nThe vision the trustees signed off last spring is a valley where nobody thinks twice about the bus fare.\n",
      ),
    ).toEqual(["a valley where nobody thinks twice about the bus fare"]);
  });

  it("leaves a remark quoted after the key word", async () => {
    expect(
      await visions(
        "# Acme\n\n## Reactions\n\nAsked about the vision, the chair said only “we will look at it again after the merger”.\n",
      ),
    ).toEqual([]);
  });

  it("leaves a short verdict quoted after the key word", async () => {
    expect(
      await visions(
        "# Acme\n\n## Reactions\n\nSeveral staff called the vision “corporate wallpaper” in the survey.\n",
      ),
    ).toEqual([]);
  });

  it("leaves a slogan quoted after the vision is spoken of", async () => {
    expect(
      await visions(
        "# Acme\n\n## Branding\n\nThe vision gets far less attention than the slogan, “a bakery where the bread is still warm at noon”.\n",
      ),
    ).toEqual([]);
  });

  it("leaves a wording cut off with an ellipsis, and a draft after a label", async () => {
    expect(
      await visions(
        "# Acme\n\n## Drafting tips\n\nMany boards write the vision as a rank (“to be the leading provider of…”), which helps nobody.\n\n*Suggested vision:* “A county where every tenant knows the name of their housing officer.”\n",
      ),
    ).toEqual([]);
  });
});
