/** A section that summarises one subject (an analysis framework) holds that analysis, not takeaways. */
import { describe, expect, it } from "vitest";
import { model } from "../../../helpers/pipeline.js";

describe("a summary of one subject", () => {
  it.each(["## 3. PESTLE (summary)", "## Summary of the SWOT analysis", "## SWOT summary"])(
    "is no takeaways section: “%s”",
    async (heading) => {
      const m = await model(
        `# A case study\n\n${heading}\n\n- **Political:** stable.\n- **Economic:** weak demand.\n`,
      );
      expect(m.takeaways).toEqual([]);
    },
  );

  it("keeps a plain summary and a summary of the key points", async () => {
    for (const heading of ["## Summary", "## Summary of the key points"]) {
      const m = await model(`# A case study\n\n${heading}\n\n- Prices rose.\n- Staff stayed.\n`);
      expect(m.takeaways).toEqual(["Prices rose.", "Staff stayed."]);
    }
  });
});
