/**
 * What a page says about itself, read before any cleaning: the title (the article's `<h1>`, else
 * og:title, else any `<h1>`, else `<title>`), the author (meta author, the JSON-LD article's
 * author, a byline), the language, its own address (canonical link, else og:url) and the site's
 * name (og:site_name, else application-name, else a JSON-LD Organization's, else the <title>'s
 * last part: "About | Brightkiln" — or its first, before a section's name: "Ashgrove Primary
 * School - Vision & Values").
 */
import { hasType, jsonLdObjects, textOf } from "./json-ld.js";
import { isSectionName } from "./section-names.js";
import { withoutCredentials } from "./source.js";

export interface PageMeta {
  title?: string;
  author?: string;
  lang?: string;
  /** The page's own http(s) address, for a page saved to a file or given on stdin. */
  address?: string;
  /** The name of the site the page is on, when it reads as a name. */
  siteName?: string;
  /**
   * The site's name the page's title (og:title, <title>) ended in, dropped from `title`, or led
   * with before the section's name ("Ashgrove Primary School - Vision & Values").
   */
  titleSite?: string;
  /** Who the footer's copyright line names ("© 2024 Quayside Food Co-op"): the site's owner. */
  owner?: string;
}

const ARTICLE_TYPES = ["Article", "BlogPosting", "NewsArticle", "WebPage", "AboutPage"];

function text(element: Element | null | undefined): string | undefined {
  return element?.textContent?.replace(/\s+/g, " ").trim() || undefined;
}

function content(document: Document, selector: string): string | undefined {
  return (
    document.querySelector(selector)?.getAttribute("content")?.replace(/\s+/g, " ").trim() ||
    undefined
  );
}

export function pageMeta(document: Document): PageMeta {
  const objects = jsonLdObjects(document);
  const article = objects.find((o) => ARTICLE_TYPES.some((t) => hasType(o, t)));
  const declared = [
    content(document, 'meta[property="og:site_name"]'),
    content(document, 'meta[name="application-name"]'),
    logoName(document),
  ];
  const titleTag = text(document.querySelector("title"));
  const fromTitleTag = withoutSiteName(titleTag, declared);
  const titled = [
    { title: text(document.querySelector("article h1, main h1, [role=main] h1")) },
    withoutSiteName(content(document, 'meta[property="og:title"]'), declared),
    { title: text(document.querySelector("h1")) },
    fromTitleTag,
  ].find((t) => t.title !== undefined);
  const title = titled?.title;
  const byline = text(document.querySelector("[rel=author], .byline .author, .byline"));
  const author =
    content(document, 'meta[name="author"]') ??
    textOf(article?.author) ??
    byline?.replace(/^by\s+/i, "");
  const lang = document.documentElement.getAttribute("lang") ?? undefined;
  const address =
    webAddress(document.querySelector('link[rel~="canonical"]')?.getAttribute("href")) ??
    webAddress(content(document, 'meta[property="og:url"]'));
  const parts = titleTag?.split(TITLE_PARTS) ?? [];
  const lead = leadName(parts);
  const siteName = [
    ...declared.slice(0, 2),
    textOf(objects.find((o) => hasType(o, "Organization"))?.name),
    parts.length > 1 ? parts.at(-1) : undefined,
    lead,
  ].find((name) => name !== undefined && NAME.test(name) && !isSectionName(name));
  return {
    title,
    author,
    lang: lang || undefined,
    address,
    siteName,
    // (The <title> may spell the site's name out when the page's title came from elsewhere:
    // og:title "Our Ethos", <title> "Our Ethos - Kettlewick Primary School".)
    titleSite: titled?.site ?? fromTitleTag.site ?? (siteName === lead ? lead : undefined),
    owner: copyrightOwner(document),
  };
}

/** A <title>'s first part when all the rest name the page's section: the site's name, leading. */
function leadName(parts: string[]): string | undefined {
  const [first, ...rest] = parts;
  return first && rest.length > 0 && rest.every(isSectionName) ? first : undefined;
}

/** "© 2024 Name", "Copyright © 2019–2025 Name Ltd.": the name, capitalised words. */
const COPYRIGHT =
  /(?:©|\(c\)|\b[Cc]opyright\b)\s*©?\s*(?:\d{4}(?:\s*[-–]\s*\d{2,4})?,?\s+)?((?:\p{Lu}|\d)[\p{L}\p{N}'’&-]*(?:\s+(?:(?:\p{Lu}|\d)[\p{L}\p{N}'’&-]*|of|and|the|for|&))*)/u;
const FOOTER = "footer, [role=contentinfo], [class*=footer]";

/**
 * The copyright holder a footer's line names: the first element in a footer whose own text has
 * the sign, read with its children ("© 2024 <a>Name</a>"). (One pass over the page's elements.)
 */
function copyrightOwner(document: Document): string | undefined {
  for (const element of document.querySelectorAll("body *")) {
    const signed = [...element.childNodes].some(
      (n) => n.nodeType === 3 && /©|\(c\)|[Cc]opyright/.test(n.textContent ?? ""),
    );
    if (!signed || !element.closest(FOOTER)) continue;
    const name = COPYRIGHT.exec(element.textContent?.replace(/\s+/g, " ") ?? "")?.[1];
    if (name && !/^\d+$/.test(name)) return name.replace(/\s+All$/, "");
  }
  return undefined;
}

/** A logo's class or its link's: "logo", "site-logo", "brand", "w-nav-brand". */
const LOGO = /(?:^|[-_])(?:logo|brand)(?:$|[-_])/i;

/** The site's name as its logo's picture gives it (the alt text). */
function logoName(document: Document): string | undefined {
  for (const img of document.querySelectorAll("img[alt]")) {
    const marked = [img, img.closest("a")].some(
      (element) => element && [...element.classList, element.id].some((t) => LOGO.test(t)),
    );
    const alt = img.getAttribute("alt")?.replace(/\s+/g, " ").trim();
    if (marked && alt) return alt;
  }
  return undefined;
}

/**
 * A page title less its last part when that part is the site's name ("About us | Tessellate"):
 * the document's heading names the page, and the company is read apart. The part dropped is
 * kept as `site`.
 */
function withoutSiteName(
  title: string | undefined,
  names: (string | undefined)[],
): { title?: string; site?: string } {
  const cut = title ? [...title.matchAll(new RegExp(TITLE_PARTS, "g"))].at(-1) : undefined;
  if (!title || !cut) return { title };
  const last = title.slice(cut.index + cut[0].length);
  return names.some((name) => name?.toLowerCase() === last.toLowerCase())
    ? { title: title.slice(0, cut.index), site: last }
    : { title };
}

/** The separators of a <title>'s parts: "Our values | Brand", "Who we are - Brand". */
const TITLE_PARTS = /\s+[|–—·•-]\s+/;
/** A name: capitalised words, with the small words names have ("University of Carrowmore"). */
const NAME =
  /^(?:\p{Lu}|\d)[\p{L}\p{N}'’.-]*(?:\s+(?:(?:\p{Lu}|\d)[\p{L}\p{N}'’.-]*|of|and|the|for|&|de|la|du|von))*$/u;

/** `href` when it is an absolute http(s) address (credentials dropped), else nothing. */
function webAddress(href: string | null | undefined): string | undefined {
  if (!href || !URL.canParse(href.trim())) return undefined;
  const url = new URL(href.trim());
  return url.protocol === "http:" || url.protocol === "https:"
    ? withoutCredentials(url.href)
    : undefined;
}
