/**
 * An examples list ("### 3. Pelham Hospice: the power of a verb") cites other organisations'
 * statements under numbered headings that name them: those are not the page company's.
 */
import { describe, expect, it } from "vitest";
import { model } from "../../../helpers/pipeline.js";

const page = (items: string) =>
  "---\ntitle: Examples\ncompany: Quayline Studio\n---\n\n# Ten examples we like\n\n" +
  `## The examples\n\n${items}\n\n## Our own\n\nAt Quayline, our mission is to help small firms say plainly what they do.\n`;

describe("statements under a numbered heading naming another organisation", () => {
  it.each([
    [
      "### 5. Calder Library Service\n\nThe library service says its mission is to give everyone in Calder free access to books.",
    ],
    [
      "### 6. Ferndale Tools: one customer\n\n“We exist to help tradespeople finish the job on the first visit.” One customer, one outcome.",
    ],
    [
      "### 12. Linney & Daughters\n\nThe family firm's mission is printed on every receipt: to sell honest hardware at honest prices.",
    ],
  ])("are not the company's (%#)", async (items) => {
    const m = await model(page(items), true);
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "help small firms say plainly what they do",
    ]);
  });

  it("drops a first-person vision quoted under another organisation's heading", async () => {
    const m = await model(
      page(
        "### 2. Orrin Freight: a vision dressed as a mission\n\n“Our vision is to be the most dependable carrier on the Baltic routes.”",
      ),
      true,
    );
    expect(m.vision.statements).toEqual([]);
  });

  it("keeps the company's own statement under a numbered heading with its name", async () => {
    const m = await model(
      page(
        "### 1. Quayline Studio\n\nQuayline's vision is a high street where every shop sign says what the shop does.",
      ),
      true,
    );
    expect(m.vision.statements.map((s) => s.text)).toEqual([
      "a high street where every shop sign says what the shop does",
    ]);
  });

  it("keeps a statement under a numbered heading that names no one (“### 1. Our mission”)", async () => {
    const m = await model(
      "# About Acme\n\n## Who we are\n\n### 1. Our mission\n\nOur mission is to make clocks that run for a century.\n",
    );
    expect(m.mission.statements.map((s) => s.text)).toEqual(["make clocks that run for a century"]);
  });
});

describe("a numbered heading in capitals that names a part of the page", () => {
  it("reads the mission under “**2. OUR MISSION**” or “## 2. OUR MISSION” as the company's", async () => {
    for (const heading of ["**2.\tOUR MISSION**", "## 2. OUR MISSION"]) {
      const m = await model(
        `# Tamberlane Homes – Our Mission, Vision and Values\n\nTamberlane Homes is a housing association.\n\n${heading}\n\nOur mission is to provide safe, warm and affordable homes.\n`,
        true,
      );
      expect(m.mission.primary?.text, heading).toBe("provide safe, warm and affordable homes");
    }
  });
});
