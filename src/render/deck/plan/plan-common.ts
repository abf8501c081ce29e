/** Pieces every slide planner shares: titles of split slides, and headers. */
import { headerLayout } from "../layout/layout.js";

/**
 * Planned before the page count is known, a title is measured as if it carried the widest
 * "(n/m)" suffix; the final title is never longer, so the content box can only grow.
 */
const SUFFIX_RESERVE = " (88/88)";

/** Content height left under a header whose title may still get a "(n/m)" suffix. */
export function contentHeightFor(
  kicker: string | null,
  title: string,
  badge: string | null = null,
): number {
  return headerLayout(kicker, `${title}${SUFFIX_RESERVE}`, badge).contentHeight;
}

/** "Core values (1/2)" when a set spans several slides, "Core values" otherwise. */
export function pageTitle(title: string, index: number, count: number): string {
  return count > 1 ? `${title} (${index + 1}/${count})` : title;
}

/** Header fields of a finished slide: its title and the title step it fits at. */
export function header(kicker: string | null, title: string, badge: string | null = null) {
  return { title, kicker, titleStep: headerLayout(kicker, title, badge).titleStep };
}

/** "A, B and C": names as a presenter says them. */
export function spoken(names: string[]): string {
  return names.length > 1
    ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`
    : (names[0] ?? "");
}
