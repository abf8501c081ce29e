/**
 * Headings labels.ts restores from lines written as labels or titles, marked for the readers that
 * must tell them from the page's own headings. A module of its own, so that sentences.ts and
 * heading-runs.ts need not import labels.ts, which reads counts through enumeration.ts (an import
 * cycle).
 */
import type { RootContent } from "mdast";

/** Restored from an inline label ("**Vision** Health for every valley."): the sentence after it on its line is segmented apart. */
export const inlineLabels = new WeakSet<RootContent>();

/** Restored from a title line: their level is a guess, not the page's markup. */
export const restoredTitles = new WeakSet<RootContent>();
