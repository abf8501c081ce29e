/** The content's own date for the PDFs' XMP dc:date: the front matter's date, else `retrieved`. */
import { describe, expect, it } from "vitest";
import { contentDate } from "../../../../src/render/shared/content-date.js";

const meta = (extra: Record<string, unknown>) => ({
  title: "T",
  company: "C",
  source: "c.md",
  ...extra,
});

describe("contentDate", () => {
  it("takes the front matter's ISO date, else the day the page was retrieved", () => {
    expect(contentDate(meta({ date: "2026-11-25", retrieved: "2026-12-02" }))).toBe("2026-11-25");
    expect(contentDate(meta({ retrieved: "2026-12-02" }))).toBe("2026-12-02");
    expect(contentDate(meta({ date: "2026-11" }))).toBe("2026-11");
  });

  it("claims no date the front matter does not give as an ISO date", () => {
    expect(contentDate(meta({}))).toBeUndefined();
    expect(contentDate(meta({ date: "Spring 2026" }))).toBeUndefined();
    expect(contentDate(meta({ date: "Spring 2026", retrieved: "2026-12-02" }))).toBe("2026-12-02");
    expect(contentDate(meta({ retrieved: 20261202 }))).toBeUndefined();
  });
});
