/**
 * Third-party pages' furniture: a forum post's author line ("u/name · 3d · 👍 112") names no
 * values, a profile headed "Hallow Lane Food Bank in brief" is no summary of the page, and an
 * aside in brackets may stand between the key word and "is".
 */
import { describe, expect, it } from "vitest";
import { frontFor, model, statementTexts as texts } from "../../../helpers/pipeline.js";

describe("third-party furniture", () => {
  it("reads no values from a thread's author lines", async () => {
    const m = await model(
      `${frontFor("Marrable Foods")}# What are Marrable's values?\n\n**u/corby_shift_mgr** · 3d · 👍 112\n\nI'm a shift manager at Corby.\n\n**u/frozen_aisle_fred** · 3d · 👍 68\n\nGood luck.\n`,
      true,
    );
    expect(m.valueSets.flatMap((set) => set.values.map((v) => v.name))).toEqual([]);
  });

  it("reads the values a reply lists, not the thread's labelled lines around them", async () => {
    const m = await model(
      `${frontFor("Marrable Foods")}# What are Marrable's ACTUAL values?\n\nProblem: their website is a mess, and the brochure says something else.\n\n**Flair:** Interview help · 👍 47 · 💬 23 comments\n\n**u/corby_shift_mgr** · 3d · 👍 112\n\nThere are four:\n\n- **Cook it right** – quality and food safety\n- **Back each other** – help the next shift\n- **Own the outcome** – finish what you start\n- **Keep it simple** – fewer steps\n\n**u/anxious_grad_2024** · 1d · 👍 52 · **OP**\n\n**UPDATE:** Thank you all so much. Printed the four values.\n`,
      true,
    );
    expect(m.valueSets.map((set) => set.values.map((v) => v.name))).toEqual([
      ["Cook it right", "Back each other", "Own the outcome", "Keep it simple"],
    ]);
  });

  it("reads a profile section's values, not takeaways", async () => {
    const m = await model(
      `${frontFor("Hallow Lane Food Bank")}# Charity spotlight\n\n## Hallow Lane Food Bank in brief\n\nVolunteers sign up to three values when they join:\n\n- **Dignity** – everyone is a guest, not a case\n- **Discretion** – what's said in the café stays in the café\n- **Dependability** – if the rota says you're there, you're there\n`,
      true,
    );
    expect(m.takeaways).toEqual([]);
    expect(m.valueSets.map((set) => set.values.map((v) => v.name))).toEqual([
      ["Dignity", "Discretion", "Dependability"],
    ]);
  });

  it("takes a mission with an aside in brackets before “is”", async () => {
    expect(
      await texts(
        "# Marrable\n\nMarrable's mission (same as the other poster said) is to make proper home cooking the easy option for busy households.\n",
      ),
    ).toEqual(["make proper home cooking the easy option for busy households"]);
  });
});
