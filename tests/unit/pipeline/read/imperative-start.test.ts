/** Whether words open with an imperative verb ("Make sure …"), not a noun with its own verb. */
import { describe, expect, it } from "vitest";
import { startsWithVerb } from "../../../../src/pipeline/read/statement-span.js";

describe("an imperative at the start", () => {
  it("reads a verb before its object", () => {
    expect(startsWithVerb("Make sure every child can swim")).toBe(true);
    expect(startsWithVerb("Be the change the valley needs")).toBe(true);
  });

  it("reads a noun before a finite auxiliary as a subject", () => {
    expect(startsWithVerb("Trust doesn't fill the vat")).toBe(false);
  });

  it("keeps a verb before “being”, which is no finite auxiliary", () => {
    expect(startsWithVerb("Avoid being careless with other people's money")).toBe(true);
  });
});
