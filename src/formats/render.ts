/**
 * Renders formats of one document in memory (nothing is written here). Renderers load on first
 * use, so a build of some formats never pays for the others' libraries.
 */

import type { RenderContext } from "./outputs/spec.js";
import { FORMAT_SPECS, type Format } from "./registry.js";

/** One format's bytes. */
export function renderFormat(context: RenderContext, format: Format): Promise<string | Uint8Array> {
  return FORMAT_SPECS[format].render(context);
}

/** Several formats at once: browser formats of one document print concurrently. */
export async function renderFormats(
  context: RenderContext,
  formats: readonly Format[],
): Promise<Map<Format, string | Uint8Array>> {
  const entries = await Promise.all(
    formats.map(async (format) => [format, await renderFormat(context, format)] as const),
  );
  return new Map(entries);
}
