/**
 * The PPTX is XML inside a zip: every piece of content text must reach it escaped, or a company
 * called "Fern & Field" breaks the file and one called "</Company><HyperlinkBase>…" rewrites it.
 */
import { describe, expect, it } from "vitest";
import { parseContent } from "../../../../../src/pipeline/process.js";
import { renderPptx } from "../../../../../src/render/deck/pptx/render-pptx.js";
import { VALID_BRIEF } from "../../../../helpers/adversarial.js";
import { readPptx, xmlProblems } from "../../../../helpers/inspect.js";

const MARKUP = `Fern & Field </Company><HyperlinkBase>http://example.invalid/</HyperlinkBase><x a="'">`;

describe("PPTX text escaping", () => {
  it("the XML checker finds what it must", () => {
    expect(xmlProblems('<a x="1"><b/>t &amp; u</a>')).toEqual([]);
    expect(xmlProblems("<a>t & u</a>")).toHaveLength(1);
    expect(xmlProblems("<a><b></a>")).not.toEqual([]);
  });

  it("keeps every part well-formed and every field as text, whatever the front matter says", async () => {
    const value = ["title", "company", "subtitle", "author"].reduce(
      (text, key) =>
        text.replace(new RegExp(`^${key}: .*$`, "m"), `${key}: ${JSON.stringify(MARKUP)}`),
      VALID_BRIEF,
    );
    const { model } = await parseContent({ path: "markup.md", value });
    expect(model.meta.company).toBe(MARKUP);
    const { parts, text } = await readPptx(await renderPptx(model));
    for (const [name, xml] of Object.entries(parts)) expect(xmlProblems(xml), name).toEqual([]);
    expect(parts["docProps/app.xml"]).toContain(
      "<Company>Fern &amp; Field &lt;/Company&gt;&lt;HyperlinkBase&gt;",
    );
    expect(parts["docProps/app.xml"]).not.toContain("<HyperlinkBase>");
    expect(text).toContain(MARKUP);
  });
});
