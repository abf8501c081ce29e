/**
 * Errors the CLI turns into exit codes: 1 content (the file must change), 64 usage (the command
 * must change). Browser errors (src/browser) carry 2 (no browser) and 3 (render failed).
 */
export class ContentError extends Error {
  override readonly name = "ContentError";
  readonly exitCode = 1;
}

export class UsageError extends Error {
  override readonly name = "UsageError";
  readonly exitCode = 64;
}

export function exitCodeOf(error: unknown): number {
  const code = (error as { exitCode?: unknown } | null)?.exitCode;
  return typeof code === "number" ? code : 70;
}
