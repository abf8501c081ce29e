/**
 * Markdown written inside an HTML container block, as a Notion or Confluence export writes its
 * callouts ("<aside>" over "🎯 **Mission:** …"): the words are the page's, read as Markdown, with
 * their own lines; the tags stay unrendered.
 */
import { describe, expect, it } from "vitest";
import { frontFor, model } from "../../../helpers/pipeline.js";

const page =
  `${frontFor("Lumen Loop")}# Lumen Loop — Company Home\n\n## Why we exist\n\n<aside>\n` +
  "🎯 **Mission:** Give good laptops a second life and get them to people who can't afford a new one.\n\n</aside>\n\n" +
  "Every year offices retire working laptops.\n\n## Where we're going\n\n" +
  "🔭 **Vision:** A country where no working laptop ends up in a drawer while a student goes without one.\n";

describe("Markdown inside an <aside> callout", () => {
  it("reads the mission the callout labels, on its own line", async () => {
    const m = await model(page, true);
    expect(m.mission.statements.map((s) => [s.text, s.occurrences[0]?.line])).toEqual([
      ["Give good laptops a second life and get them to people who can't afford a new one", 11],
    ]);
  });

  it("reads a vision labelled after an emoji (“🔭 **Vision:** …”)", async () => {
    const m = await model(page, true);
    expect(m.vision.statements.map((s) => s.text)).toEqual([
      "A country where no working laptop ends up in a drawer while a student goes without one",
    ]);
  });

  it("leaves a script's text unread", async () => {
    const m = await model(
      `${frontFor("Lumen Loop")}# Home\n\n<script>\nOur mission is to steal cookies.\n</script>\n`,
      true,
    );
    expect(m.mission.statements).toEqual([]);
  });
});
