/**
 * Links in prose: a brief is one standalone file, read from disk, printed, or mailed, so a link
 * keeps its target only when it names the web (http, https), mail, or a place in the brief.
 * Relative targets resolve against wherever the file happens to be; a scheme-relative one
 * (`//host/share`) opened from disk is `file://host/share`, a file share the reader's machine
 * would contact on click. Those keep their text and lose their target, as javascript: does.
 */
import { describe, expect, it } from "vitest";
import { parseContent } from "../../../src/pipeline/process.js";
import { VALID_BRIEF } from "../../helpers/adversarial.js";
import { anchorHrefs } from "../../helpers/inspect.js";

async function proseHtml(markdown: string): Promise<string> {
  const { model } = await parseContent({
    path: "links.md",
    value: `${VALID_BRIEF}\n## Sources\n\n${markdown}\n`,
  });
  return model.sections
    .flatMap((section) => section.blocks)
    .map((block) => (block.type === "prose" ? block.html : ""))
    .join("\n");
}

describe("prose links", () => {
  it("keep web, mail and in-brief targets", async () => {
    const html = await proseHtml(
      "[a](https://example.com/x) [b](http://example.com) <mailto:a@example.com> www.example.org [^1]\n\n[^1]: note",
    );
    expect(anchorHrefs(html)).toEqual([
      "https://example.com/x",
      "http://example.com",
      "mailto:a@example.com",
      "http://www.example.org",
      "#user-content-fn-1",
      "#user-content-fnref-1",
    ]);
  });

  it("drop every other target, keeping the text", async () => {
    const html = await proseHtml(
      `${[
        "[scheme-relative](//evil.example/share)",
        "[backslashes](\\\\evil.example\\share)",
        "[up](../../etc/passwd)",
        "[root](/etc/passwd)",
        "[query](?x=1)",
        "[file](file:///etc/passwd)",
        "[script](javascript:alert(1))",
        "[data](data:text/html,x)",
        "[ref][r]",
      ].join(" ")}\n\n[r]: //evil.example/ref`,
    );
    expect(anchorHrefs(html)).toEqual([]);
    for (const text of ["scheme-relative", "up", "root", "query", "file", "script", "ref"])
      expect(html).toContain(`>${text}</a>`);
  });
});
