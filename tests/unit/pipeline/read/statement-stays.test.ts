/**
 * A statement told as one that has lasted: "our mission has stayed close to the founder's: to …",
 * "our vision has remained the same: …" — the verb of lasting before the colon, then the wording.
 */
import { describe, expect, it } from "vitest";
import { statementTexts as texts } from "../../../helpers/pipeline.js";

describe("a statement after a verb of lasting and a colon", () => {
  it("takes “our mission has stayed close to the founder's: to …”", async () => {
    expect(
      await texts(
        "# Our Story\n\n## Today\n\nWe still mend every boot by hand, and our mission has stayed close to the founder's: to keep good boots walking for a lifetime.\n",
      ),
    ).toEqual(["keep good boots walking for a lifetime"]);
  });

  it("takes “our vision has remained the same since 1990: …” too", async () => {
    expect(
      await texts(
        "# Our Story\n\n## Today\n\nOur vision has remained the same since 1990: a town where nobody walks in leaking boots.\n",
        "vision",
      ),
    ).toEqual(["a town where nobody walks in leaking boots"]);
  });

  it("leaves a mission that stayed somewhere, with no wording after it", async () => {
    expect(
      await texts(
        "# Our Story\n\n## Today\n\nOur mission has stayed in the drawer for years: nobody reads it.\n",
      ),
    ).toEqual([]);
  });
});
