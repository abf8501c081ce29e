/**
 * Misses of the blind batches dy- and dz- (tests/corpus/dev/dy-*, dz-*): how real pages word a
 * vision, frame a mission, and name whose statement it is.
 */
import { describe, expect, it } from "vitest";
import { statementTexts as texts } from "../../../helpers/pipeline.js";

describe("a vision told by what the company pictures", () => {
  it("takes “We picture a town in which …” without its frame", async () => {
    expect(
      await texts(
        "# Acme\n\n## Where we're going\n\nWe picture a town in which every bus arrives on time. We are not there yet.\n",
        "vision",
      ),
    ).toEqual(["a town in which every bus arrives on time"]);
  });

  it("leaves “We picture the scene” (no future wished for)", async () => {
    expect(
      await texts("# Acme\n\nWe picture the scene at the depot every morning.\n", "vision"),
    ).toEqual([]);
  });
});
