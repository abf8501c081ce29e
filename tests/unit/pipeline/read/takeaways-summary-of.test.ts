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

describe("a summary of rules the list goes on to state", () => {
  it.each([
    "Every member signs the Rules. In summary, members must:",
    "In short, every volunteer will:",
    "In summary, staff should:",
  ])("reads no takeaways after “%s”", async (lead) => {
    const m = await model(
      `# The guild\n\n## Rules of practice\n\n${lead}\n\n1. Act honestly with clients.\n2. Keep records for six years.\n`,
    );
    expect(m.takeaways).toEqual([]);
  });

  it("keeps a summary lead-in that names the points", async () => {
    const m = await model(
      "# The guild\n\n## Where this leaves us\n\nIn summary, the key points are:\n\n- Prices rose.\n- Staff stayed.\n",
    );
    expect(m.takeaways).toEqual(["Prices rose.", "Staff stayed."]);
  });
});
