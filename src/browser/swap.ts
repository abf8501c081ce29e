/**
 * Showing the next document in a page that already shows one. Loading a brief anew costs about as
 * much as printing it on a warm browser: a new page, then ~0.4 MB of inlined fonts sent and
 * decoded again. When the next document's head stylesheets are exactly the shown one's — the next
 * edit of a brief, the next brief of a batch — only the rest is sent and replaced in place: the
 * <html> attributes, the head's other elements (title, metas) and the body. The stylesheets and
 * their decoded fonts stay.
 *
 * A <style data-per-document> block (the brief's running header, which names the company) is not
 * part of the stylesheets kept: it is swapped with the rest, so a batch of briefs shares one page.
 *
 * A swap must print what a load would, so it is only tried for a head written as Credo's templates
 * write it: <style> blocks plus plain elements (meta, title, base). Anything else (a stylesheet
 * link that would load again, or a comment, script or template a regex could misread) means a
 * full load. The new nodes come from an
 * inert DOMParser document, whose scripts never run; the page's lockdown (no script, no network)
 * applies to what is adopted as to a loaded document.
 */
import type { Page } from "puppeteer";

export interface StyledDocument {
  /** The head's shared <style> blocks, verbatim: equal strings mean equal stylesheets. */
  styles: string;
  /** The document without them (its per-document style blocks included). */
  rest: string;
}

const STYLE_BLOCK = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;
const PER_DOCUMENT = /^<style\s[^>]*\bdata-per-document\b/i;
/** Elements the head may hold besides <style> for a swap; their markup cannot hide another tag. */
const PLAIN_HEAD = new Set(["!doctype", "html", "head", "meta", "title", "base"]);

/** Splits off the head's stylesheets, or undefined when the head is not plain enough to swap. */
export function splitStyles(html: string): StyledDocument | undefined {
  const body = html.search(/<body[\s>]/i);
  if (body < 0) return undefined;
  const head = html.slice(0, body);
  const shared = head.match(STYLE_BLOCK)?.filter((block) => !PER_DOCUMENT.test(block));
  if (!shared?.length) return undefined;
  for (const [, name = ""] of head.replace(STYLE_BLOCK, "").matchAll(/<\/?([a-z!][^\s/>]*)/gi))
    if (!PLAIN_HEAD.has(name.toLowerCase())) return undefined;
  const rest = head.replace(STYLE_BLOCK, (block) => (PER_DOCUMENT.test(block) ? block : ""));
  return { styles: shared.join("\n"), rest: rest + html.slice(body) };
}

/**
 * Replaces everything but the head stylesheets of the page's document with `rest`'s. Only for a
 * page showing a document with the same stylesheets (checked by the caller with splitStyles).
 */
export async function swapIn(page: Page, rest: string): Promise<void> {
  await page.evaluate(async (markup: string) => {
    const next = new DOMParser().parseFromString(markup, "text/html");
    const root = document.documentElement;
    for (const { name } of Array.from(root.attributes)) root.removeAttribute(name);
    for (const { name, value } of Array.from(next.documentElement.attributes))
      root.setAttribute(name, value);
    const perDocument = (node: Node) =>
      node instanceof HTMLStyleElement && node.hasAttribute("data-per-document");
    for (const node of Array.from(document.head.childNodes))
      if (node.nodeName !== "STYLE" || perDocument(node)) node.remove();
    // Copied before adopting: adopting a node takes it out of the live childNodes list. The
    // per-document styles go after the kept ones, where a load has them, for the same cascade.
    const head = Array.from(next.head.childNodes).map((node) => document.adoptNode(node));
    document.head.prepend(...head.filter((node) => !perDocument(node)));
    document.head.append(...head.filter(perDocument));
    document.body.replaceWith(document.adoptNode(next.body));
    // Layout first, so the fonts the new text needs are asked for before waiting on them.
    void document.body.offsetHeight;
    await document.fonts.ready;
    await Promise.all(Array.from(document.images, (image) => image.decode().catch(() => {})));
  }, rest);
}
