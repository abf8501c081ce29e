/** Pages hard-wrapped at a fixed column (converted pages, editors): a line broken mid-sentence reads as one. */
import { describe, expect, it } from "vitest";
import { model, statementTexts as texts } from "../../../helpers/pipeline.js";

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

describe("statements broken by a hard wrap", () => {
  it("keeps a quoted vision going past a plural's apostrophe at a line's end", async () => {
    expect(
      await texts(
        "# Acme Savings\n\n## Our vision\n\nThe society's stated vision is 'a county where every family has six weeks'\nrent put by.' It is a clear goal.\n",
        "vision",
      ),
    ).toEqual(["a county where every family has six weeks' rent put by"]);
  });

  it("reads “the real\\nmission is …” as the writer's view, as on one line", async () => {
    const body = (gap: string) =>
      `# Acme Depot\n\n## The mission\n\nAcme's mission is to deliver every order on the day it is placed. Judging by the rota, the real${gap}mission is to get the vans out and the staff home.\n`;
    expect(await texts(body("\n"))).toEqual(await texts(body(" ")));
    expect(await texts(body("\n"))).toEqual(["deliver every order on the day it is placed"]);
  });
});

describe("list items broken by a hard wrap", () => {
  it("reads a name that runs onto the next line up to its colon", async () => {
    const body =
      "## Our values\n\nWe hold three values:\n\n- Care for\n  the customer: we answer every letter within a week.\n- Candour: we say what we see.\n- Thrift: we waste nothing we are given.\n";
    expect(await sets(body)).toEqual([
      { names: ["Care for the customer", "Candour", "Thrift"], count: 3 },
    ]);
  });

  it("still reads a name on a line of its own over its description", async () => {
    const body =
      "## Our values\n\nWe hold three values:\n\n- Care\n  for the customer, who gets an answer within a week.\n- Candour\n  we say what we see.\n- Thrift\n  we waste nothing we are given.\n";
    expect(await sets(body)).toEqual([{ names: ["Care", "Candour", "Thrift"], count: 3 }]);
  });
});
