/** The brief is one self-contained, script-free file, and content never acts as markup or template. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_TEMPLATES_DIR } from "../../../../src/render/shared/templates.js";
import { render, variant } from "../../../helpers/brief.js";

const html = render();

/** Every URL the document would resolve: src/href attributes and CSS url(). */
function urls(document: string): string[] {
  const attributes = [
    ...document.matchAll(/\b(?:src|href|srcset|action|poster)\s*=\s*(["']?)([^"'\s>]*)\1/gi),
  ];
  const css = [...document.matchAll(/url\(\s*(["']?)([^"')]*)\1\s*\)/gi)];
  return [...attributes, ...css].map((match) => match[2] ?? "");
}

describe("self-contained and safe", () => {
  it("has no script", () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son\w+\s*=/i);
  });

  it("references nothing outside the file", () => {
    const found = urls(html);
    expect(found.filter((url) => url.startsWith("#")).length).toBeGreaterThan(10);
    expect(found.filter((url) => url.startsWith("data:font/woff2;base64,")).length).toBeGreaterThan(
      5,
    );
    const external = found.filter((url) => !url.startsWith("#") && !url.startsWith("data:"));
    expect(external).toEqual([]);
    expect(html).not.toMatch(/(?:https?|file):|["'(]\/\//i);
  });

  it("declares a strict CSP, a viewport, the language and the title", () => {
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'">`,
    );
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain("<title>Fern &amp; Field: Mission, Vision and Values</title>");
    const german = variant((model) => {
      model.meta.lang = "de";
    });
    expect(render(german)).toContain('<html lang="de">');
  });

  it("inlines both font families and the theme tokens", () => {
    expect(html).toContain('@font-face{font-family:"Inter"');
    expect(html).toContain('@font-face{font-family:"Source Serif 4"');
    expect(html).toContain("--accent:");
    expect(html).toContain(".cover__title");
  });

  it("keeps `{{…}}` written in content literal", () => {
    expect(html).toContain(
      "Internal wikis still show the placeholder {{title}} where the slogan should be.",
    );
    const braces = render(
      variant((model) => {
        model.meta.company = "{{meta.title}} {{> brief/cover}}";
        model.faq[0] = { question: "{{#each faq}}x{{/each}}", answer: "{{{html}}}", line: 60 };
      }),
    );
    expect(braces).toContain("{{meta.title}} {{&gt; brief/cover}}");
    expect(braces).toContain("<dt>{{#each faq}}x{{/each}}</dt><dd>{{{html}}}</dd>");
  });

  it("escapes markup in every field except sanitized prose", () => {
    const attack = "<img src=x onerror=alert(1)>";
    const escaped = render(
      variant((model) => {
        model.meta.title = attack;
        model.meta.author = `"><script>alert(1)</script>`;
        const set = model.valueSets[0];
        if (set) set.values[0] = { name: attack, description: attack, line: 36 };
        model.diagnostics[0] = {
          ruleId: attack,
          severity: "error",
          message: attack,
          line: 1,
          column: 1,
        };
        model.faq[0] = { question: attack, answer: attack, line: 60 };
      }),
    );
    expect(escaped).not.toContain("<img");
    expect(escaped).not.toMatch(/<script/i);
    expect(escaped).toContain("<title>&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;</title>");
    expect(escaped).toContain('<meta name="author" content="&quot;&gt;&lt;script&gt;');
    // <title>, cover h1, the value's card on the glance and in the analysis (name and
    // description), the diagnostic's rule id in the appendix, the FAQ question and answer.
    expect(escaped.match(/&lt;img src&#x3D;x onerror&#x3D;alert\(1\)&gt;/g)).toHaveLength(8);
  });

  it("outputs raw HTML only for sanitized prose and Credo's own CSS", () => {
    const dir = join(DEFAULT_TEMPLATES_DIR, "brief");
    const raw = readdirSync(dir).flatMap((file) =>
      [...readFileSync(join(dir, file), "utf8").matchAll(/\{\{\{\s*([^}]*?)\s*\}\}\}/g)].map(
        (match) => `${file}: ${match[1]}`,
      ),
    );
    // runningCss escapes every content character for CSS (src/render/brief/running.ts).
    expect(raw.sort()).toEqual(["_prose.hbs: html", "layout.hbs: css", "layout.hbs: runningCss"]);
  });
});
