/**
 * A callout box that holds the page's statements under bold labels ("> **Our mission**" over its
 * line, "> **Our vision**" over its, "> **Our six values**" over its list): the page's own
 * statements set off, not someone's quotation. Its blocks are lifted out of the quote, so each
 * label is read as any label line is. So is a chat post pasted as a quote whose sender announces
 * the statements under such labels ("> **Lena Farouk** (CEO) · 9:02 AM" over "> **Vision**").
 */
import type { Blockquote, Root, RootContent } from "mdast";
import { LABEL } from "./labels.js";
import { plainText } from "./text.js";

export function openCallouts(tree: Root): void {
  tree.children = tree.children.flatMap((node): RootContent[] =>
    node.type === "blockquote" && (labelledOnly(node) || pastedPost(node)) ? node.children : [node],
  );
}

/**
 * "Our six values", "Our company values": a values label with a word before "values"; "What we
 * value", "What we stand for".
 */
const VALUES_LABEL =
  /^(?:(?:our|the|its)\s+[\p{L}\d]+\s+(?:core\s+)?values|what\s+we\s+(?:value|stand\s+for|believe(?:\s+in)?))$/iu;

/** The bold label a paragraph opens on, if it opens on one. */
function label(child: RootContent): string | undefined {
  const first = child.type === "paragraph" ? child.children[0] : undefined;
  if (first?.type !== "strong") return undefined;
  const text = plainText(first).trim().replace(/:$/, "");
  return LABEL.test(text) || VALUES_LABEL.test(text) ? text : undefined;
}

/**
 * Every block of the quote a paragraph opening on a bold statement label, the paragraph under a
 * label that stands alone, or a values label's list or table; a fact sheet's own bold lines
 * ("**Pellow Dairy — who we are**", "**Our goals for 2026**" over its line) may stand among them
 * when at least one statement label does.
 */
function labelledOnly(quote: Blockquote): boolean {
  let labels = 0;
  const every = quote.children.every((child, i) => {
    if (child.type === "list" || child.type === "table") {
      const over = quote.children[i - 1];
      const named = over === undefined ? "" : (label(over) ?? "");
      return /values$/i.test(named) || VALUES_LABEL.test(named);
    }
    if (label(child) !== undefined) {
      labels += 1;
      return true;
    }
    // ("> **Our mission**", a blank quote line, then "> To get more people outside …": the
    // paragraph under a label that stands alone on its line is that label's; so is a fact box's
    // line under its own title, "> **Mwangaza at a glance**".)
    const over = quote.children[i - 1];
    return boldLine(child) || (over !== undefined && boldOnly(over));
  });
  return every && labels > 0;
}

/** A paragraph that is one bold run and nothing else ("**Our mission**"). */
function boldOnly(child: RootContent): boolean {
  return child.type === "paragraph" && child.children.length === 1 && boldLine(child);
}

/** A paragraph whose first line is bold and nothing else ("**Our goals for 2026**"). */
function boldLine(child: RootContent): boolean {
  if (child.type !== "paragraph") return false;
  const [first, next] = child.children;
  return (
    first?.type === "strong" &&
    (next === undefined || (next.type === "text" && next.value.startsWith("\n")))
  );
}

/**
 * A chat post pasted as a quote: a sender line (a bold name, then the time it was posted) over
 * paragraphs among which a bold statement label stands.
 */
function pastedPost(quote: Blockquote): boolean {
  const [first] = quote.children;
  const sender =
    first?.type === "paragraph" &&
    first.children[0]?.type === "strong" &&
    POSTED_AT.test(plainText(first).split("\n")[0] ?? "");
  return sender && quote.children.some((child) => label(child) !== undefined);
}
/** "· 9:02 AM", "— 14:31": when a post went up, closing its sender line. */
const POSTED_AT = /[·—–-]\s*\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\s*$/;
