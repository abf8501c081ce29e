/**
 * A table a converter wrote as HTML inside the Markdown (a slide deck's or a Google Doc's export:
 * "<table><tr><th>Value</th>…"): read as the table it is, at its own line; nothing else in the
 * HTML is opened.
 */
import { describe, expect, it } from "vitest";
import { frontFor, model } from "../../../helpers/pipeline.js";

const deck =
  `${frontFor("Brenlow Water")}# Briefing\n\n## How we work: our four values\n\n` +
  "<table><tr><th>Value</th><th>What it means</th></tr><tr><td>Safety first</td><td>Home safe, every shift.</td></tr>" +
  "<tr><td>Own it</td><td>Finish the job.</td></tr><tr><td>Open book</td><td>Tell the truth, early.</td></tr>" +
  "<tr><td>Better together</td><td>One team.</td></tr></table>\n\n## Next\n\nQuestions.\n";

describe("an HTML table inside Markdown", () => {
  it("reads the values in its first column, counted by the heading, at the table's line (10)", async () => {
    const m = await model(deck, true);
    expect(
      m.valueSets.map((s) => [s.values.map((v) => v.name), s.declaredCount, s.values[0]?.line]),
    ).toEqual([[["Safety first", "Own it", "Open book", "Better together"], 4, 10]]);
  });

  it("opens no script or style the table holds", async () => {
    const m = await model(
      `${frontFor("Brenlow Water")}# Briefing\n\n## Our values\n\n<table><tr><th>Value</th></tr><tr><td>Care<script>alert(1)</script></td></tr><tr><td>Thrift<style>td{}</style></td></tr></table>\n`,
      true,
    );
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([["Care", "Thrift"]]);
  });

  it("takes a first row all in bold as the header, as a Google Doc's export writes one", async () => {
    const m = await model(
      `${frontFor("Greyhollow")}# Handbook\n\n## Our values\n\n<table><tr><td><p><strong>Value</strong></p></td><td><p><strong>What it means</strong></p></td></tr><tr><td><p>Fairness</p></td><td><p>Same price for all.</p></td></tr><tr><td><p>Thrift</p></td><td><p>Waste nothing.</p></td></tr></table>\n`,
      true,
    );
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([["Fairness", "Thrift"]]);
  });
});
