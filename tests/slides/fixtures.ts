/**
 * Slide-deck fixtures: schema-valid Models written by hand (validated with Model.parse).
 * - `tiktokModel` follows content/tiktok.md (real wording, real line numbers): several mission
 *   and vision wordings, five value sets, one announcing a count its list disagrees with.
 * - `longModel` is built to force splitting: a nine-value set with long descriptions, a very long
 *   mission, many FAQ entries and consistency notes, a long set label.
 * - `bareModel` has only a mission: every optional slide must be left out.
 */
export { bareModel, longModel } from "./fixture-long.js";
export { tiktokModel } from "./fixture-tiktok.js";
