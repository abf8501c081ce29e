/**
 * `output/<slug>/` for a content file: its name without extension, reduced to safe characters so
 * no name can leave the output folder (no separators, no leading dots, no NUL).
 */
export function slugOf(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? "";
  const slug = name
    .replace(/\.(md|markdown)$/i, "")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^[.-]+/, "")
    .slice(0, 100);
  return slug || "document";
}
