/**
 * Site chrome: the parts of a page that are not the article. Removed before Readability scores
 * the page, because Readability keeps boxes it finds "content-like" (an ad label in a paragraph,
 * a product box, a newsletter sign-up, an author box after the post) and the article's sentences
 * must come through without them.
 */

/** Elements that are never article text. */
const CHROME_TAGS = [
  "script",
  "style",
  "noscript",
  "template",
  "nav",
  "aside",
  "form",
  "button",
  "iframe",
  "object",
  "embed",
  "dialog",
  "footer",
] as const;

/** Landmark roles of page furniture. */
const CHROME_ROLES = ["navigation", "banner", "contentinfo", "complementary", "dialog", "search"];

/**
 * A class or id token that names chrome, matched whole or as a hyphen/underscore-separated part
 * ("ad-slot", "site-header", "jp-relatedposts"), never as a substring of a word ("shadow", "load").
 */
const CHROME_WORDS = new RegExp(
  `(?:^|[-_])(?:${[
    // ads and sponsored boxes
    "ad",
    "ads",
    "adsbygoogle",
    "advert",
    "advertisement",
    "sponsored",
    "promo",
    "product-box",
    "affiliate",
    // site furniture
    "site-header",
    "masthead",
    "navbar",
    "menu",
    "breadcrumbs?",
    "announcement-bar",
    "site-footer",
    // a page builder's footer template ("elementor-location-footer") and call-to-action buttons
    "footer",
    "button",
    "colophon",
    "sidebar",
    "widget-area",
    // consent banners
    "cookie",
    "cookies",
    "cookie-notice",
    "cookie-consent",
    "consent",
    "gdpr",
    // engagement
    "share",
    "sharing",
    "sharedaddy",
    "social",
    "newsletter",
    "subscribe",
    "signup",
    "cta",
    "cta-band",
    "related",
    "relatedposts",
    "comments?",
    "author-box",
    "author-bio",
    "about-author",
    "byline",
    "entry-meta",
    "post-meta",
    "toc",
    "table-of-contents",
    "eyebrow",
    "btn",
  ].join("|")})(?:$|[-_])`,
  "i",
);

/** A heading element's tag name: "H1" … "H6", its level captured. */
export const HEADING = /^H([1-6])$/;
/** Whether the element holds text of its own: a text node child with more than spaces. */
export const ownText = (element: Element) =>
  [...element.childNodes].some((n) => n.nodeType === 3 && /\S/.test(n.textContent ?? ""));

/** A heading element's level (1–6), or undefined for any other element. */
export const headingLevel = (element: Element): number | undefined => {
  const level = HEADING.exec(element.tagName)?.[1];
  return level === undefined ? undefined : Number(level);
};
const TOC_TOKEN = /(?:^|[-_])(?:toc|table-of-contents)(?:$|[-_])/i;
const SXA_PROMO = ".component.promo";
const PROMO_TOKEN = /(?:^|[-_])promo(?:$|[-_])/i;

/** What marks the article; an element holding one of these is not chrome. */
const ARTICLE = "article, main, [role=main], h1";

/** An element's text, its runs of white space as one space. */
export const elementText = (element: Element): string =>
  element.textContent?.replace(/\s+/g, " ").trim() ?? "";

/** An element's class and id tokens, the words a theme names it by. */
export const classTokens = (element: Element): string[] =>
  [...element.classList, element.id].filter(Boolean);

/**
 * The part of a token that negates a word ("not-footer" in Weebly's content area
 * "wsite-not-footer", "no-sidebar"): it names what the element is not.
 */
const NEGATED = /(?:^|[-_])(?:not|no|non|without)[-_][a-z]+/gi;

/** A hash's first part: four hex digits or more, a digit among them ("8a1f2c"). */
const HASH_HEAD = /^(?=[0-9a-f]*\d)[0-9a-f]{4,}$/;
/** A hash's later part: one to eight hex digits ("ad"). */
const HASH_PART = /^[0-9a-f]{1,8}$/;

/**
 * The token without the generated hash closing it ("_8a1f2c-ad" of Kadence's
 * "kt-info-box14_8a1f2c-ad"), whose letters spell a chrome word there by chance: from the
 * earliest part after a "-" or "_" that opens a hash, when every part after it is a hash's.
 * (Part by part, from the end: linear in the token, however long.)
 */
function withoutHashTail(token: string): string {
  const parts = token.split(/[-_]/);
  let tail = parts.length;
  while (tail > 1 && HASH_PART.test(parts[tail - 1] ?? "")) tail--;
  let offset = 0;
  for (const [k, part] of parts.entries()) {
    if (k >= Math.max(1, tail - 1) && k < parts.length - 1 && HASH_HEAD.test(part))
      return token.slice(0, offset - 1);
    offset += part.length + 1;
  }
  return token;
}

export function isChromeToken(token: string): boolean {
  return CHROME_WORDS.test(withoutHashTail(token.replace(NEGATED, "")));
}

/**
 * A <nav> with text and no link is no navigation: a dropdown's panel (Webflow sets each FAQ
 * answer in a `<nav class="w-dropdown-list">`).
 */
const isTextPanel = (nav: Element) =>
  nav.getAttribute("role") !== "navigation" &&
  !nav.querySelector("a[href]") &&
  Boolean(nav.textContent?.trim());

/**
 * A carousel's copies of its own slides, made so it can loop (Swiper, Slick, Owl, Splide, Glide):
 * the page shows each slide once.
 */
const CLONES =
  ".swiper-slide-duplicate, .slick-cloned, .owl-item.cloned, .splide__slide--clone, .glide__slide--clone";

/** Class names themes and design systems give text for screen readers only. */
const SCREEN_READER =
  /^(?:sr-only|screen-reader-text|elementor-screen-only|(?:[a-z]+-)*visually-hidden(?:--inline)?)$/;

/**
 * The elements `matches` picks that no other picked element holds, in document order: one walk,
 * so a pass that reads each one's text reads every part of the page once, however a hostile page
 * nests them.
 */
export function outermost(document: Document, matches: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  const stack: Element[] = [document.documentElement];
  for (let next = stack.pop(); next; next = stack.pop()) {
    if (matches(next)) {
      found.push(next);
      continue;
    }
    // (The children read once: linkedom builds the list afresh on each read.)
    const children = next.children;
    for (let k = children.length - 1; k >= 0; k--) stack.push(children[k] as Element);
  }
  return found;
}

/**
 * ASP.NET Web Forms (Kentico, DotNetNuke, older Sitefinity) wrap the whole page in one <form>: a
 * form that holds the article's marks, or most of the page's text, is the page, not a sign-up box.
 * Only a form no other form holds is judged (outermost); a form inside another is chrome.
 */
function pageForms(document: Document): Set<Element> {
  const outer = outermost(document, (element) => element.tagName === "FORM");
  const page = outer.length > 0 ? (document.body?.textContent?.length ?? 0) : 0;
  return new Set(
    outer.filter(
      (form) =>
        form.querySelector(ARTICLE) !== null ||
        (page > 0 && (form.textContent?.length ?? 0) * 2 > page),
    ),
  );
}

/** Removes the chrome from `document` in place. */
export function removeChrome(document: Document): void {
  const doomed = new Set<Element>();
  // Kept as a <div>, which Readability reads as text too.
  for (const nav of [...document.querySelectorAll("nav")].filter(isTextPanel)) {
    const panel = document.createElement("div");
    for (const name of nav.getAttributeNames())
      panel.setAttribute(name, nav.getAttribute(name) ?? "");
    panel.append(...nav.childNodes);
    nav.replaceWith(panel);
  }
  const pages = pageForms(document);
  // An <aside> inside the article is a callout of the article's own; outside, a sidebar.
  for (const element of document.querySelectorAll(CHROME_TAGS.join(",")))
    if (element.tagName !== "ASIDE" || !element.parentElement?.closest("article"))
      if (!pages.has(element)) doomed.add(element);
  for (const role of CHROME_ROLES)
    for (const element of document.querySelectorAll(`[role="${role}"]`)) doomed.add(element);
  // (Each SXA promo component and what it holds, marked once: an outer one marks any inside it.)
  const inPromo = new Set<Element>();
  for (const promo of document.querySelectorAll(SXA_PROMO)) {
    if (inPromo.has(promo)) continue;
    inPromo.add(promo);
    for (const inside of promo.querySelectorAll("*")) inPromo.add(inside);
  }
  for (const element of document.querySelectorAll("[class],[id]")) {
    // Text only screen readers get ("Information: " before an inset, "Regular price") is no part
    // of what the page shows; a hidden heading still names the part under it. (A space stays in
    // its place: GOV.UK's hidden ", " is all that parts a heading from the word after it.)
    if (
      !HEADING.test(element.tagName) &&
      [...element.classList].some((c) => SCREEN_READER.test(c))
    ) {
      element.replaceWith(document.createTextNode(" "));
      continue;
    }
    // (A table-of-contents plugin marks the article's own headings as its anchors:
    // "elementor-toc__heading-anchor", "ez-toc-section". Such a heading is the article's.)
    // (Sitecore SXA renders every component as "component <kind>"; its "promo" is a content card —
    // an icon, a heading, a line of text — and "promo-text" its text, no advert.)
    const sxaPromo = inPromo.has(element);
    const tokens = classTokens(element).filter(
      (token) =>
        !(HEADING.test(element.tagName) && TOC_TOKEN.test(token)) &&
        !(sxaPromo && PROMO_TOKEN.test(token)),
    );
    // A wrapper named after its layout ("has-sidebar", "menu-open") can hold the article itself,
    // or be it: Kadence's <article class="… post-footer-area-boxed …">.
    if (tokens.some(isChromeToken) && !element.matches(ARTICLE) && !element.querySelector(ARTICLE))
      doomed.add(element);
  }
  for (const element of document.querySelectorAll(`[hidden],[aria-hidden=true],${CLONES}`))
    doomed.add(element);
  // The body and the document element are never chrome, whatever a theme calls them.
  doomed.delete(document.body);
  doomed.delete(document.documentElement);
  for (const element of doomed) element.remove();
}
