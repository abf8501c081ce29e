/**
 * A line that says what the organisation belongs to or who backs it ("Part of the Hill Schools
 * Trust", "A member of the Coastal Group") is furniture under a title, never a statement.
 */
import { describe, expect, it } from "vitest";
import { affiliationLine } from "../../../../src/pipeline/read/affiliation-lines.js";
import { statementTexts as texts } from "../../../helpers/pipeline.js";

describe("affiliation lines", () => {
  it("reads no vision from an italic affiliation line under a vision title", async () => {
    const body =
      "# Vision and Ethos — Oakbank School\n\n*Part of the Hill Schools Trust*\n\n## Our vision\n\nWe envision a school where every child leaves confident and kind.\n";
    expect(await texts(body, "vision")).toEqual([
      "a school where every child leaves confident and kind",
    ]);
  });

  it("knows the usual forms of the line", () => {
    expect(affiliationLine("Part of the Hill Schools Trust")).toBe(true);
    expect(affiliationLine("A proud member of the Coastal Hotels Group.")).toBe(true);
    expect(affiliationLine("In partnership with Lowmoor Council")).toBe(true);
    expect(affiliationLine("Supported by the Arts Fund")).toBe(true);
    expect(affiliationLine("A town where every child can read")).toBe(false);
    expect(affiliationLine("Part of every neighbourhood we serve, for good.")).toBe(false);
  });
});
