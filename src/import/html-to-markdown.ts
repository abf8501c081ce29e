/**
 * HTML to Markdown the unified way: rehype-parse → (tidy-html) → rehype-remark → remark-gfm →
 * remark-stringify. Headings, lists, tables and blockquotes keep their structure; the text is
 * carried over as it is (the stringifier only escapes what Markdown would otherwise read as
 * markup).
 */
import type { Root } from "hast";
import rehypeParse from "rehype-parse";
import rehypeRemark from "rehype-remark";
import remarkGfm from "remark-gfm";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import { tidyHtml } from "./tidy-html.js";

export function htmlToMarkdown(html: string, base?: string): string {
  return String(
    unified()
      .use(rehypeParse, { fragment: true })
      .use(() => (tree: Root) => tidyHtml(tree, base))
      .use(rehypeRemark)
      .use(remarkGfm)
      .use(remarkStringify, {
        bullet: "-",
        emphasis: "_",
        strong: "*",
        listItemIndent: "one",
        fences: true,
        rule: "-",
      })
      .processSync(html),
  ).trim();
}
