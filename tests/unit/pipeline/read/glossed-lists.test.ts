/** A list said in a sentence, each of its names glossed in the sentences after it. */
import { describe, expect, it } from "vitest";
import { glossedList } from "../../../../src/pipeline/read/glossed-lists.js";
import { model } from "../../../helpers/pipeline.js";

const read = async (body: string) =>
  (await model(body)).valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)]);

describe("a list whose names the next sentences gloss", () => {
  it("reads a keynote's counted list after a long clause, each name glossed after it", async () => {
    const body =
      "# Keynote\n\nYou know our values. There are four of them, and I'm going to say them the way the drivers do, because they say them better than the poster does: safe, straight, on time, and together.\n\nSafe, because nobody goes home hurt. Straight, because we tell customers the truth. On time, because that is the product. And together — because a train is three hundred people's work.\n";
    expect(await read(body)).toEqual([[4, ["safe", "straight", "on time", "together"]]]);
  });

  it("reads “For us it is plainness, thrift and nerve.” over a paragraph glossing each", async () => {
    const body =
      "# A letter\n\n### What holds us together\n\nPeople ask how nineteen people stay pointed the same way. I don't think it is a plan. For us it is plainness, thrift and nerve.\n\nPlainness, because a notebook should not need explaining. Thrift, because waste is wages. And nerve, because a small firm has to say no.\n";
    expect(await read(body)).toEqual([[null, ["plainness", "thrift", "nerve"]]]);
  });

  it("reads a list in italics whose quoted names the next paragraph says the meaning of", async () => {
    const body =
      '# Case study\n\n## The values\n\nThe canteen wall was repainted. The old four became three, each written the way people talk: *milk first*, *say it at the gate*, and *leave the field\nbetter than you found it*.\n\n"Milk first" means the animals come first. "Say it at the gate" is about raising problems early. "Leave the field better than you found it" covers soil and shifts.\n';
    expect(await read(body)).toEqual([
      [3, ["milk first", "say it at the gate", "leave the field better than you found it"]],
    ]);
  });

  it("reads nothing when the sentences after do not take the names up in order", async () => {
    expect(
      glossedList("We stock rye, spelt and barley.", () => [
        "Spelt, because it sells.",
        "Rye, because it keeps.",
        "Barley, because we must.",
      ]),
    ).toBeNull();
    expect(glossedList("We stock rye, spelt and barley.", () => ["Rye sells well."])).toBeNull();
  });
});
