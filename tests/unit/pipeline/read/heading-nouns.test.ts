/**
 * A set named by its own noun in the heading ("## The Oakbank Rules") and counted by the same noun
 * in the lead-in ("Our four Oakbank Rules are …:"): the list is the company's set, its items
 * named by their head clauses when they are sentences.
 */
import { describe, expect, it } from "vitest";
import { model, valueSetNames as sets } from "../../../helpers/pipeline.js";

describe("a counted lead-in whose noun the heading names", () => {
  it("reads the sentences after “Our four Oakbank Rules are …:” under “The Oakbank Rules”", async () => {
    const body =
      "# Oakbank School\n\n## The Oakbank Rules\n\nOur four Oakbank Rules are what we ask of everyone, every day:\n\n- We are honest, even when it is hard.\n- We help, before we are asked.\n- We try again, because practice works.\n- We tidy up after ourselves.\n";
    const m = await model(body);
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["We are honest", "We help", "We try again", "We tidy up after ourselves"],
    ]);
    expect(m.valueSets[0]?.declaredCount).toBe(4);
  });

  it("reads no set when the heading names another thing", async () => {
    const body =
      "# Oakbank School\n\n## What to bring\n\nOur three things to bring on the first day:\n\n- A coat, whatever the weather.\n- A packed lunch, unless you have dinners.\n- A water bottle with a name on it.\n";
    expect(await sets(body)).toEqual([]);
  });

  it("reads no set when the rules are a plot's: “## Plot rules” over “… six plot rules:”", async () => {
    const body =
      "# Brodwen Allotments\n\n## Plot rules\n\nEvery tenancy agreement includes the society's three plot rules:\n\n1. Keep at least three-quarters of your plot cultivated.\n2. No bonfires between April and October.\n3. Dogs on leads at all times.\n";
    expect(await sets(body)).toEqual([]);
  });
});

describe("a set's counted name said to be the values, no colon", () => {
  it("'The Five Graces are the service values …' counts the bold-named items after it", async () => {
    const m = await model(
      "## The Five Graces\n\nThe Five Graces are the service values every team member is hired against. They are printed on every badge.\n\n1. **Welcome by name** — use the guest's name.\n2. **Own the request** — until it is done.\n",
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [5, ["Welcome by name", "Own the request"]],
    ]);
  });
});

describe("a heading that counts what a rewrite chose, with no noun: “The five we landed on”", () => {
  it("reads the list under it as the values, counted", async () => {
    const m = await model(
      "## How we did it\n\n1. **Listen.** Twenty sessions.\n2. **Draft.** A longlist of fourteen.\n\n## The three we landed on\n\n1. **Pick up the phone.** We talk, we don't email.\n2. **Say it plainly.** No jargon.\n3. **Own the outcome.** Your claim, your problem.\n",
    );
    expect(m.valueSets.map((s) => [s.values.map((v) => v.name), s.declaredCount])).toEqual([
      [["Pick up the phone", "Say it plainly", "Own the outcome"], 3],
    ]);
  });

  it("leaves a count chosen of something named: “The three suppliers we chose”", async () => {
    expect(
      await sets(
        "## The three suppliers we chose\n\n1. **Hartley Mills.** Flour.\n2. **Penrose Dairy.** Milk.\n3. **Ashby Farm.** Eggs.\n",
      ),
    ).toEqual([]);
  });
});
