/** A line of links under a values heading is navigation (calls to act), not a set of values. */
import { describe, expect, it } from "vitest";
import { valueSetNames as sets } from "../../../helpers/pipeline.js";

describe("a line of links in a values section", () => {
  it("is no set", async () => {
    const body =
      "## Values\n\n- **Care** – for the marsh.\n- **Thrift** – with every gift.\n\n" +
      "[Give monthly](#) · [Volunteer with us](#) · [Read the accounts](#)\n";
    expect(await sets(body)).toEqual([["Care", "Thrift"]]);
  });
});
