/**
 * `credo import`: a web page, a saved page, a Word document or HTML on stdin → a content file with
 * front matter, the body converted markup for markup (the wording is never changed).
 */
import { join } from "node:path";
import { articleMarkdown, type Converted } from "./article-markdown.js";
import { decodeHtml } from "./charset.js";
import { guessCompany } from "./company.js";
import { frontMatter } from "./front-matter.js";
import { type Loaded, loadSource, type SourceKind, type SourceOptions, STDIN } from "./source.js";
import { writeImported } from "./write.js";

export interface ImportOptions extends SourceOptions {
  /** The content file to write (default: content/NAME.md). */
  out?: string;
  force?: boolean;
  /** The day written as `retrieved` (default: today). */
  now?: Date;
}

export interface Imported {
  path: string;
  text: string;
}

/**
 * Where the text came from, as `source:` says it: the fetched URL; for a saved page or HTML on
 * stdin, the address the page gives itself (its canonical link), else the file's name — and
 * nothing for stdin, whose "name" would tell a reader nothing.
 */
function sourceOf(loaded: Loaded, address: string | undefined): string | undefined {
  if (loaded.base) return loaded.source;
  return address ?? (loaded.source === STDIN ? undefined : loaded.source);
}

/** Each kind's converter, loaded only when a source of that kind arrives. */
const CONVERTERS: Record<SourceKind, (loaded: Loaded) => Promise<Converted>> = {
  html: async (loaded) =>
    (await import("./extract.js")).extractArticle(
      decodeHtml(loaded.bytes, loaded.contentType),
      loaded.source,
    ),
  docx: async (loaded) => ({
    ...(await (await import("./docx.js")).readDocx(loaded.bytes, loaded.source)),
    faq: [],
  }),
};

function fileName(name: string, title: string): string {
  const slug = (text: string) =>
    text
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 80);
  return `${slug(name) || slug(title) || "imported"}.md`;
}

export async function importSource(source: string, options: ImportOptions = {}): Promise<Imported> {
  const loaded = await loadSource(source, options);
  const converted = await CONVERTERS[loaded.kind](loaded);
  const { meta } = converted;
  const { title, markdown } = articleMarkdown(converted, loaded.name, loaded.base);
  const { company, from } = await guessCompany(title, markdown, meta);
  const head = frontMatter({
    title,
    company,
    companyFrom: from,
    source: sourceOf(loaded, meta.address),
    retrieved: (options.now ?? new Date()).toISOString().slice(0, 10),
    author: meta.author,
    lang: meta.lang,
  });
  const text = `${head}\n${markdown}`;
  const path = options.out ?? join("content", fileName(loaded.name, title));
  await writeImported(path, text, options.force ?? false);
  return { path, text };
}
