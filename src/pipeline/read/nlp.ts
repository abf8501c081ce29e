/**
 * Part-of-speech tags from wink-nlp with its English web model (shipped in the npm package, no
 * download). Loaded on first use: most documents need it only for a few statement boundaries,
 * and `credo --help` or an up-to-date build never does.
 */
import { createRequire } from "node:module";

export interface Token {
  value: string;
  /** Universal Dependencies tag: VERB, NOUN, DET, ADJ, PUNCT, … */
  pos: string;
  /** Character index of the token in the text. */
  start: number;
}

interface WinkDoc {
  tokens(): { out(its?: unknown): string[] };
}
interface Wink {
  readDoc(text: string): WinkDoc;
  its: { value: unknown; pos: unknown };
}

let wink: Wink | undefined;

function load(): Wink {
  if (!wink) {
    const require = createRequire(import.meta.url);
    const winkNLP = require("wink-nlp") as (model: unknown, pipe?: string[]) => Wink;
    // Only the tagger: sentence splitting, negation, sentiment and entities are not read, and
    // leaving them out of the pipe shortens the one-time load.
    wink = winkNLP(require("wink-eng-lite-web-model"), ["pos"]);
  }
  return wink;
}

export function tag(text: string): Token[] {
  const nlp = load();
  const tokens = nlp.readDoc(text).tokens();
  const values = tokens.out(nlp.its.value);
  const tags = tokens.out(nlp.its.pos);
  const out: Token[] = [];
  let from = 0;
  values.forEach((value, i) => {
    const start = text.indexOf(value, from);
    const at = start === -1 ? from : start;
    out.push({ value, pos: tags[i] ?? "X", start: at });
    from = at + value.length;
  });
  return out;
}
