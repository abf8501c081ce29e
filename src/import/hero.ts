/**
 * A page's hero set before its <main> or <article> (Bootstrap's page header, a theme's title
 * band): the page's <h1> and the lead paragraph under it, where a company often says in one line
 * what it is for. Readability and the own-article fallback both read only the article, so the
 * hero is moved in, as its first part.
 */

/** Text beside the heading, outside links, that makes a hero more than a title and buttons. */
const LEAD_AT_LEAST = 60;

export function heroIntoArticle(document: Document, own: Element | undefined): void {
  if (!own || own.querySelector("h1")) return;
  const h1 = document.querySelector("h1");
  if (!h1 || h1.querySelector("a")) return;
  const holdsOwn = new Set<Node>();
  for (let node: Element | null = own; node; node = node.parentElement) holdsOwn.add(node);
  let hero: Element = h1;
  while (hero.parentElement && !holdsOwn.has(hero.parentElement)) hero = hero.parentElement;
  const parent = hero.parentElement;
  if (!parent || parent === document.documentElement || !comesBefore(parent, hero, holdsOwn))
    return;
  if (leadLength(hero) < LEAD_AT_LEAST) return;
  own.prepend(hero);
}

/** Whether `hero`, a child of `parent`, comes before the child of `parent` that holds the article. */
function comesBefore(parent: Element, hero: Element, holdsOwn: Set<Node>): boolean {
  for (const child of parent.children) {
    if (child === hero) return true;
    if (holdsOwn.has(child)) return false;
  }
  return false;
}

const SKIPPED = /^(?:A|H[1-6]|BUTTON|SCRIPT|STYLE)$/;

/** The length of an element's text outside its headings and links (one walk, no recursion). */
function leadLength(root: Element): number {
  let length = 0;
  const stack: Node[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.nodeType === 3) length += (node.textContent ?? "").trim().length;
    else if (node.nodeType === 1 && !SKIPPED.test((node as Element).tagName))
      for (let child = node.firstChild; child; child = child.nextSibling) stack.push(child);
  }
  return length;
}
