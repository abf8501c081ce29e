/**
 * A page pasted as plain Markdown — no front matter — builds every format, with the title and
 * company guessed from the text and said so.
 */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { Model } from "../../../src/schema/schema.js";
import { credo } from "../../helpers/cli.js";

it("builds model, brief and deck from a file without front matter", async () => {
  const dir = mkdtempSync(join(tmpdir(), "credo-plain-"));
  const source = join(dir, "fernhill.md");
  writeFileSync(
    source,
    [
      "# Fernhill Cycles: Mission, Vision and Values",
      "",
      "Fernhill Cycles' mission is 'to build bicycles that outlast their riders.'",
      "",
      "Its vision is a town where every child rides to school.",
      "",
      "## What we stand for",
      "",
      "| Value | What it means |",
      "| --- | --- |",
      "| Craft | Every frame is brazed by hand. |",
      "| Candour | We tell you when a repair is not worth it. |",
      "",
    ].join("\n"),
  );
  const out = join(dir, "out");
  const run = await credo(["build", "--format", "all", "--out", out, source]);
  expect(run.code, run.stderr).toBe(0);
  expect(run.stderr).toContain("guessed-meta");
  for (const name of [
    "model.json",
    "brief.html",
    "brief.pdf",
    "slides.html",
    "slides.pdf",
    "slides.pptx",
  ])
    expect(statSync(join(out, "fernhill", name)).size, name).toBeGreaterThan(1000);
  const model = Model.parse(JSON.parse(readFileSync(join(out, "fernhill", "model.json"), "utf8")));
  expect(model.meta).toMatchObject({
    title: "Fernhill Cycles: Mission, Vision and Values",
    company: "Fernhill Cycles",
  });
  expect(model.mission.primary?.text).toBe("build bicycles that outlast their riders");
  expect(model.vision.primary?.text).toBe("a town where every child rides to school");
  expect(model.valueSets[0]?.values.map((v) => v.name)).toEqual(["Craft", "Candour"]);
}, 180_000);
