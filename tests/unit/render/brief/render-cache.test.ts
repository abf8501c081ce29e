/**
 * Rendering again reads no file: templates and CSS are compiled and joined once per template
 * set, so the dev loop's rebuild costs only the render. (Shown by editing the files between two
 * renders, not by timing: times are noisy here.) Watch mode clears the cache to see an edit.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { clearTemplateCache } from "../../../../src/render/shared/templates.js";
import { sampleModel } from "../../../fixtures/sample-model.js";
import { render } from "../../../helpers/brief.js";

describe("the brief's template cache", () => {
  const dir = mkdtempSync(join(tmpdir(), "credo-cache-"));
  mkdirSync(join(dir, "brief"));
  mkdirSync(join(dir, "theme"));
  const write = (cover: string, css: string) => {
    writeFileSync(join(dir, "brief", "_cover.hbs"), `<header class="${cover}"></header>\n`);
    writeFileSync(join(dir, "theme", "brief.css"), `.${css}{color:red}`);
  };

  it("renders from what it read first, whatever the files say now, until it is cleared", () => {
    write("cover-one", "css-one");
    const first = render(sampleModel, dir);
    expect(first).toContain('class="cover-one"');
    expect(first).toContain(".css-one{color:red}");

    write("cover-two", "css-two");
    expect(render(sampleModel, dir)).toBe(first);

    clearTemplateCache();
    const fresh = render(sampleModel, dir);
    expect(fresh).toContain('class="cover-two"');
    expect(fresh).toContain(".css-two{color:red}");
  });
});
