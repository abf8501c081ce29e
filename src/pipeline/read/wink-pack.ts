/**
 * wink's English core model in a form that loads in a fraction of the time its own loader takes
 * (the issue's budget for the one-time load is 150 ms; wink's loader takes 300–450 ms here).
 * Its loader parses a 3 MB JSON file, deep-copies it, decodes 1.9 MB of base64 in a JS loop and
 * builds an 87,593-key object for the word list. The pack holds the same model with the two
 * number tables as raw bytes, the words as one string, and the words' sorted order, so the word
 * hash becomes a binary search instead of an object built at every start.
 *
 * `npm run compile` writes the pack next to the compiled reader (scripts/compile.mjs); without
 * it (tests run from src/, a newer wink model) the same pack is made in memory from wink's JSON.
 */

/** The parts of wink's core model JSON this module reads; the rest is passed through. */
export interface CoreJson {
  packing: { layout: Record<string, number[]> } & Record<string, unknown>;
  features: Record<string, { list: string[] }>;
  pos: { hash: Record<string, number> };
  lexicon: string;
  xpansions: string;
  [key: string]: unknown;
}

interface Header {
  /** wink-eng-lite-web-model's version the pack was made from. */
  version: string;
  /** The model without the lexicon, the expansions and the word list. */
  rest: Omit<CoreJson, "lexicon" | "xpansions">;
  lexicon: number;
  xpansions: number;
  words: number;
}

const SEPARATOR = "\0";

function words32(base64: string): Uint32Array {
  const bytes = Buffer.from(base64, "base64");
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
}

/** Indices of `words` in code-unit order: what `lookup` searches. */
function sortedOrder(words: readonly string[]): Uint32Array {
  const order = Uint32Array.from(words.keys());
  return order.sort((a, b) => {
    const x = words[a] as string;
    const y = words[b] as string;
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

/** The pack: a 4-byte header length, the JSON header padded to 4 bytes, three u32 tables, the words. */
export function packCore(json: CoreJson, version: string): Uint8Array {
  const { lexicon, xpansions, ...rest } = json;
  const list = json.features.lexeme?.list ?? [];
  const tables = [words32(lexicon), words32(xpansions), sortedOrder(list)];
  const header: Header = {
    version,
    rest: { ...rest, features: { ...json.features, lexeme: { list: [] } } },
    lexicon: tables[0]?.length ?? 0,
    xpansions: tables[1]?.length ?? 0,
    words: list.length,
  };
  let head = Buffer.from(JSON.stringify(header));
  head = Buffer.concat([head, Buffer.alloc((4 - (head.length % 4)) % 4, 0x20)]);
  const size = Buffer.alloc(4);
  size.writeUInt32LE(head.length);
  return Buffer.concat([
    size,
    head,
    ...tables.map((table) => Buffer.from(table.buffer, table.byteOffset, table.byteLength)),
    Buffer.from(list.join(SEPARATOR)),
  ]);
}

/** The version a pack was made from, without unpacking it. */
export function packVersion(pack: Uint8Array): string {
  const bytes = Buffer.from(pack.buffer, pack.byteOffset, pack.byteLength);
  return (JSON.parse(bytes.toString("utf8", 4, 4 + bytes.readUInt32LE(0))) as Header).version;
}

/**
 * The word → index hash wink reads and extends (`hash[word]`, `hash[word] = index`): a binary
 * search over the model's words, and a Map for the words a document adds.
 */
function wordHash(list: readonly string[], order: Uint32Array): Record<string, number> {
  const added = new Map<string, number>();
  const find = (word: string): number | undefined => {
    let low = 0;
    let high = order.length - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const index = order[mid] as number;
      const at = list[index] as string;
      if (at === word) return index;
      if (at < word) low = mid + 1;
      else high = mid - 1;
    }
    return added.get(word);
  };
  return new Proxy(Object.create(null) as Record<string, number>, {
    get: (_, key) => (typeof key === "string" ? find(key) : undefined),
    set: (_, key, value: number) => {
      if (typeof key === "string") added.set(key, value);
      return true;
    },
    has: (_, key) => typeof key === "string" && find(key) !== undefined,
  });
}

function table(bytes: Buffer, offset: number, length: number): Uint32Array {
  return new Uint32Array(bytes.buffer, bytes.byteOffset + offset, length);
}

/** wink's core model as its own loader (`read-core-model.js`, `load-core-model.js`) returns it. */
export function unpackCore(pack: Uint8Array): Record<string, unknown> {
  // A copy: the tables are views that must start on a 4-byte boundary of their own buffer.
  const bytes = Buffer.from(pack);
  const headLength = bytes.readUInt32LE(0);
  const header = JSON.parse(bytes.toString("utf8", 4, 4 + headLength)) as Header;
  let offset = 4 + headLength;
  const lexicon = table(bytes, offset, header.lexicon);
  offset += header.lexicon * 4;
  const xpansions = table(bytes, offset, header.xpansions);
  offset += header.xpansions * 4;
  const order = table(bytes, offset, header.words);
  offset += header.words * 4;
  const list = header.words === 0 ? [] : bytes.toString("utf8", offset).split(SEPARATOR);

  const model = header.rest as CoreJson & Record<string, unknown>;
  const { packing, features, pos } = model;
  const efList: string[] = [];
  for (const [name, layout] of Object.entries(packing.layout)) {
    const feature = features[name] as Record<string, unknown> & { list: string[] };
    if (layout[3] === 0) {
      const hash: Record<string, number> = Object.create(null);
      feature.list.forEach((value, index) => {
        hash[value] = index;
      });
      feature.hash = hash;
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = (layout[1] as number) >>> (layout[2] as number);
    }
    if (layout[4] === 1) efList.push(name);
  }
  packing.efList = efList;
  features.lexeme = Object.assign(features.lexeme ?? {}, {
    list,
    hash: wordHash(list, order),
    intrinsicSize: list.length,
    index: list.length,
  });
  const clusters = features.posClusters?.list as unknown as (string | Set<number>)[];
  clusters.forEach((cluster, index) => {
    clusters[index] = new Set(
      String(cluster)
        .split("_")
        .map((tag) => pos.hash[tag] ?? 0),
    );
  });
  return { ...model, lexicon, xpansions };
}
