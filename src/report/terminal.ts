/**
 * Text from content (file names, quoted values, error messages) made safe to print to a terminal.
 * A content author must not be able to drive the reader's terminal: OSC 52 writes the clipboard,
 * OSC 0 retitles the window, CSI moves the cursor to fake or hide lines, and bidi overrides
 * reorder what is shown. Every C0 and C1 control (newline and tab included: one message, one
 * line), DEL and every bidi control is shown as a visible escape (`\x1b`, `\u202e`) instead.
 */
const BIDI_CONTROLS = new Set([
  0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
]);

function unsafe(code: number): boolean {
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f) || BIDI_CONTROLS.has(code);
}

export function forTerminal(text: string): string {
  let out = "";
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    out += !unsafe(code)
      ? char
      : code <= 0xff
        ? `\\x${code.toString(16).padStart(2, "0")}`
        : `\\u${code.toString(16).padStart(4, "0")}`;
  }
  return out;
}
