/**
 * A bold label closed by a full stop ("**Mission.** To …", "**Vision.** A …") sets off the
 * statement after it on its line, as "**Mission:**" does.
 */
import { describe, expect, it } from "vitest";
import { statementTexts as texts } from "../../../helpers/pipeline.js";

describe("a bold label with a full stop", () => {
  it("reads the mission after “**Mission.**”", async () => {
    expect(
      await texts(
        "# Acme Report\n\n## Our mission\n\n**Mission.** To bake bread every street can afford, for the towns and villages we serve.\n\nThe board adopted it in 2022.\n",
      ),
    ).toEqual(["bake bread every street can afford, for the towns and villages we serve"]);
  });

  it("reads the vision after “**Vision.**”", async () => {
    expect(
      await texts(
        "# Acme Report\n\n## Our vision and pillars\n\n**Vision.** To be the most trusted baker in the north by 2035.\n\nFour pillars hold it up.\n",
        "vision",
      ),
    ).toEqual(["be the most trusted baker in the north by 2035"]);
  });
});
