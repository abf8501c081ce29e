/**
 * One machine's share of a large build (`--shard K/N`): documents are split by a hash of their
 * output folder's name, so every machine of a CI matrix computes the same split from the same file
 * list without talking to the others, each document lands on exactly one machine, and adding a
 * document never moves the others.
 */
import { createHash } from "node:crypto";
import { UsageError } from "../base/errors.js";

export interface Shard {
  /** 1-based, as CI matrices and `K/N` count. */
  index: number;
  total: number;
}

/** "2/4" → shard 2 of 4. */
export function parseShard(text: string): Shard {
  const match = /^(\d{1,4})\/(\d{1,4})$/.exec(text.trim());
  const index = Number(match?.[1]);
  const total = Number(match?.[2]);
  if (!match || total < 1 || index < 1 || index > total)
    throw new UsageError(
      `--shard takes K/N with 1 ≤ K ≤ N (e.g. --shard 2/4 builds the second of four parts), not "${text}"`,
    );
  return { index, total };
}

/** Whether the document writing `<out>/<slug>/` belongs to `shard`. */
export function inShard(slug: string, shard: Shard): boolean {
  const bucket = createHash("sha256").update(slug).digest().readUInt32BE(0) % shard.total;
  return bucket === shard.index - 1;
}
