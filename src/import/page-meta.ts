/**
 * What a page says about itself, read before any cleaning: the title (the article's `<h1>`, else
 * og:title, else any `<h1>`, else `<title>`), the author (meta author, the JSON-LD article's
 * author, a byline), the language, and its own address (canonical link, else og:url).
 */
import { hasType, jsonLdObjects, textOf } from "./json-ld.js";
import { withoutCredentials } from "./source.js";

export interface PageMeta {
  title?: string;
  author?: string;
  lang?: string;
  /** The page's own http(s) address, for a page saved to a file or given on stdin. */
  address?: string;
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
  const article = jsonLdObjects(document).find((o) => ARTICLE_TYPES.some((t) => hasType(o, t)));
  const title =
    text(document.querySelector("article h1, main h1, [role=main] h1")) ??
    content(document, 'meta[property="og:title"]') ??
    text(document.querySelector("h1")) ??
    text(document.querySelector("title"));
  const byline = text(document.querySelector("[rel=author], .byline .author, .byline"));
  const author =
    content(document, 'meta[name="author"]') ??
    textOf(article?.author) ??
    byline?.replace(/^by\s+/i, "");
  const lang = document.documentElement.getAttribute("lang") ?? undefined;
  const address =
    webAddress(document.querySelector('link[rel~="canonical"]')?.getAttribute("href")) ??
    webAddress(content(document, 'meta[property="og:url"]'));
  return { title, author, lang: lang || undefined, address };
}

/** `href` when it is an absolute http(s) address (credentials dropped), else nothing. */
function webAddress(href: string | null | undefined): string | undefined {
  if (!href || !URL.canParse(href.trim())) return undefined;
  const url = new URL(href.trim());
  return url.protocol === "http:" || url.protocol === "https:"
    ? withoutCredentials(url.href)
    : undefined;
}
