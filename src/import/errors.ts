/**
 * Why an import failed, each with its own exit code (documented in the usage text), so a script
 * can tell a typo in a host name from a page that is too large without reading the message.
 */
export const IMPORT_FAILURES = {
  dns: { code: 10, what: "host name not found" },
  connect: { code: 11, what: "connection failed (refused, reset)" },
  timeout: { code: 12, what: "timed out" },
  status: { code: 13, what: "HTTP error status" },
  redirects: { code: 14, what: "too many redirects, or a redirect off http(s)" },
  "too-large": { code: 15, what: "larger than the size cap" },
  "not-html": { code: 16, what: "not an HTML page or a Word document" },
  "no-article": { code: 17, what: "no article text found" },
  exists: { code: 18, what: "output file exists (use --force)" },
  tls: { code: 19, what: "secure connection failed (certificate not trusted, TLS error)" },
  "not-public": { code: 20, what: "address not public (--public-only)" },
  "too-deep": { code: 21, what: "elements nested too deep to read" },
} as const satisfies Record<string, { code: number; what: string }>;

export type ImportFailure = keyof typeof IMPORT_FAILURES;

export class ImportError extends Error {
  override readonly name = "ImportError";
  readonly exitCode: number;
  constructor(
    readonly kind: ImportFailure,
    message: string,
  ) {
    super(message);
    this.exitCode = IMPORT_FAILURES[kind].code;
  }
}

/** The exit codes as the usage text lists them, one a line under `indent`. */
export function importExitCodes(indent: string): string {
  return Object.values(IMPORT_FAILURES)
    .map(({ code, what }) => `${code} ${what}`)
    .join(`\n${indent}`);
}
