/**
 * Where the text came from (`meta.origin`), as readers see it: a web address as host and path
 * ("example.com/about") linked to the page, anything else as a file name only. Outputs are handed
 * out, and an absolute path would tell every reader the author's folders (`meta.source` is kept
 * relative for the same reason); a password in an address is never shown or linked either.
 */

export interface OriginView {
  /** What is printed: "example.com/about", or "about.html". */
  label: string;
  /** The page's address to link to; null for a file. */
  href: string | null;
}

export function originView(origin: string | undefined): OriginView | null {
  const text = origin?.trim();
  if (!text) return null;
  const url = webAddress(text);
  if (!url) return { label: text.split(/[\\/]/).pop() || text, href: null };
  const path = url.pathname.replace(/\/+$/, "");
  return { label: readable(`${url.host}${path}`), href: url.href };
}

/** `text` as an http(s) URL without credentials, or null: other schemes are never linked. */
function webAddress(text: string): URL | null {
  if (!/^https?:\/\//i.test(text)) return null;
  try {
    const url = new URL(text);
    url.username = "";
    url.password = "";
    return url;
  } catch {
    return null;
  }
}

/** Percent-escapes as the characters they stand for ("/%C3%BCber-uns" → "/über-uns"). */
function readable(address: string): string {
  try {
    return decodeURI(address);
  } catch {
    return address;
  }
}

/** The deck's speaker-note line naming it: "Taken from example.com/about.", or null. */
export function originNote(origin: string | undefined): string | null {
  const view = originView(origin);
  return view ? `Text taken from ${view.label}.` : null;
}
