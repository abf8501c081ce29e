/**
 * Misses of the fourth blind probe batch (tests/corpus/dev/dq-*): templates with [placeholders] and
 * filled-in examples, a unit's statement ("The library's vision …") on its parent's page, a values
 * sentence whose subject is the list, a title name with "of" ("City of Carrick").
 */
import { describe, expect, it } from "vitest";
import { model } from "../../../helpers/pipeline.js";

const texts = async (body: string, kind: "mission" | "vision" = "mission", raw = false) =>
  (await model(body, raw))[kind].statements.map((s) => s.text);

describe("templates and examples", () => {
  it("does not take a template with [placeholders]", async () => {
    expect(
      await texts(
        "# Template\n\n## The template\n\n> Our mission is to [what you do] for [who you serve].\n",
      ),
    ).toEqual([]);
  });

  it("does not take filled-in examples under an examples heading", async () => {
    expect(
      await texts(
        "# Template\n\n## Three filled-in examples\n\n- **A bakery:** Our mission is to bake fresh bread for our neighbours every day.\n- **A plumber:** Our mission is to fix leaks for busy families before the weekend.\n",
      ),
    ).toEqual([]);
  });

  it("still takes the company's real statement under an example heading", async () => {
    const body =
      "---\ntitle: T\ncompany: Ellery Hardware\n---\n\n# Guide\n\n## A real example: Ellery Hardware\n\nEllery Hardware states its mission as “to help every household in Bath fix things instead of throwing them away.”\n";
    expect(await texts(body, "mission", true)).toEqual([
      "help every household in Bath fix things instead of throwing them away",
    ]);
  });
});

describe("a unit's statement on its parent's page", () => {
  it("does not take “The library's vision is …” on a city's page", async () => {
    const body =
      "---\ntitle: T\ncompany: City of Carrick\n---\n\n# About\n\nOur vision is a connected, green Carrick.\n\n## Departments\n\nThe library's vision is a city where everyone can read, learn and connect.\n";
    expect(await texts(body, "vision", true)).toEqual(["a connected, green Carrick"]);
  });

  it("still takes “the bakery's mission” on a bakery's page", async () => {
    const body =
      "---\ntitle: T\ncompany: Rosalind's Bakery\n---\n\n# About\n\nThe bakery's mission is to bake bread the whole street can afford.\n";
    expect(await texts(body, "mission", true)).toEqual(["bake bread the whole street can afford"]);
  });
});

describe("values and names", () => {
  it("reads “Integrity, Service, Stewardship and Respect guide everything …” in a values section", async () => {
    const m = await model(
      "## Core Values\n\nIntegrity, Service, Stewardship and Respect guide everything the city does.\n",
    );
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["Integrity", "Service", "Stewardship", "Respect"],
    ]);
  });

  it("takes a title's lead name with “of” (“City of Carrick: About the City”)", async () => {
    const m = await model(
      "# City of Carrick: About the City\n\nThe City of Carrick is a city. The City of Carrick's mission is to serve. Carrick Public Library has four branches. Carrick Public Library lends books.\n",
      true,
    );
    expect(m.meta.company).toBe("City of Carrick");
  });
});
