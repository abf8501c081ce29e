/**
 * "… its mission was “…”. The new wording, published on Monday, reads: “…”": a sentence that gives
 * "the new wording" of the statement the sentence before named states it, quoted.
 */
import { describe, expect, it } from "vitest";
import { statementTexts as texts } from "../../../helpers/pipeline.js";

describe("the new wording of a statement named before", () => {
  it("reads the quotation after “The new wording, …, reads:” as the mission", async () => {
    const body =
      "# Harrow Ferries rewrites its mission\n\nFor a decade its mission was “to run the cheapest crossing on the coast”. The new wording, approved by the board on Monday, reads: “To carry islanders and their goods across the sound, every day, whatever the weather.”\n";
    expect(await texts(body)).toEqual([
      "carry islanders and their goods across the sound, every day, whatever the weather",
    ]);
  });

  it("reads no statement from a press statement that follows", async () => {
    const body =
      "# Harrow Ferries\n\nThe company announced a new mission on Monday. The statement, issued by its press office, reads: “We are delighted to share the news with our passengers.”\n";
    expect(await texts(body)).toEqual([]);
  });
});
