/**
 * A short name the page defines for the company in brackets after its full name ("Northfell
 * Water Partnership (NWP)"): the statements it then owns under that name are the company's.
 */
import { describe, expect, it } from "vitest";
import { shortNames } from "../../../../src/pipeline/read/short-names.js";
import { model } from "../../../helpers/pipeline.js";

describe("a short name defined in brackets", () => {
  it("reads the bracketed acronym or short form after the full name", () => {
    expect(
      shortNames(
        "Northfell Water Partnership (NWP) was set up in 1998.",
        "Northfell Water Partnership",
      ),
    ).toEqual(["NWP"]);
    expect(
      shortNames("Brisling Mutual (“the Mutual”) lends to fishers.", "Brisling Mutual"),
    ).toEqual(["the Mutual"]);
  });

  it("ignores brackets that hold no name: a year, a place's note, lower-case words", () => {
    expect(
      shortNames("Northfell Water Partnership (2019) said so.", "Northfell Water Partnership"),
    ).toEqual([]);
    expect(
      shortNames("Northfell Water Partnership (see below) said so.", "Northfell Water Partnership"),
    ).toEqual([]);
    expect(shortNames("Another Group (AG) said so.", "Northfell Water Partnership")).toEqual([]);
  });

  const page =
    "# Northfell Water Partnership: an analysis\n\n" +
    "Northfell Water Partnership (NWP) is a charity that repairs village wells.\n\n" +
    "## Mission\n\nNWP's mission is “to bring clean water within a short walk of every home in the dales.”\n\n" +
    "## Vision\n\nNWP's vision is “a valley where no child misses school to fetch water.”\n";

  it("takes the statements owned by the short name as the company's", async () => {
    const m = await model(page, true);
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "bring clean water within a short walk of every home in the dales",
    ]);
    expect(m.vision.statements.map((s) => s.text)).toEqual([
      "a valley where no child misses school to fetch water",
    ]);
  });
});
