import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  makePack,
  modelVersion,
  readPack,
  tag,
  unwrap,
} from "../../../../src/pipeline/read/nlp.js";
import { packVersion, unpackCore } from "../../../../src/pipeline/read/wink-pack.js";

const require = createRequire(import.meta.url);

interface Wink {
  readDoc(text: string): { tokens(): { out(its?: unknown): string[] } };
  its: { value: unknown; pos: unknown };
}

/** wink with its own model and loader: what the pack must reproduce tag for tag. */
function winkOwn(): Wink {
  const winkNLP = require("wink-nlp") as (model: unknown, pipe?: string[]) => Wink;
  return winkNLP(require("wink-eng-lite-web-model"), ["pos"]);
}

// The seed's prose: mission frames, lists, quotes, numbers, contractions, and words wink has
// never seen (which the packed word hash must add and find again).
const seed = readFileSync(new URL("../../../../content/tiktok.md", import.meta.url), "utf8");
const texts = [
  ...seed.split(/\n{2,}/).filter((block) => /[a-z]/.test(block)),
  "Zorblex's mission is to qwertify the world's grommets — twice over, zorblexing as we go.",
  "Zorblex zorblexes zorblex; ZORBLEX isn't 'constructor' or __proto__ or toString.",
];

describe("the packed wink model", () => {
  it("tags every text of the seed exactly as wink's own model and loader do", () => {
    const own = winkOwn();
    let tokens = 0;
    for (const text of texts) {
      // (tag reads a soft line break as a space, by design.)
      const doc = own.readDoc(unwrap(text)).tokens();
      const expected = doc.out(own.its.pos);
      const got = tag(text);
      expect(got.map((token) => token.pos)).toEqual(expected);
      expect(got.map((token) => token.value)).toEqual(doc.out(own.its.value));
      tokens += got.length;
    }
    expect(tokens).toBeGreaterThan(2000);
  });

  it("keeps wink's number tables and word list", () => {
    const json = JSON.parse(
      readFileSync(
        require.resolve(
          "wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json",
        ),
        "utf8",
      ),
    );
    const core = unpackCore(makePack()) as {
      lexicon: Uint32Array;
      features: { lexeme: { list: string[]; hash: Record<string, number> } };
    };
    const lexicon = Buffer.from(json.lexicon, "base64");
    // equals() and join(): vitest's deep equality walks 1.4 MB and 87,593 strings one by one.
    const unpacked = Buffer.from(
      core.lexicon.buffer,
      core.lexicon.byteOffset,
      core.lexicon.byteLength,
    );
    expect(unpacked.length).toBe(lexicon.length);
    expect(unpacked.equals(lexicon)).toBe(true);
    const words: string[] = json.features.lexeme.list;
    expect(core.features.lexeme.list).toHaveLength(words.length);
    expect(core.features.lexeme.list.join("\n")).toBe(words.join("\n"));
    for (const index of [0, 1, 5, 1000, words.length - 1]) {
      expect(core.features.lexeme.hash[words[index] as string]).toBe(index);
    }
    expect(core.features.lexeme.hash["not-a-word-wink-knows"]).toBeUndefined();
  });

  it("uses a pack only when it was made from the installed model", () => {
    const dir = mkdtempSync(join(tmpdir(), "credo-pack-"));
    const current = join(dir, "current.pack");
    const pack = makePack();
    writeFileSync(current, pack);
    expect(packVersion(readPack(current))).toBe(modelVersion());
    expect(Buffer.from(readPack(current)).equals(Buffer.from(pack))).toBe(true);

    const stale = join(dir, "stale.pack");
    const old = Buffer.from(pack);
    const headLength = old.readUInt32LE(0);
    const head = old
      .toString("utf8", 4, 4 + headLength)
      .replace(
        `"version":"${modelVersion()}"`,
        `"version":"0.0.0"`.padEnd(`"version":"${modelVersion()}"`.length, " "),
      );
    old.write(head, 4, "utf8");
    writeFileSync(stale, old);
    expect(packVersion(old)).toBe("0.0.0");
    expect(packVersion(readPack(stale))).toBe(modelVersion());
    expect(packVersion(readPack(join(dir, "missing.pack")))).toBe(modelVersion());
  });
});
