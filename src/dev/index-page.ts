/** The dev server's front page: each document, its outputs (links), and whether its last rebuild failed. */

export interface IndexEntry {
  slug: string;
  /** The content file, as diagnostics name it. */
  source: string;
  /** Output files present on disk, in format order. */
  outputs: string[];
  /** Why the last rebuild wrote nothing, when it failed (`errors` ≥ 1). */
  failure?: { message: string; errors: number };
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );

/** Same lockdown as the outputs: the live client is let in when served (see inject.ts). */
const CSP = "default-src 'none'; style-src 'unsafe-inline'";

export function indexPage(entries: readonly IndexEntry[]): string {
  const items = entries.map((entry) => {
    const links = entry.outputs
      .map((file) => {
        const href = `/${encodeURIComponent(entry.slug)}/${encodeURIComponent(file)}`;
        return `<a href="${escapeHtml(href)}">${escapeHtml(file)}</a>`;
      })
      .join(" ");
    const state = entry.failure
      ? `<p class="failed">Last rebuild failed (${entry.failure.errors} error${entry.failure.errors === 1 ? "" : "s"}); showing the last good output. ${escapeHtml(entry.failure.message)}</p>`
      : "";
    return `<li><h2>${escapeHtml(entry.slug)}</h2><p class="source">${escapeHtml(entry.source)}</p>${state}<p>${links || "<em>no output yet</em>"}</p></li>`;
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Credo dev</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1d1d24; }
ul { list-style: none; padding: 0; }
li { border-top: 1px solid #ddd; padding: 0.75rem 0; }
h2 { font-size: 1.2rem; margin: 0; }
.source { color: #666; margin: 0; font-family: ui-monospace, monospace; font-size: 0.9rem; }
.failed { color: #b00020; }
a { margin-right: 1rem; }
</style>
</head>
<body>
<h1>Credo dev</h1>
${items.length > 0 ? `<ul>${items.join("\n")}</ul>` : "<p>No documents yet: add a Markdown file to the content folder.</p>"}
</body>
</html>
`;
}
