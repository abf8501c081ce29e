/**
 * Values announced in everyday words, as ordinary pages introduce them (the ea- batch): "four
 * things we try to hold on to, whoever is on shift:" over bold-named bullets.
 */
import { describe, expect, it } from "vitest";
import { model, valueSetNames } from "../../../helpers/pipeline.js";

describe("a counted lead-in with what the company tries to hold on to", () => {
  const page =
    "# Acme\n\n## How we run the shop\n\nThere are three things we try to hold on to, whoever is on shift:\n\n- **Be kind** – everyone gets a smile.\n- **Be quick** – nobody waits long.\n- **Be fair** – one price for all.\n";

  it("reads the bullets as the values", async () => {
    expect(await valueSetNames(page)).toEqual([["Be kind", "Be quick", "Be fair"]]);
  });

  it("counts them", async () => {
    const m = await model(page);
    expect(m.valueSets[0]?.declaredCount).toBe(3);
  });
});
