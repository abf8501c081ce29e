/**
 * The dev session's parser thread, as built (dist/): a document that parses for long runs beside
 * the server's event loop, not on it, and one past the deadline is stopped and reported while the
 * next edit is parsed as usual. (From TypeScript sources the parser runs inline, so this tier.)
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import type { Parser as ParserClass } from "../../../src/dev/parser.js";

const { Parser } = (await import(pathToFileURL(resolve("dist/dev/parser.js")).href)) as {
  Parser: typeof ParserClass;
};

const dir = mkdtempSync(join(tmpdir(), "credo-parser-"));
const small = join(dir, "small.md");
writeFileSync(
  small,
  "---\ntitle: Acme\ncompany: Acme\n---\n\n# Acme\n\nOur mission is to make anvils for builders.\n",
);
// Thousands of distinct mission sentences: a second or more of reading on these machines.
const large = join(dir, "large.md");
writeFileSync(
  large,
  `---\ntitle: Big\ncompany: Acme\n---\n\n# Big\n\n${Array.from(
    { length: 3000 },
    (_, i) => `Our mission is to make anvil number ${i} for customer ${i * 7}.\n\n`,
  ).join("")}`,
);

const parsers: ParserClass[] = [];
afterAll(async () => {
  await Promise.all(parsers.map((p) => p.close()));
});

/** A parser whose thread has loaded the pipeline (by checking the small document), started once. */
let warm: Promise<{ parser: ParserClass; first: Awaited<ReturnType<ParserClass["check"]>> }>;
function warmParser(): typeof warm {
  warm ??= (async () => {
    const parser = new Parser();
    parsers.push(parser);
    return { parser, first: await parser.check(small) };
  })();
  return warm;
}

describe("the dev parser thread", () => {
  it("reads and checks a document on its thread", async () => {
    const result = (await warmParser()).first;
    expect(result.error).toBeUndefined();
    expect(result.model?.mission.statements.map((m) => m.text)).toEqual([
      "make anvils for builders",
    ]);
    expect(result.slug).toBe("small");
  });

  it("keeps the event loop turning while a long document parses", async () => {
    // The thread and the pipeline are loaded (the first test's parser: a thread loads it once).
    const { parser } = await warmParser();
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const result = await parser.check(large);
    clearInterval(timer);
    expect(result.error).toBeUndefined();
    expect(result.model?.mission.statements.length).toBeGreaterThan(100);
    // Parsed inline, the timer could not fire until the parse was over.
    expect(ticks).toBeGreaterThan(20);
  });

  it("stops a document past the deadline, says so, and parses the next edit on a new thread", async () => {
    const parser = new Parser({ deadlineMs: 50 });
    parsers.push(parser);
    const stopped = await parser.check(large);
    expect(stopped.model).toBeUndefined();
    expect(stopped.error?.message).toBe(
      `${large}: took longer than 0 s to check and was stopped; the file may be very large or unusually shaped (see --max-bytes)`,
    );
    const parserWithTime = new Parser({ deadlineMs: 60_000 });
    parsers.push(parserWithTime);
    const next = await parserWithTime.check(small);
    expect(next.model?.mission.statements.map((m) => m.text)).toEqual(["make anvils for builders"]);
  });
});
