/**
 * Misses of the sixth blind probe batch (tests/corpus/dev/ds-*): a mission stated in its section's
 * heading, a past "described its mission as “…”", a report title's topic words.
 */
import { describe, expect, it } from "vitest";
import { model, statementTexts as texts } from "../../../helpers/pipeline.js";

describe("a statement in a heading", () => {
  it("takes “## Our mission: to make …”", async () => {
    expect(
      await texts(
        "# Brisa Bank\n\n## Our mission: to make everyday banking fair, simple and boring again\n\nBrisa is a digital bank.\n",
      ),
    ).toEqual(["make everyday banking fair, simple and boring again"]);
  });

  it("leaves “## The mission: a closer look”", async () => {
    expect(await texts("# Acme\n\n## The mission: a closer look\n\nAcme sells tea.\n")).toEqual([]);
  });
});

describe("a wording given in the past", () => {
  it("takes “described its mission as “to become …”” as a second wording", async () => {
    expect(
      await texts(
        "# Yarrow\n\nYarrow's mission is to make honest cheese from our own herd.\n\nIn its 2024 grant application the company described its mission as “to become the South West's leading artisan cheese brand”.\n",
      ),
    ).toEqual([
      "make honest cheese from our own herd",
      "become the South West's leading artisan cheese brand",
    ]);
  });
});

describe("a report's title", () => {
  it("ends the name at the report's topic words", async () => {
    const m = await model(
      "# Calder Paper Sustainability Report 2025 — Introduction\n\n## Our purpose\n\nOur purpose is to make paper people can use with a clear conscience.\n",
      true,
    );
    expect(m.meta.company).toBe("Calder Paper");
  });
});

describe("someone else's description", () => {
  it("leaves a writer's “described the company's vision as “…””", async () => {
    expect(
      await texts(
        '# Highmoor\n\nHighmoor envisions a country where every child has slept under the stars.\n\nThe outdoor writer Dan Ormsby once described the company\'s vision as "a country where every child camps, as long as the tent came from Highmoor".\n',
        "vision",
      ),
    ).toEqual(["a country where every child has slept under the stars"]);
  });
});
