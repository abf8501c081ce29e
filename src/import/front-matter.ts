/**
 * The front matter of an imported file: what the source says about itself, YAML-quoted where
 * needed (yaml's own stringifier). The company is a guess and says so in a comment, so the
 * user checks it before building.
 */
import { stringify } from "yaml";

export interface ImportedMeta {
  title: string;
  company: string;
  /** Where the company guess came from ("the statements' owner", "the title"). */
  companyFrom: string;
  /** The URL (after redirects), a saved page's own address, or the file's name; none for stdin. */
  source?: string;
  /** The day of the import, YYYY-MM-DD. */
  retrieved: string;
  author?: string;
  lang?: string;
}

function scalar(value: string): string {
  return stringify(value.replace(/\s+/g, " ").trim(), { lineWidth: 0 }).trimEnd();
}

export function frontMatter(meta: ImportedMeta): string {
  const lines = [
    `title: ${scalar(meta.title)}`,
    `company: ${scalar(meta.company)}  # guessed from ${meta.companyFrom}: check it`,
    ...(meta.source ? [`source: ${scalar(meta.source)}`] : []),
    `retrieved: ${scalar(meta.retrieved)}`,
  ];
  if (meta.author) lines.push(`author: ${scalar(meta.author)}`);
  if (meta.lang) lines.push(`lang: ${scalar(meta.lang)}`);
  return `---\n${lines.join("\n")}\n---\n`;
}
