/**
 * Tabs, toggles, accordions and <details>: the page shows a title the reader clicks and a panel
 * it opens. Page builders set the title as a `role=tab` div, a button or a link (often twice, for
 * desktop and mobile) and hide the closed panels; the chrome pass removes buttons and hidden
 * elements, and Readability drops what is left of the controls, so a values page would come
 * through as sentences without their names. Done on the page before both: each panel gets its
 * title as a heading, one level below the heading before it (a toggle inside a tab one below the
 * tab's), its controls go, and a closed panel is shown.
 */
import { HEADING, headingLevel, isChromeToken, classTokens as tokens } from "./chrome.js";
import { closedAfter } from "./faq-markup.js";

/** Elements that open a panel named by aria-controls, href="#id" or data-(bs-)target. */
const CONTROL =
  '[role=tab], [aria-controls], a[href^="#"][data-toggle], a[href^="#"][data-bs-toggle], [data-target^="#"], [data-bs-target^="#"]';
/** Where a control opens site furniture (a menu drawer, a search box), never the article. */
const FURNITURE =
  "nav, header, footer, [role=navigation], [role=banner], [role=search], [role=contentinfo], [role=menu], [role=dialog]";
/** A title is a name or a short phrase; a longer control text ("Read the full policy") is not. */
const MAX_TITLE_WORDS = 12;

/**
 * The text a reader sees: an icon marked aria-hidden ("+", "▾") is not part of a title, and
 * blocks side by side are apart ("<div>01</div><div>Ship small</div>" reads "01 Ship small").
 */
function visibleText(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? "";
  if (node.nodeType !== 1 || (node as Element).getAttribute("aria-hidden") === "true") return "";
  const text = [...node.childNodes].map(visibleText).join("");
  return BLOCK.test((node as Element).tagName) ? ` ${text} ` : text;
}
const BLOCK = /^(?:DIV|P|H[1-6]|LI|SECTION)$/;
/** (An expand icon drawn as a character closes the title: "Can I visit the mill? +".) */
const textOf = (element: Element) =>
  visibleText(element).replace(/\s+/g, " ").trim().replace(EXPAND_ICON, "");
/** The characters an accordion draws its expand icon with. */
const ICON = "[+−–▾▸▼►›⌄⌃×]";
const EXPAND_ICON = new RegExp(String.raw`\s*${ICON}$`, "u");
const ICON_ONLY = new RegExp(String.raw`^\s*${ICON}\s*$`, "u");

function targetId(control: Element): string | undefined {
  const named =
    control.getAttribute("aria-controls")?.trim().split(/\s+/)[0] ??
    (control.getAttribute("data-bs-target") || control.getAttribute("data-target") || undefined) ??
    (control.tagName === "A" ? control.getAttribute("href") : undefined);
  const id = named?.replace(/^#/, "");
  return id ? id : undefined;
}

/** Inside the site's furniture (a control's own class, "accordion-button", says nothing). */
const inFurniture = (control: Element) => control.closest(FURNITURE) !== null;

/** A panel that is furniture or holds it: a menu drawer, a search box, a cookie banner. */
const isFurniture = (panel: Element) =>
  inFurniture(panel) ||
  panel.querySelector(FURNITURE) !== null ||
  tokens(panel).some(isChromeToken);

/** A usable title: some words, not too many. */
function isTitle(text: string): boolean {
  return /\p{L}/u.test(text) && text.split(" ").length <= MAX_TITLE_WORDS;
}

/**
 * `<h3><button>Reliability</button></h3>`: an accordion's title set as a button inside its heading
 * (Kadence, Spectra), with no attribute naming the panel it opens. The chrome pass removes buttons,
 * so the heading would go empty and the title with it: the button gives way to its words. (A
 * control naming its panel stays, for the pairing below.)
 */
function headingButtons(document: Document): void {
  for (const button of document.querySelectorAll(
    "h1 > button, h2 > button, h3 > button, h4 > button, h5 > button, h6 > button",
  )) {
    if (button.matches(CONTROL) || !isTitle(textOf(button))) continue;
    button.replaceWith(document.createTextNode(textOf(button)));
  }
}

/** The panel's own title heading, when a control sits inside one (Bootstrap's accordion-header). */
const headingOf = (element: Element) => element.closest("h1, h2, h3, h4, h5, h6");

export function disclosuresAsHeadings(document: Document): void {
  headingButtons(document);
  // Panel → the controls that open it, in document order.
  const panels = new Map<Element, Element[]>();
  // (One map of the page's ids: looking each control's panel up in the page would cost the
  // page's size per control.)
  const byId = new Map<string, Element>();
  for (const element of document.querySelectorAll("[id]"))
    if (!byId.has(element.id)) byId.set(element.id, element);
  for (const control of document.querySelectorAll(CONTROL)) {
    const id = targetId(control);
    const panel = id ? byId.get(id) : undefined;
    if (!panel || panel === control || panel.contains(control) || control.contains(panel)) continue;
    if (inFurniture(control) || isFurniture(panel)) continue;
    const list = panels.get(panel) ?? [];
    list.push(control);
    panels.set(panel, list);
  }
  // ("<button aria-expanded=false>Thrift</button><div hidden>…": a closed panel right after its
  // expand button, nothing naming it.)
  for (const control of document.querySelectorAll("[aria-expanded]")) {
    const panel = closedAfter(control);
    if (!panel || panels.has(panel) || inFurniture(control) || isFurniture(panel)) continue;
    panels.set(panel, [control]);
  }
  for (const [panel, control] of positionalTabs(document))
    if (!panels.has(panel)) panels.set(panel, [control]);
  for (const summary of document.querySelectorAll("details > summary")) {
    // (Its expand icon drawn as a character is no part of the question: "Can I visit? +".)
    const icon = summary.lastElementChild;
    if (icon && ICON_ONLY.test(icon.textContent ?? "")) icon.remove();
    if (!textOf(summary).endsWith("?") && summary.parentElement)
      panels.set(summary.parentElement, [summary]);
  }

  const toggles = toggleBlocks(document, panels);
  const levels = headingLevels(document, [...panels.keys(), ...toggles.keys()]);
  for (const [panel, controls] of panels) {
    const title = controls.map(textOf).find(isTitle);
    const titled = controls.map(headingOf).find((h) => Boolean(h));
    panel.removeAttribute("hidden");
    panel.removeAttribute("aria-hidden");
    if (titled) {
      // The heading stays; only its button goes (the chrome pass removes every <button>).
      for (const control of controls)
        if (titled.contains(control)) control.replaceWith(...control.childNodes);
      continue;
    }
    // (A panel that opens on its own heading, "Background" under the tab "1. Background", is
    // titled already: only the controls go.)
    if (title === undefined || opensOnHeading(panel)) {
      if (title !== undefined) for (const control of controls) removeWithEmptyParents(control);
      continue;
    }
    const heading = document.createElement(`h${levels.get(panel) ?? 2}`);
    heading.textContent = title;
    if (panel.tagName === "DETAILS") panel.prepend(heading);
    else panel.before(heading);
    for (const control of controls) removeWithEmptyParents(control);
  }
  for (const [block, line] of toggles) {
    const heading = document.createElement(`h${levels.get(block) ?? 2}`);
    heading.append(...line.childNodes);
    line.replaceWith(heading);
  }
}

/**
 * Divi's tabs and their like: a list of titles whose links go nowhere (`href="#"`), then a box of
 * as many tab panels — each title opens the panel in its place. Each panel → its title.
 */
function positionalTabs(document: Document): [Element, Element][] {
  const pairs: [Element, Element][] = [];
  for (const list of document.querySelectorAll("ul[class], ol[class], div[class], nav[class]")) {
    if (!tokens(list).some((t) => TAB_TITLES.test(t)) || inFurniture(list)) continue;
    const titles = [...list.children];
    const panes = [...(list.nextElementSibling?.children ?? [])];
    if (titles.length < 2 || panes.length !== titles.length) continue;
    if (!panes.every((pane) => tokens(pane).some((t) => /tab/i.test(t)))) continue;
    for (const [i, title] of titles.entries()) pairs.push([panes[i] as Element, title]);
  }
  return pairs;
}
/** A tab list's class: "et_pb_tabs_controls", "tabs-nav", "tab-titles". */
const TAB_TITLES = /tabs?[-_]+(?:controls?|nav|list|titles?|menu|headers?)$/i;

/**
 * A toggle block whose button names no panel (Notion's `notion-toggle-block`): its title is its
 * first line of text, outside the button, and what follows it in the block is its content.
 * Not a toggle's own heading or content part ("kg-toggle-heading", "kg-toggle-content").
 */
const TOGGLE = /(?:^|[-_])toggle(?:[-_](?:block|card|item|box))?$/i;
const INLINE = /^(?:SPAN|STRONG|B|EM|I|A|BR|SMALL|MARK|CODE|SUB|SUP)$/;

/** Each toggle block (not a panel found above) → the line that titles it. */
function toggleBlocks(document: Document, panels: Map<Element, Element[]>): Map<Element, Element> {
  // The wrappers of the controls found above: their toggles are titled by those already. (Each
  // walk up stops at a wrapper marked before, so the marking stays linear.)
  const controlled = new Set<Element>();
  for (const control of [...panels.values()].flat())
    for (let node = control.parentElement; node && !controlled.has(node); node = node.parentElement)
      controlled.add(node);
  const found = new Map<Element, Element>();
  for (const block of document.querySelectorAll("[class]")) {
    if (panels.has(block) || controlled.has(block) || !tokens(block).some((t) => TOGGLE.test(t)))
      continue;
    if (inFurniture(block) || isFurniture(block)) continue;
    const line = firstLine(block);
    // (A title already a heading is kept; a line with nothing after it titles nothing.)
    if (!line || line.closest("h1, h2, h3, h4, h5, h6") || !followed(line, block)) continue;
    if ([...line.children].every((c) => INLINE.test(c.tagName)) && isTitle(textOf(line)))
      found.set(block, line);
  }
  return found;
}

/**
 * The element holding the block's first text, skipping its buttons and hidden icons (a walk that
 * stops there, so nested toggles stay linear).
 */
function firstLine(block: Element): Element | undefined {
  const stack: Node[] = [...block.childNodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.nodeType === 3 && /\S/.test(node.textContent ?? ""))
      return node.parentElement ?? undefined;
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    if (
      element.tagName === "BUTTON" ||
      element.getAttribute("role") === "button" ||
      element.getAttribute("aria-hidden") === "true"
    )
      continue;
    stack.push(...[...element.childNodes].reverse());
  }
  return undefined;
}

/** Something follows the line inside the block: its content. */
function followed(line: Element, block: Element): boolean {
  for (let node: Element | null = line; node && node !== block; node = node.parentElement)
    if (node.nextElementSibling) return true;
  return false;
}

/**
 * Each panel's heading level: one below the nearest heading before it that is the page's own
 * (not inside another panel), or one below the panel that holds it; h2 when there is none.
 */
function headingLevels(document: Document, panels: Element[]): Map<Element, number> {
  const levels = new Map<Element, number>();
  const isPanel = new Set(panels);
  let last = 1;
  for (const element of document.querySelectorAll("*")) {
    const level = headingLevel(element);
    if (level !== undefined && !insidePanel(element, isPanel)) last = level;
    if (!isPanel.has(element)) continue;
    let outer: Element | null = element.parentElement;
    while (outer && !isPanel.has(outer)) outer = outer.parentElement;
    levels.set(element, Math.min(6, (outer ? (levels.get(outer) ?? last) : last) + 1));
  }
  return levels;
}

function insidePanel(element: Element, panels: Set<Element>): boolean {
  for (let node = element.parentElement; node; node = node.parentElement)
    if (panels.has(node)) return true;
  return false;
}

/** The panel's first element with text, through its wrappers, is a heading. */
function opensOnHeading(panel: Element): boolean {
  let node: Element | undefined = panel;
  while (node) {
    const first: Element | undefined = [...node.children].find((c) => textOf(c) !== "");
    if (!first) return false;
    if (HEADING.test(first.tagName)) return true;
    if (!/^(?:DIV|SECTION|ARTICLE|HEADER)$/.test(first.tagName)) return false;
    node = first;
  }
  return false;
}

/**
 * The control goes, and so do the wrappers (a tab list, its <li>) it leaves empty: nothing in
 * them but white space and icons hidden from readers. (Told by a wrapper's first children, not
 * its text, so a page of many controls in one big container stays linear.)
 */
function removeWithEmptyParents(control: Element): void {
  let node: Element | null = control;
  while (node?.parentElement && node.parentElement !== node.ownerDocument.body) {
    const parent: Element = node.parentElement;
    node.remove();
    if (!emptied(parent)) return;
    node = parent;
  }
  node?.remove();
}

function emptied(element: Element): boolean {
  // (Stops at the first child that shows something: never a walk over a big container.)
  for (let child = element.firstChild; child; child = child.nextSibling) {
    const blank =
      (child.nodeType === 3 && !/\S/.test(child.textContent ?? "")) ||
      (child.nodeType === 1 && (child as Element).getAttribute("aria-hidden") === "true") ||
      child.nodeType === 8;
    if (!blank) return false;
  }
  return true;
}
