/**
 * Reading outputs the way an attacker would hope they work: which elements, event handlers and
 * URLs an HTML file carries, which links a PDF holds, which parts and relations a PPTX has.
 */
import JSZip from "jszip";
import { withPdf } from "./pdf-inspect.js";

/** Elements that run code, load something, navigate, submit, or re-parse what they hold. */
export const DANGEROUS_TAGS =
  /<(script|iframe|frame|frameset|object|embed|applet|portal|base|link|meta|style|form|input|button|textarea|select|img|image|picture|source|video|audio|track|svg|math|template|noscript)\b/gi;

/** Every `<script>` element's text, in order. */
export function scripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1] ?? "");
}

/** The HTML with script and style element bodies emptied (their text may hold any `<`). */
export function markupOnly(html: string): string {
  return html
    .replace(/(<script\b[^>]*>)[\s\S]*?(<\/script>)/gi, "$1$2")
    .replace(/(<style\b[^>]*>)[\s\S]*?(<\/style>)/gi, "$1$2");
}

/** The `<body>` of a document, markup only. */
export function bodyMarkup(html: string): string {
  const markup = markupOnly(html);
  return markup.slice(markup.search(/<body\b/i));
}

/** Dangerous elements in the body (our own deck scripts are the caller's to subtract). */
export function dangerousTags(html: string): string[] {
  return [...bodyMarkup(html).matchAll(DANGEROUS_TAGS)].map((m) => m[0].toLowerCase());
}

/** Each start tag's name and attribute text. */
function tags(html: string): { name: string; attributes: string }[] {
  return [...markupOnly(html).matchAll(/<([a-z][\w:-]*)\b([^>]*)>/gi)].map((m) => ({
    name: (m[1] ?? "").toLowerCase(),
    attributes: m[2] ?? "",
  }));
}

const LOADING_ATTRIBUTE =
  /(?:^|\s)(?:src|srcset|poster|data|action|formaction|background|xlink:href|href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*))/gi;

/**
 * URLs the document would load on its own: src-like attributes, `href` on anything but `<a>`,
 * and CSS `url()` in style elements and style attributes.
 */
export function loadedUrls(html: string): string[] {
  const attributes = tags(html).flatMap(({ name, attributes }) =>
    [...attributes.matchAll(LOADING_ATTRIBUTE)]
      .filter((m) => name !== "a" || !/^\s*href/i.test(m[0]))
      .map((m) => m[1] ?? m[2] ?? m[3] ?? ""),
  );
  const withoutScripts = html.replace(/(<script\b[^>]*>)[\s\S]*?(<\/script>)/gi, "$1$2");
  const css = [
    ...[...withoutScripts.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1] ?? ""),
    ...tags(html).flatMap(({ attributes }) =>
      [...attributes.matchAll(/\sstyle\s*=\s*"([^"]*)"/gi)].map((m) => m[1] ?? ""),
    ),
  ].flatMap((sheet) =>
    [...sheet.matchAll(/url\(\s*(["']?)([^"')]*)\1\s*\)|@import\s+(["'])([^"']*)\3/gi)].map(
      (m) => m[2] ?? m[4] ?? "",
    ),
  );
  return [...attributes, ...css];
}

/** `href` values of `<a>` elements: navigation a reader chooses, never a load. */
export function anchorHrefs(html: string): string[] {
  return tags(html)
    .filter((tag) => tag.name === "a")
    .flatMap(({ attributes }) =>
      [...attributes.matchAll(/(?:^|\s)href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*))/gi)].map(
        (m) => m[1] ?? m[2] ?? m[3] ?? "",
      ),
    );
}

/** `on…=` attributes in any start tag. */
export function eventHandlers(html: string): string[] {
  return tags(html).flatMap(({ attributes }) =>
    [...attributes.matchAll(/(?:^|\s)(on[a-z]+)\s*=/gi)].map((m) => m[1] ?? ""),
  );
}

/** Text a reader sees: tags removed, the common entities decoded. */
export function htmlText(html: string): string {
  return decodeEntities(markupOnly(html).replace(/<[^>]*>/g, " "));
}

export function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) =>
      String.fromCodePoint(Number.parseInt(hex, 16)),
    )
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

export interface PdfContents {
  text: string;
  /** Every link annotation's target, as pdf.js reads it (unsafe ones included). */
  links: string[];
  /** Annotations that are not plain links (JavaScript, launch, file attachment, widgets…). */
  otherActions: string[];
  /** The document information dictionary (Title, Author, …). */
  info: Record<string, unknown>;
}

/** Text and link targets of a PDF, read with pdf.js as a viewer would. */
export function readPdf(bytes: Uint8Array): Promise<PdfContents> {
  return withPdf(bytes, async (doc) => {
    const texts: string[] = [];
    const links: string[] = [];
    const otherActions: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      texts.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
      for (const note of await page.getAnnotations()) {
        if (note.unsafeUrl) links.push(String(note.unsafeUrl));
        if (note.action || note.actions || note.subtype !== "Link") {
          otherActions.push(String(note.subtype));
        }
      }
    }
    const attachments = await doc.getAttachments();
    if (attachments) otherActions.push("attachments");
    const scripts = await doc.getJSActions();
    if (scripts && Object.keys(scripts).length > 0) otherActions.push("document JavaScript");
    const { info } = await doc.getMetadata();
    return {
      text: texts.join(" ").replace(/\s+/g, " "),
      links,
      otherActions,
      info: info as Record<string, unknown>,
    };
  });
}

export interface PptxContents {
  /** Every XML part of the package, by name. */
  parts: Record<string, string>;
  /** The text runs of every part, decoded. */
  text: string;
}

export async function readPptx(bytes: Uint8Array): Promise<PptxContents> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) {
    if (/\.(xml|rels)$/.test(name)) parts[name] = (await zip.file(name)?.async("string")) ?? "";
  }
  const text = Object.values(parts)
    .flatMap((xml) =>
      [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decodeEntities(m[1] ?? "")),
    )
    .join("\n");
  return { parts, text };
}

/**
 * Well-formedness problems of an XML part, found without an XML parser: every `&` starts an
 * entity, tags nest and close in order, and no text or attribute holds a raw `<`.
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const open: string[] = [];
  const body = xml.replace(/^<\?xml[^>]*\?>/, "");
  for (const [index, ampersand] of [...body.matchAll(/&[^;\s<>]*;?/g)].entries()) {
    if (!/^&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);$/i.test(ampersand[0]))
      problems.push(`bare & #${index}: ${ampersand[0].slice(0, 20)}`);
  }
  for (const tag of body.matchAll(/<([^>]*)>/g)) {
    const inner = tag[1] ?? "";
    if (inner.includes("<")) problems.push(`"<" inside a tag: ${inner.slice(0, 40)}`);
    const name = inner.match(/^\/?([\w:.-]+)/)?.[1];
    if (!name) {
      problems.push(`not a tag: <${inner.slice(0, 40)}>`);
    } else if (inner.startsWith("/")) {
      const expected = open.pop();
      if (expected !== name) problems.push(`</${name}> closes <${expected}>`);
    } else if (!inner.endsWith("/")) {
      open.push(name);
    }
  }
  if (open.length > 0) problems.push(`unclosed: ${open.join(", ")}`);
  return problems;
}
