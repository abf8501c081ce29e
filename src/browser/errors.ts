/**
 * The error every browser step throws, so a caller (the CLI) can say which step failed and exit
 * with one code, whatever puppeteer or Chromium reported underneath.
 */

/** Where a render failed: starting the browser, loading the HTML, or printing it. */
export type RenderStage = "launch" | "load" | "print";

/** Exit code 3, the CLI's code for "render failed" (see src/base/errors.ts). */
export class CredoRenderError extends Error {
  override readonly name = "CredoRenderError";
  readonly exitCode = 3;

  constructor(
    readonly stage: RenderStage,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`browser ${stage} failed: ${message}`, options);
  }
}

/** A step that did not finish within its bound (CREDO_BROWSER_TIMEOUT_MS or the caller's). */
export class CredoStepTimeout extends CredoRenderError {
  constructor(stage: RenderStage, timeoutMs: number) {
    super(stage, `timed out after ${timeoutMs} ms`);
  }
}

/**
 * puppeteer's words for a browser whose DevTools connection ended under it: "Connection closed."
 * at any step; while it launches (no page exists yet) also "Protocol error (…): Target closed".
 * The browser died or was killed, which is what the user needs to read. (A page's "Target
 * closed" later means only that page went: its step says so itself.)
 */
const CONNECTION_ENDED = /\bConnection closed\b/;
const LAUNCH_ENDED = /\b(?:Connection|Target|Session) closed\b/;

/** Wraps anything thrown during `stage` in a CredoRenderError, keeping the original as cause. */
export function toRenderError(stage: RenderStage, error: unknown): CredoRenderError {
  if (error instanceof CredoRenderError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const ended = (stage === "launch" ? LAUNCH_ENDED : CONNECTION_ENDED).test(message);
  return new CredoRenderError(stage, ended ? "the browser is gone" : message, { cause: error });
}
