/** The printed brief's running header and footer: content escaped, none on the cover page. */
import { describe, expect, it } from "vitest";
import { runningCss } from "../../../../src/render/brief/running.js";
import { render, variant } from "../../../helpers/brief.js";

describe("running header and footer", () => {
  it("puts title, company and page numbers in the page margins, and nothing on the first page", () => {
    const css = runningCss("Acme’s Mission", "Acme");
    expect(css).toContain('@top-left { content: "Acme’s Mission"; }');
    expect(css).toContain(
      '@bottom-right { content: "Page " counter(page) " of " counter(pages); }',
    );
    expect(css).toMatch(/@page :first \{ @top-left \{ content: none; \}/);
  });

  it("escapes a title that tries to end the string or the style element", () => {
    const attack = '"; } body { display: none } </style><script>alert(1)</script>';
    const css = runningCss(attack, "Acme");
    const title = /@top-left \{ content: ("(?:[^"\\]|\\.)*"); \}/.exec(css)?.[1] ?? "";
    expect(title).not.toMatch(/[<>{}]/);
    expect(title.slice(1, -1)).not.toContain('"');
    const html = render(
      variant((model) => {
        model.meta.title = attack;
      }),
    );
    expect(html).not.toContain("</style><script>");
  });

  it("writes no CSS function from content, not even inside the string", () => {
    const css = runningCss("Acme", '<p style="background:url(https://evil.example/p.png)">x</p>');
    expect(css).not.toContain("url(");
    expect(css).toContain("\\28 https");
  });
});
