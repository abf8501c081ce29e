/**
 * Bounds one browser step in time and names it in any error. The timer is our own rather than
 * puppeteer's per-call `timeout`, so every step (including ones puppeteer does not time, such as
 * reading the PDF stream) fails the same way with the same message.
 */
import { UsageError } from "../base/errors.js";
import { CredoStepTimeout, type RenderStage, toRenderError } from "./errors.js";

/** Default bound for each step; a print of a long brief on a slow CI machine fits well within it. */
export const DEFAULT_STEP_TIMEOUT_MS = 30_000;

/**
 * The bound for each step when the caller gives none: CREDO_BROWSER_TIMEOUT_MS in ms (0 = none),
 * for a slower machine, or a service that wants a hung browser to fail fast; else the default.
 */
export function stepTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const value = env.CREDO_BROWSER_TIMEOUT_MS?.trim();
  if (!value) return DEFAULT_STEP_TIMEOUT_MS;
  if (!/^\d{1,9}$/.test(value))
    throw new UsageError(
      `CREDO_BROWSER_TIMEOUT_MS takes a whole number of milliseconds (0 = no limit), not "${value}"`,
    );
  return Number(value);
}

/**
 * Runs `work` as part of `stage`, rejecting after `timeoutMs` (0 = no bound). On timeout the work
 * keeps running until its page or browser is closed by the caller; its late result is ignored.
 */
export async function runStage<T>(
  stage: RenderStage,
  timeoutMs: number,
  work: () => Promise<T>,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const running = Promise.resolve().then(work);
  const bounded =
    timeoutMs > 0
      ? Promise.race([
          running,
          new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new CredoStepTimeout(stage, timeoutMs)), timeoutMs);
          }),
        ])
      : running;
  try {
    return await bounded;
  } catch (error) {
    running.catch(() => {});
    throw toRenderError(stage, error);
  } finally {
    clearTimeout(timer);
  }
}
