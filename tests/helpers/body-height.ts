import { bodyHeight as layoutBodyHeight } from "../../src/render/deck/layout/layout.js";
import type { Slide } from "../../src/render/deck/plan/plan.js";

/** Height the planner gives a slide body, by the same layout functions it planned with. */
export function bodyHeight(slide: Slide): number {
  return slide.kind === "cover" ? 0 : layoutBodyHeight(slide);
}
