/**
 * File watching for the edit loop: node:fs `watch` (recursive on folders), bursts debounced into
 * one batch, editor droppings ignored. An editor's save is several events (truncate + write, or
 * write a temp file + rename it over the original); reacting to the first would read a half-saved
 * file and flash an error, so a batch is only handed on once the folder has been quiet briefly
 * (and a file caught empty, mid-save, a little longer).
 */
import { type FSWatcher, statSync, watch } from "node:fs";
import { join } from "node:path";
import { isInside } from "./paths.js";

export interface WatchTarget {
  dir: string;
  /** Watch the whole tree under `dir` (folders), or only `dir` itself (the parents of named files). */
  recursive: boolean;
}

export interface WatchOptions {
  /** Quiet time that ends a burst. */
  debounceMs: number;
  /** Folders whose changes are ours (the output folder), never a reason to rebuild. */
  ignoreDirs: readonly string[];
  /** A batch of changed paths; `since` is the first event's `performance.now()`. A folder path
   * means "something under it changed" (the platform did not say what). */
  onBatch(paths: string[], since: number): void;
  /** A watcher failed (its folder was removed…), or handling a batch threw; watching goes on. */
  onError(error: Error, where: string): void;
}

export interface Watcher {
  close(): void;
}

/**
 * Swap, backup and lock files of common editors (vim, emacs, JetBrains, Kate, Chrome's File
 * System Access), and dotfiles in general: none of them is content.
 */
const EDITOR_TEMP = /^\.|~$|\.(swp|swx|swo|tmp|bak|kate-swp|crswap)$|^4913$|___jb_(tmp|old)___$/i;

export function isEditorTemp(path: string): boolean {
  return path.split(/[\\/]/).some((part) => EDITOR_TEMP.test(part));
}

/** How long a file caught empty is given to be written (a user who empties it waits this). */
const EMPTY_GRACE_MS = 250;

const emptyFile = (path: string) => {
  try {
    const stat = statSync(path);
    return stat.isFile() && stat.size === 0;
  } catch {
    return false;
  }
};

export function watchTargets(targets: readonly WatchTarget[], options: WatchOptions): Watcher {
  const changed = new Set<string>();
  let since = 0;
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    // A file caught empty is most likely a save between its truncate and its write (an editor,
    // or a loaded machine): wait a little longer for the write before reading it.
    const held = EMPTY_GRACE_MS - (performance.now() - since);
    if (held > 0 && [...changed].some(emptyFile)) {
      timer = setTimeout(flush, held);
      return;
    }
    timer = undefined;
    const paths = [...changed];
    changed.clear();
    try {
      options.onBatch(paths, since);
    } catch (error) {
      // Runs from a timer: thrown, it would end the process, and with it the session.
      options.onError(error as Error, paths.join(", "));
    }
  };
  const ignored = (path: string) => options.ignoreDirs.some((dir) => isInside(dir, path));

  const watchers: FSWatcher[] = [];
  const close = () => {
    clearTimeout(timer);
    for (const watcher of watchers) watcher.close();
  };
  for (const { dir, recursive } of targets) {
    let watcher: FSWatcher;
    try {
      watcher = watch(dir, { recursive, persistent: true }, (_event, name) => {
        if (name && isEditorTemp(name)) return;
        const path = name ? join(dir, name) : dir;
        if (ignored(path)) return;
        if (!timer) since = performance.now();
        changed.add(path);
        clearTimeout(timer);
        timer = setTimeout(flush, options.debounceMs);
      });
    } catch (error) {
      close();
      throw error;
    }
    watcher.on("error", (error) => options.onError(error, dir));
    watchers.push(watcher);
  }
  return { close };
}
