/**
 * Handlebars templates: compiled once per process, only from template files on disk (never from
 * content), in an isolated Handlebars environment with Credo's helpers. A `--templates DIR`
 * override replaces any file of the default set it contains; the rest fall back to the defaults.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, extname, join, resolve } from "node:path";
import type Handlebars from "handlebars";
import { PACKAGE_ROOT } from "../../base/package-root.js";

/**
 * Handlebars is required on the first load, not imported: whatever only needs
 * DEFAULT_TEMPLATES_DIR (the build cache, so every `credo build`) then never compiles it.
 */
const require = createRequire(import.meta.url);

/** The templates shipped with Credo (`templates/` at the package root). */
export const DEFAULT_TEMPLATES_DIR = join(PACKAGE_ROOT, "templates");

export interface TemplateSet {
  /** Render template `name` (path under the templates dir without `.hbs`, e.g. `brief/layout`). */
  render(name: string, context: unknown): string;
  /** Read a non-template asset (e.g. `theme/theme.css`), honouring the override dir. */
  asset(name: string): string;
}

const cache = new Map<string, TemplateSet>();

/** Forget every compiled template set, so the next load reads the files again (watch mode). */
export function clearTemplateCache(): void {
  cache.clear();
}

function listHbs(dir: string, prefix = ""): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return listHbs(join(dir, entry.name), rel);
    return extname(entry.name) === ".hbs" ? [rel] : [];
  });
}

/** Load (once) the template set for an optional override directory. */
export function loadTemplates(overrideDir?: string): TemplateSet {
  const key = overrideDir ? resolve(overrideDir) : "";
  const cached = cache.get(key);
  if (cached) return cached;

  const dirs = key ? [key, DEFAULT_TEMPLATES_DIR] : [DEFAULT_TEMPLATES_DIR];
  const locate = (rel: string): string => {
    for (const dir of dirs) {
      const path = join(dir, rel);
      if (existsSync(path)) return path;
    }
    throw new Error(`Template file not found: ${rel} (looked in ${dirs.join(", ")})`);
  };

  const hbs = (require("handlebars") as typeof Handlebars).create();
  registerHelpers(hbs);
  const names = new Set(dirs.flatMap((dir) => listHbs(dir)));
  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  for (const rel of names) {
    const name = rel.slice(0, -".hbs".length);
    const source = readFileSync(locate(rel), "utf8");
    // Files named `_x.hbs` are partials, usable as {{> dir/x}}.
    if (basename(name).startsWith("_")) {
      hbs.registerPartial(join(dirname(name), basename(name).slice(1)), source);
    } else {
      compiled.set(name, hbs.compile(source, { strict: false, preventIndent: true }));
    }
  }

  const set: TemplateSet = {
    render(name, context) {
      const template = compiled.get(name);
      if (!template) throw new Error(`No template named ${name}.hbs`);
      return template(context, {
        allowProtoPropertiesByDefault: false,
        allowProtoMethodsByDefault: false,
      });
    },
    asset(name) {
      return readFileSync(locate(name), "utf8");
    },
  };
  cache.set(key, set);
  return set;
}

function registerHelpers(hbs: typeof Handlebars): void {
  hbs.registerHelper("eq", (a: unknown, b: unknown) => a === b);
  hbs.registerHelper("ne", (a: unknown, b: unknown) => a !== b);
  hbs.registerHelper("gt", (a: number, b: number) => a > b);
  hbs.registerHelper("add", (a: number, b: number) => a + b);
  hbs.registerHelper("len", (value: unknown) => (Array.isArray(value) ? value.length : 0));
  hbs.registerHelper("plural", (n: number, one: string, many: string) => (n === 1 ? one : many));
}
