/** Path containment, used both to keep the server inside the output folder and the watcher out of it. */
import { isAbsolute, relative, sep } from "node:path";

/** True when `path` is `root` or below it (both absolute, already resolved). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === "" || !(rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel));
}
