/**
 * A document's output folder, `<outDir>/<slug>/`, made ready for writing. The slug cannot name
 * anything outside `outDir` (see slugOf), but the folder itself could be a symbolic link left
 * there (a checked-out repository, a shared output tree), and writing into it would land
 * wherever the link points. Such a folder is refused, never followed.
 */
import { lstat, mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { UsageError } from "../base/errors.js";

/** Creates `dir` (`<outDir>/<slug>`) if needed; throws when it is a link or not a folder. */
export async function outputFolder(dir: string): Promise<void> {
  await mkdir(dirname(dir), { recursive: true });
  // Not recursive here: creating the last step ourselves never goes through a link.
  await mkdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "EEXIST") throw error;
  });
  const info = await lstat(dir);
  if (info.isSymbolicLink() || !info.isDirectory()) {
    throw new UsageError(
      `${dir} is ${info.isSymbolicLink() ? "a symbolic link" : "not a folder"}; Credo writes outputs only into a real folder and never through a link. Remove it, or choose another --out`,
    );
  }
}
