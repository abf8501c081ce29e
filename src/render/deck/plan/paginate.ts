/**
 * Splitting content across slides instead of letting it overflow: sequences of items into
 * balanced pages, and a single text too long for any slide into parts at sentence (or, failing
 * that, word) boundaries. Nothing is ever dropped or truncated.
 */

/**
 * Split `items` into consecutive pages that each satisfy `fits`, as few pages as greedy packing
 * needs, balanced by count when that still fits (a 9-value set becomes 5 + 4, not 6 + 3 + …).
 * An item that fits nowhere gets a page of its own; callers split such items first.
 */
export function paginate<T>(items: T[], fits: (page: T[]) => boolean): T[][] {
  const greedy: T[][] = [];
  let page: T[] = [];
  for (const item of items) {
    if (page.length > 0 && !fits([...page, item])) {
      greedy.push(page);
      page = [];
    }
    page.push(item);
  }
  if (page.length > 0) greedy.push(page);
  if (greedy.length <= 1) return greedy;

  const balanced = splitEvenly(items, greedy.length);
  return balanced.every(fits) ? balanced : greedy;
}

function splitEvenly<T>(items: T[], pages: number): T[][] {
  const result: T[][] = [];
  let start = 0;
  for (let index = 0; index < pages; index += 1) {
    const size = Math.ceil((items.length - start) / (pages - index));
    result.push(items.slice(start, start + size));
    start += size;
  }
  return result;
}

const SENTENCE = /(?<=[.!?…]["”’)]?)\s+(?=\S)/u;

/**
 * Cut `text` into the fewest parts that each satisfy `fits`, breaking between sentences where
 * possible and between words otherwise. A single word that does not fit stays whole (CSS breaks
 * it inside the box).
 */
export function splitText(text: string, fits: (part: string) => boolean): string[] {
  if (fits(text)) return [text];
  const sentences = text.split(SENTENCE);
  const pieces = sentences.flatMap((sentence) =>
    fits(sentence) ? [sentence] : packWords(sentence.split(/\s+/), fits),
  );
  return packWords(pieces, fits);
}

/** Join consecutive pieces with spaces while the joined part still fits. */
function packWords(pieces: string[], fits: (part: string) => boolean): string[] {
  const parts: string[] = [];
  let current = "";
  for (const piece of pieces.filter(Boolean)) {
    const candidate = current ? `${current} ${piece}` : piece;
    if (current && !fits(candidate)) {
      parts.push(current);
      current = piece;
    } else {
      current = candidate;
    }
  }
  if (current) parts.push(current);
  return parts;
}
