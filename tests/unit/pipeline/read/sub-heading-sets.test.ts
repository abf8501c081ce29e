/**
 * A sub-heading naming a set ("### Our values") inside a broader part ("## Who we are"), with a
 * paragraph introducing the set between it and its list: the heading still titles the list.
 */
import { describe, expect, it } from "vitest";
import { valueSetNames } from "../../../helpers/pipeline.js";

const page = (intro: string, items: string) =>
  `## Who we are\n\nWe run 61 reservoirs and 38 treatment works.\n\n### Our values\n\n${intro}\n\n${items}\n## How we create value\n\nWe pay no dividends.\n`;

describe("a set under its sub-heading, after an introduction", () => {
  it("reads bold names under “### Our values” after a paragraph on what they are for", async () => {
    expect(
      await valueSetNames(
        page(
          "Our values describe how we expect every colleague to behave. They were renewed in 2023 after talks with staff.",
          "- **Act safely** – nobody's job is so urgent that it cannot be done safely.\n- **Own it** – we take responsibility and see things through.\n- **Work as one** – we share what we know across teams.\n",
        ),
      ),
    ).toEqual([["Act safely", "Own it", "Work as one"]]);
  });

  it("leaves a plain list the introduction gives as something else", async () => {
    expect(
      await valueSetNames(
        page("Our people work from three offices:", "- Carnford\n- Ardle Quay\n- Strathmuir\n"),
      ),
    ).toEqual([]);
  });
});
