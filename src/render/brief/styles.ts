/**
 * The brief's stylesheet: inlined fonts, the shared theme tokens and the brief's own rules.
 * Built once per template set (i.e. per `--templates` dir), since watch mode re-renders on
 * every keystroke and the fonts alone are several hundred kilobytes.
 */
import { fontFaceCss } from "../shared/assets.js";
import type { TemplateSet } from "../shared/templates.js";

const cache = new WeakMap<TemplateSet, string>();

export function briefCss(templates: TemplateSet): string {
  let css = cache.get(templates);
  if (css === undefined) {
    css = [fontFaceCss(), templates.asset("theme/theme.css"), templates.asset("theme/brief.css")]
      .join("\n")
      // The CSS is written into a <style> element raw; a stray end tag would cut it short.
      .replace(/<\/style/gi, "<\\/style");
    cache.set(templates, css);
  }
  return css;
}
