/**
 * Markup fixes on the article's HTML tree (hast) before it becomes Markdown. Only markup changes,
 * never wording: pictures and media go (Credo never fetches them, so they would be broken), a
 * link that would break in a content file becomes its text (in-page anchors such as footnote
 * references, `javascript:` links, relative links with no page to resolve them against), a
 * footnote marker stays as the text `[n]`, and a question shown as an accordion (`<details>`,
 * `<dt>`) becomes a `###` heading, the form Credo reads FAQs in. A footnote list gets a "Notes"
 * heading of its own, so it is not read as part of the section before it (a takeaways list).
 * A table with no header cells (Word's, mammoth's) gets its first row as header: Markdown tables
 * need one, and an empty header row would hide the column names. Comments go: they are never shown.
 */
import type { Element, ElementContent, Root, Text } from "hast";
import { SKIP, visit } from "unist-util-visit";

const MEDIA = new Set(["img", "picture", "svg", "video", "audio", "canvas", "map", "source"]);

/** A footnote marker: "1", "[1]", "12". */
const FOOTNOTE = /^\s*\[?(\d{1,3})\]?\s*$/;
/** Back-references to the text: "↩", "↑", "^". */
const BACK_ARROW = /^(?:\s|↩|↑|\^|⤴|\uFE0E|\uFE0F)*$/u;

function textOf(node: ElementContent | Element): string {
  if (node.type === "text") return node.value;
  if (node.type === "element") return node.children.map(textOf).join("");
  return "";
}

function text(value: string): Text {
  return { type: "text", value };
}

/** The link's target made absolute, or undefined when it cannot work in a content file. */
function linkTarget(href: unknown, base: string | undefined): string | undefined {
  if (typeof href !== "string" || href.startsWith("#")) return undefined;
  try {
    const url = base ? new URL(href, base) : new URL(href);
    return ["http:", "https:", "mailto:"].includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const BLOCKS = new Set([
  "ul",
  "ol",
  "dl",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "blockquote",
  "table",
]);

const cells = (node: Element): Element[] =>
  node.children.flatMap((child) => {
    if (child.type !== "element") return [];
    return child.tagName === "td" || child.tagName === "th" ? [child] : cells(child);
  });

/**
 * A table used for layout (an old site's two-column grid, a SWOT box): a cell holds a list, a
 * heading or more than one paragraph, which a Markdown table cannot. Its cells' contents, in
 * reading order, are what it shows.
 */
function isLayoutTable(node: Element): boolean {
  // (One row and no header cell: columns set side by side — "**MOTs while you wait** Book a …" |
  // "**Free courtesy car** …" — not a table of anything.)
  const all = cells(node);
  if (rowCount(node) === 1 && !hasHeaderCell(node) && all.length > 1) return true;
  return all.some((cell) => {
    // (Past a wrapper: Readability parts "text<br><br>text" into <p>s inside the cell's <div>.)
    let inner = cell;
    for (let only = onlyShown(inner); only?.type === "element" && only.tagName === "div"; )
      [inner, only] = [only, onlyShown(only)];
    const elements = inner.children.filter((c) => c.type === "element");
    return (
      elements.some((c) => BLOCKS.has(c.tagName)) ||
      elements.filter((c) => c.tagName === "p" || c.tagName === "div").length > 1 ||
      paragraphBreak(inner)
    );
  });
}

/**
 * Two line breaks in a row ("…customers).<br><br>There are six of us"): a site builder's
 * paragraph break (Weebly's columns), which a Markdown cell cannot hold.
 */
function paragraphBreak(node: Element): boolean {
  const kids = node.children.filter(shown);
  return kids.some(
    (c, i) =>
      c.type === "element" &&
      (c.tagName === "br"
        ? kids[i + 1]?.type === "element" && (kids[i + 1] as Element).tagName === "br"
        : paragraphBreak(c)),
  );
}

/** Each cell's contents as blocks, in reading order. */
const cellContents = (node: Element): ElementContent[] =>
  cells(node).flatMap((cell) => asBlocks(cell.children));

/**
 * Content as blocks, every word kept: a run of text and inline markup becomes a paragraph (none
 * when it is only white space), other elements stay as they are.
 */
function asBlocks(children: ElementContent[]): ElementContent[] {
  const blocks: ElementContent[] = [];
  let run: ElementContent[] = [];
  const close = () => {
    if (run.some((c) => textOf(c).trim() !== "")) blocks.push(element("p", run));
    run = [];
  };
  for (const child of children) {
    if (isPhrasing(child)) run.push(child);
    else if (child.type === "element") {
      close();
      blocks.push(child);
    }
  }
  close();
  return blocks;
}

/**
 * "Text.<br><br>More text.": a block of text only, parted by two line breaks or more, as old
 * site builders (Weebly, Blogger) write paragraphs — one <p> for each part; else undefined.
 */
function brokenParagraphs(node: Element): ElementContent[] | undefined {
  if (!node.children.every(isPhrasing) || !paragraphBreak(node)) return undefined;
  const parts: ElementContent[][] = [[]];
  let breaks: ElementContent[] = [];
  for (const child of node.children) {
    if (child.type === "element" && child.tagName === "br") breaks.push(child);
    else if (child.type === "text" && child.value.trim() === "" && breaks.length > 0) continue;
    else {
      if (breaks.length >= 2) parts.push([]);
      else (parts.at(-1) as ElementContent[]).push(...breaks);
      breaks = [];
      (parts.at(-1) as ElementContent[]).push(child);
    }
  }
  return parts.filter((part) => part.some(shown)).map((part) => element("p", part));
}

/** A footnote's list item id: "fn1", "fn:2", "footnote-3", "note-4". */
const FOOTNOTE_ID = /^(?:fn|footnote|note|endnote)[-_:]?\d+$/i;

const isFootnoteList = (node: Element) =>
  (node.tagName === "ol" || node.tagName === "ul") &&
  node.children.some((c) => c.type === "element") &&
  node.children.every(
    (c) => c.type !== "element" || FOOTNOTE_ID.test(String(c.properties.id ?? "")),
  );

/** The table's rows (not those of a table inside a cell). */
function rowCount(node: Element): number {
  return node.children.reduce(
    (n, c) =>
      c.type !== "element" || c.tagName === "table"
        ? n
        : n + (c.tagName === "tr" ? 1 : rowCount(c)),
    0,
  );
}

function firstRow(node: Element): Element | undefined {
  for (const child of node.children) {
    if (child.type !== "element") continue;
    if (child.tagName === "tr") return child;
    const row = firstRow(child);
    if (row) return row;
  }
  return undefined;
}

function hasHeaderCell(node: Element): boolean {
  return node.children.some(
    (c) => c.type === "element" && (c.tagName === "th" || hasHeaderCell(c)),
  );
}

const BOLD = new Set(["b", "strong"]);

const isQuestion = (node: Element) => textOf(node).trim().endsWith("?");

/** A child a reader sees: an element, or text that is not only white space. */
const shown = (c: ElementContent) => c.type === "element" || textOf(c).trim() !== "";

/** The one child of `node` a reader sees, if it shows only one. */
function onlyShown(node: Element): ElementContent | undefined {
  const kids = node.children.filter(shown);
  return kids.length === 1 ? kids[0] : undefined;
}

/** A list each of whose items is one accordion asking a question (`<li><details><summary>…?`). */
function accordionList(list: Element): boolean {
  const items = list.children.filter((c): c is Element => c.type === "element");
  return (
    items.length > 0 &&
    items.every((item) => {
      if (item.tagName !== "li") return false;
      const only = onlyShown(item);
      if (only?.type !== "element" || only.tagName !== "details") return false;
      const summary = only.children.find(
        (c): c is Element => c.type === "element" && c.tagName === "summary",
      );
      return summary !== undefined && isQuestion(summary);
    })
  );
}

/** A question as a `###` heading; one set in a heading already (`<summary><h3>`) is not nested. */
const heading = (node: Element): Element => {
  const only = onlyShown(node);
  const inner = only?.type === "element" && /^h[1-6]$/.test(only.tagName) ? only : node;
  return element("h3", inner.children);
};

const PHRASING = new Set([
  "a",
  "b",
  "strong",
  "em",
  "i",
  "span",
  "code",
  "abbr",
  "q",
  "small",
  "sub",
  "sup",
  "br",
  "mark",
  "cite",
  "time",
]);
const isPhrasing = (node: ElementContent) =>
  node.type === "text" || (node.type === "element" && PHRASING.has(node.tagName));

const element = (tagName: string, children: ElementContent[]): Element => ({
  type: "element",
  tagName,
  properties: {},
  children,
});

/**
 * A list's terms and definitions, in order, out of the <div> each pair may be grouped in (which
 * Readability makes a <p>, since it holds no block it knows).
 */
function terms(node: Element): Element[] {
  return node.children.flatMap((child) => {
    if (child.type !== "element") return [];
    return child.tagName === "div" || child.tagName === "p" ? terms(child) : [child];
  });
}

/**
 * Terms with their definitions and nothing else — not questions (an FAQ's, which become
 * headings) and no heading of an accordion already made one.
 */
function isTermList(node: Element): boolean {
  const all = terms(node);
  const definitions = all.filter((c) => c.tagName === "dd");
  return (
    all.some((c) => c.tagName === "dt") &&
    all.every((c) => (c.tagName === "dt" && !isQuestion(c)) || c.tagName === "dd") &&
    // Not a row of figures ("2,400" under "schools"): those are no names with their meaning.
    definitions.filter((c) => WORDS.test(textOf(c))).length * 2 >= definitions.length
  );
}

/** Three words or more: a definition, not a figure or a label. */
const WORDS = /\p{L}+\S*\s+\p{L}+\S*\s+\p{L}/u;

/** A term ending in its own stop or colon ("Children first.") runs into its text without a dash. */
const ENDS_IN_STOP = /[.:;!–—-]\s*$/;

/**
 * A list of terms and their definitions (a `<dl>` of value names): a list whose items are the
 * bold name, a dash and the definition — the way such lists are written in Markdown — its
 * first paragraph run in after the name, any further ones kept below.
 */
function termList(node: Element): Element {
  const groups: { name?: ElementContent[]; blocks: ElementContent[] }[] = [];
  for (const child of terms(node)) {
    if (child.tagName === "dt") groups.push({ name: child.children, blocks: [] });
    else if (child.tagName === "dd") {
      if (groups.length === 0) groups.push({ blocks: [] });
      groups.at(-1)?.blocks.push(...asBlocks(child.children));
    }
  }
  return element(
    "ul",
    groups.map(({ name, blocks }) => (name ? namedItem(name, blocks) : element("li", blocks))),
  );
}

/**
 * A list item of a bold name and its text, as a Markdown writer sets it: the first paragraph
 * runs in after the name ("- **Farmers first** – Decisions are …"), any others follow.
 */
function namedItem(name: ElementContent[], blocks: ElementContent[]): Element {
  const lead = element("p", [element("strong", name)]);
  const [first, ...rest] = blocks;
  const runIn = first?.type === "element" && first.tagName === "p";
  if (runIn)
    lead.children.push(text(ENDS_IN_STOP.test(textOf(lead)) ? " " : " – "), ...first.children);
  const after = runIn ? rest : blocks;
  // An item of one paragraph is a tight item.
  return element("li", after.length === 0 ? lead.children : [lead, ...after]);
}

const WRAPPERS = new Set(["div", "section", "article", "header"]);

/** A site's drawn counter: "01", "2.", "3)" — the item's own number, in a list that numbers anyway. */
const COUNTER = /^\s*0*(\d{1,2})[.)]?\s*$/;

/**
 * A list item that opens on a heading (a card's title): the heading's words and what follows.
 * (`position`: the item's place in its list, 1 for the first.)
 */
function headedItem(
  node: Element,
  position: number,
): { name: ElementContent[]; rest: ElementContent[] } | undefined {
  // A card's wrappers first: <li><div class="card"><div class="content"><h3>; past a counter
  // drawn before them, <li><span>01</span><div><h3> (a number that is not the item's says
  // something, "40" years, and stays).
  let inner = node;
  for (;;) {
    const kids = inner.children.filter(shown);
    const counted =
      kids.length === 2 &&
      Number(COUNTER.exec(textOf(kids[0] as ElementContent))?.[1]) === position;
    const only = counted ? kids[1] : onlyShown(inner);
    if (only?.type !== "element" || !WRAPPERS.has(only.tagName)) break;
    inner = only;
  }
  const index = inner.children.findIndex(shown);
  const first = inner.children[index];
  if (first?.type !== "element" || !/^h[1-6]$/.test(first.tagName)) return undefined;
  return { name: first.children, rest: inner.children.slice(index + 1) };
}

export function tidyHtml(tree: Root, base: string | undefined): void {
  // A comment is never shown: a block editor's "<!-- wp:paragraph -->", a theme's "<!--end row-->".
  visit(tree, "comment", (_, index, parent) => {
    if (!parent || index === undefined) return;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
  visit(tree, "element", (node, index, parent) => {
    if (!parent || index === undefined) return;
    const replace = (...nodes: ElementContent[]) => {
      parent.children.splice(index, 1, ...nodes);
      const next: [typeof SKIP, number] = [SKIP, index];
      return next;
    };
    if (MEDIA.has(node.tagName)) return replace();
    if (node.tagName === "table" && isLayoutTable(node)) return replace(...cellContents(node));
    const split = (node.tagName === "p" || node.tagName === "div") && brokenParagraphs(node);
    if (split) return replace(...split);
    if (node.tagName === "table" && !hasHeaderCell(node))
      for (const cell of firstRow(node)?.children ?? [])
        if (cell.type === "element" && cell.tagName === "td") cell.tagName = "th";
    if (node.tagName === "sup") {
      const marker = FOOTNOTE.exec(textOf(node));
      if (marker) return replace(text(`[${marker[1]}]`));
    }
    if (node.tagName === "a") {
      // A logo's or an icon's link has no text once its picture is gone.
      if (textOf(node).trim() === "") return replace();
      const target = linkTarget(node.properties.href, base);
      if (target) {
        node.properties = { href: target };
        return;
      }
      return BACK_ARROW.test(textOf(node)) ? replace() : replace(...node.children);
    }
    if (node.tagName === "dl" && isTermList(node)) return replace(termList(node));
    // A list of question accordions (Wix's FAQ widget, `<ul><li><details>`): the questions and
    // answers, out of the list, as a page's FAQ reads.
    if ((node.tagName === "ul" || node.tagName === "ol") && accordionList(node))
      return replace(
        ...node.children.flatMap((c) =>
          c.type === "element" && c.tagName === "li" ? c.children : [],
        ),
      );
    // Bold set inside bold (an editor's `<b><strong>`) would be written `**__name__**`.
    if (BOLD.has(node.tagName))
      node.children = node.children.flatMap((c) =>
        c.type === "element" && BOLD.has(c.tagName) ? c.children : [c],
      );
    const headed =
      node.tagName === "li"
        ? headedItem(node, parent.children.filter((c) => c.type === "element").indexOf(node) + 1)
        : undefined;
    if (headed) node.children = namedItem(headed.name, asBlocks(headed.rest)).children;
    if ((node.tagName === "summary" || node.tagName === "dt") && isQuestion(node))
      return replace(heading(node));
    if (node.tagName === "details" || node.tagName === "dl" || node.tagName === "dd")
      return replace(...node.children);
    return;
  });
  // A list item with nothing left to show (a product card whose picture, name and price the
  // page's chrome and the article extraction took away) is no bullet; a list of none is no list.
  visit(tree, "element", (node, index, parent) => {
    if (!parent || index === undefined || (node.tagName !== "ul" && node.tagName !== "ol")) return;
    node.children = node.children.filter(
      (child) => !(child.type === "element" && child.tagName === "li" && !textOf(child).trim()),
    );
    if (node.children.some((child) => child.type === "element")) return;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
  visit(tree, "element", (node, index, parent) => {
    if (!parent || index === undefined || !isFootnoteList(node)) return;
    parent.children.splice(index, 0, element("h2", [text("Notes")]));
    // Past the heading and the list: a footnote list holds no other.
    return index + 2;
  });
}
