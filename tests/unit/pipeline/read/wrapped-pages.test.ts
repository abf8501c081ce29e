/** Pages hard-wrapped at a fixed column (converted pages, editors): a line broken mid-sentence reads as one. */
import { describe, expect, it } from "vitest";
import { model } from "../../../helpers/pipeline.js";

const sets = async (body: string) =>
  (await model(body)).valueSets.map((s) => ({
    names: s.values.map((v) => v.name),
    count: s.declaredCount,
  }));

describe("value lines broken by a hard wrap", () => {
  it("reads an emoji-led value whose description runs onto the next line", async () => {
    const body =
      "Our three values are printed on every apron:\n\n🌿 **Patience** – the loaf is ready when it is\n🤲 **Generosity** – to customers, to suppliers and to the neighbours who\nput up with the early ovens\n🔥 **Craft** – we bake it properly or not at all\n";
    expect(await sets(body)).toEqual([{ names: ["Patience", "Generosity", "Craft"], count: 3 }]);
  });

  it("reads lettered clauses whose text runs onto the next line", async () => {
    const body =
      "## Principles\n\nThe Society is run according to three principles, which every member shall uphold:\n\n(a) **Thrift** – no expense shall be incurred without the approval of\nthe treasurer;\n(b) **Candour** – accounts shall be open to every member;\n(c) **Service** – each member shall give time to the Society's\nwork.\n";
    expect(await sets(body)).toEqual([{ names: ["Thrift", "Candour", "Service"], count: 3 }]);
  });
});
