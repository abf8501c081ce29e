/**
 * Markdown blocks → safe HTML for templates: remark-rehype, then rehype-sanitize as the last hast
 * step. Raw HTML in content is dropped (remark-rehype never passes it through), images become
 * their alt text (a rendered brief never fetches anything), links keep only web/mail targets.
 */
import type { Root as HastRoot } from "hast";
import type { Definition, FootnoteDefinition, Image, Root, RootContent } from "mdast";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { plainText } from "./text.js";

const schema = {
  ...defaultSchema,
  // remark-rehype already prefixes the only ids Markdown makes (footnotes) with "user-content-";
  // prefixing them again here broke every footnote link (href "#user-content-fn-1" pointed at
  // id "user-content-user-content-fn-1"). Raw HTML, the other source of ids, is never passed on.
  clobberPrefix: "",
  protocols: {
    ...defaultSchema.protocols,
    href: ["http", "https", "mailto"],
    src: [],
    cite: [],
    longDesc: [],
  },
  tagNames: (defaultSchema.tagNames ?? []).filter(
    (tag) => !["img", "picture", "source", "input"].includes(tag),
  ),
};

/**
 * The sanitizer lets relative URLs through (they have no protocol to check). A brief is a file
 * on its own, so a relative link points wherever the file happens to be, and a scheme-relative
 * one (`//host/share`) opened from disk is a file share the reader's machine contacts on click.
 * Links keep only absolute web/mail targets and in-brief fragments; the rest keep their text.
 */
const LINK_TARGET = /^(?:https?:\/\/|mailto:|#)/i;

function dropRelativeLinks() {
  return (tree: HastRoot) => {
    visit(tree, "element", (node) => {
      const href = node.properties.href;
      if (href !== undefined && !(typeof href === "string" && LINK_TARGET.test(href)))
        delete node.properties.href;
    });
  };
}

const processor = unified()
  .use(remarkRehype, {
    handlers: {
      image: (_state: unknown, node: Image) => ({ type: "text" as const, value: node.alt ?? "" }),
    },
  })
  .use(dropRelativeLinks)
  .use(rehypeSanitize, schema)
  .use(rehypeStringify);

export interface Prose {
  html: string;
  text: string;
}

type AnyDefinition = Definition | FootnoteDefinition;

/**
 * The definitions a block needs, by identifier: those it references, and those its footnotes
 * reference in turn. Handing every block all of the document's definitions cost time in the
 * number of blocks times the number of definitions.
 */
export function definitionsFor(
  definitions: AnyDefinition[],
): (node: RootContent) => AnyDefinition[] {
  // Identifiers as mdast-util-to-hast matches them; all of one identifier, so the first still wins.
  const key = (node: { identifier: string }) => node.identifier.toUpperCase();
  const byId = new Map<string, number[]>();
  definitions.forEach((node, index) => {
    const list = byId.get(key(node));
    if (list) list.push(index);
    else byId.set(key(node), [index]);
  });
  return (node) => {
    const needed = new Set<number>();
    const pending: RootContent[] = [node];
    for (let next = pending.pop(); next; next = pending.pop()) {
      visit(next, REFERENCES, (reference) => {
        for (const index of byId.get(key(reference)) ?? []) {
          if (needed.has(index)) continue;
          needed.add(index);
          pending.push(definitions[index] as AnyDefinition);
        }
      });
    }
    return [...needed].sort((a, b) => a - b).map((index) => definitions[index] as AnyDefinition);
  };
}

const REFERENCES = ["linkReference", "imageReference", "footnoteReference"] as const;

/**
 * Render one block. `definitions` are the link/footnote definitions it references (see
 * definitionsFor), so its references still resolve.
 */
export function renderProse(node: RootContent, definitions: AnyDefinition[]): Prose {
  const root: Root = { type: "root", children: [node, ...definitions] };
  const hast = processor.runSync(root);
  return {
    html: processor.stringify(hast).trim(),
    text: plainText(node),
  };
}
