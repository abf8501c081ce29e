/**
 * Part-of-speech tags from wink-nlp with its English web model (shipped in the npm package, no
 * download). Loaded on first use: most documents need it only for a few statement boundaries,
 * and `credo --help` or an up-to-date build never does.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { type CoreJson, packCore, packVersion, unpackCore } from "./wink-pack.js";

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
  its: { value: unknown; pos: unknown; lemma: unknown };
}

/** Where `npm run compile` writes the pack: beside the compiled reader. */
export const PACK_FILE = new URL("wink-core.pack", import.meta.url);
const MODEL_DIR = "wink-eng-lite-web-model/dist/";
const require = createRequire(import.meta.url);

/** The installed model's version: a pack made from another one is not used. */
export function modelVersion(): string {
  return (require("wink-eng-lite-web-model/package.json") as { version: string }).version;
}

/** The pack of the installed model, made from wink's JSON (for the compile, or without a pack). */
export function makePack(): Uint8Array {
  const file = require.resolve(`${MODEL_DIR}languages/cur/models/eng-core-web-model.json`);
  return packCore(JSON.parse(readFileSync(file, "utf8")) as CoreJson, modelVersion());
}

/** The compiled pack when it was made from the installed model, else one made now. */
export function readPack(file: URL | string = PACK_FILE): Uint8Array {
  if (existsSync(file)) {
    const pack = readFileSync(file);
    if (packVersion(pack) === modelVersion()) return pack;
  }
  return makePack();
}

/** An annotation Credo never asks for: wink builds it at load, so it gets an empty machine. */
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);
const unused = () => ({ machines: [EMPTY_MACHINE], transformers: [], setter: () => undefined });

let wink: Wink | undefined;

function load(): Wink {
  if (!wink) {
    const winkNLP = require("wink-nlp") as (model: unknown, pipe?: string[]) => Wink;
    // wink's own model object, minus what the tagger never reads: entities, negation and
    // sentiment (their 0.6 MB of JSON were read and compiled at every start).
    const model = {
      core: () => unpackCore(readPack()),
      sbd: require(`${MODEL_DIR}load-sbd-model.js`),
      pos: require(`${MODEL_DIR}load-pos-model.js`),
      ner: () => ({ ...unused(), machines: [] }),
      negation: unused,
      sa: unused,
      metaCER: require(`${MODEL_DIR}load-cer-meta-model.js`),
      featureFn: require(`${MODEL_DIR}feature.js`),
      // (The lemmatizer alone of wink's add-ons: a verb's dictionary form tells its tense.)
      addons: Object.assign(Object.create(null), {
        lemmatize: require(`${MODEL_DIR}lemmatize.js`),
      }),
    };
    wink = winkNLP(model, ["pos"]);
  }
  return wink;
}

/**
 * A soft line break inside a paragraph (a hard-wrapped page) read as the space it stands for:
 * wink makes it a token of its own and tags the words around it otherwise ("and that\nsentence"
 * reads "that" as a conjunction). Same length, so every token keeps its place.
 */
const SOFT_BREAK = /(?<!\n)\r?\n(?!\r?\n)/g;

export function unwrap(text: string): string {
  return text.replace(SOFT_BREAK, (line) => " ".repeat(line.length));
}

export function tag(text: string): Token[] {
  const nlp = load();
  const plain = unwrap(text);
  const tokens = nlp.readDoc(plain).tokens();
  const values = tokens.out(nlp.its.value);
  const tags = tokens.out(nlp.its.pos);
  const out: Token[] = [];
  let from = 0;
  values.forEach((value, i) => {
    const start = plain.indexOf(value, from);
    const at = start === -1 ? from : start;
    out.push({ value, pos: tags[i] ?? "X", start: at });
    from = at + value.length;
  });
  return out;
}

/**
 * Each token's dictionary form ("choose" for "chose", "town" for "towns"). Apart from `tag`:
 * lemmatizing costs every tagged token, and one reading alone needs it.
 */
export function lemmas(text: string): string[] {
  const nlp = load();
  return nlp.readDoc(text).tokens().out(nlp.its.lemma);
}
