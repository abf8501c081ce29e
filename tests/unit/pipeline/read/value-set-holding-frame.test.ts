/**
 * After the colon that opens a set's list, a subject and a verb of holding to ("the company
 * commits to", "we stand for") frame the names; the first name starts after them.
 */
import { describe, expect, it } from "vitest";
import { valueSetNames as sets } from "../../../helpers/pipeline.js";

describe("a holding frame after the colon", () => {
  it.each(["the company commits to", "we stand for", "it holds to"])(
    "“%s” is not part of the first name",
    async (frame) => {
      const body = `## Values\n\nThe ferry line gives its values on one poster: ${frame} calm in any weather, tickets without queues, and a smile at the ramp. They are short.\n`;
      expect(await sets(body)).toEqual([
        ["calm in any weather", "tickets without queues", "a smile at the ramp"],
      ]);
    },
  );
});
