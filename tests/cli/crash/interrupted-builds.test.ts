/**
 * Builds that overlap or die: two builds of the same content into the same --out at once both
 * finish with whole, valid outputs; a build killed with SIGKILL at any moment leaves every
 * output either exactly as it was or wholly replaced — never truncated — and leaves no Chromium
 * running. A SIGKILL can strand a hidden temporary file (`.<name>.<pid>-<random>.tmp`) beside the
 * outputs; it never takes an output's name, and the next build neither reads nor minds it.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, watch } from "node:fs";
import { join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { Model } from "../../../src/schema/schema.js";
import { tempDir, VALID_BRIEF, writeIn } from "../../helpers/adversarial.js";
import type { RunningCli } from "../../helpers/cli.js";
import { readPdf } from "../../helpers/inspect.js";
import { noneLeft, startCli, tmpOf } from "../../helpers/processes.js";

const root = tempDir("interrupted");
const OUTPUTS = ["model.json", "brief.html", "brief.pdf"] as const;
const FORMATS = "model,html,pdf";
/** A stranded temporary file: hidden, named after its target, the writer's pid and a nonce. */
const TEMP = /^\.(model\.json|brief\.html|brief\.pdf|\.credo-cache\.json)\.\d+-[0-9a-f]{12}\.tmp$/;

/** Each output is whole and valid: the model passes the schema, the HTML ends, the PDF reads. */
async function expectValid(dir: string): Promise<void> {
  const model = Model.parse(JSON.parse(readFileSync(join(dir, "model.json"), "utf8")));
  expect(model.meta.company).toBe("Fernhill Bicycles");
  expect(readFileSync(join(dir, "brief.html"), "utf8").trimEnd()).toMatch(/<\/html>$/);
  const pdf = await readPdf(new Uint8Array(readFileSync(join(dir, "brief.pdf"))));
  expect(pdf.text).toContain("Fernhill Bicycles");
  JSON.parse(readFileSync(join(dir, ".credo-cache.json"), "utf8"));
}

describe("overlapping and interrupted builds", { timeout: 400_000 }, () => {
  it("two builds into the same folder at once both finish, leaving valid outputs", async () => {
    const dir = mkdtempSync(join(root, "concurrent-"));
    writeIn(dir, "brief.md", VALID_BRIEF);
    const args = ["build", "brief.md", "--format", FORMATS, "--out", "out"];
    const [first, second] = await Promise.all([
      startCli(args, dir).finished,
      startCli(args, dir).finished,
    ]);
    expect(first.code, first.stderr).toBe(0);
    expect(second.code, second.stderr).toBe(0);
    const out = join(dir, "out", "brief");
    await expectValid(out);
    expect(readdirSync(out).sort()).toEqual([".credo-cache.json", ...OUTPUTS].sort());
    expect(await noneLeft(tmpOf(dir))).toEqual([]);
  });

  it("a build killed at any moment leaves each output as it was or wholly new", async () => {
    const dir = mkdtempSync(join(root, "killed-"));
    writeIn(dir, "brief.md", VALID_BRIEF);
    const args = ["build", "brief.md", "--format", FORMATS, "--out", "out", "--force"];
    const out = join(dir, "out", "brief");
    const started = performance.now();
    const first = await startCli(args, dir).finished;
    const buildMs = performance.now() - started;
    expect(first.code, first.stderr).toBe(0);
    const modelBytes = readFileSync(join(out, "model.json"));

    /** Each output's inode and bytes: a rename gives a new inode, a rewrite in place would not. */
    const snapshot = () =>
      new Map(
        OUTPUTS.map((name) => [
          name,
          { inode: statSync(join(out, name)).ino, bytes: readFileSync(join(out, name)) },
        ]),
      );
    let previous = snapshot();
    /** Waits `share` of the first build's time. */
    const afterShare = (share: number) => () => delay(share * buildMs);
    /**
     * Waits until a file named like `pattern` turns up in the output folder (inotify, no polling);
     * fails if the build ends first, so the kill cannot silently miss its moment.
     */
    const onFile = (pattern: RegExp) => (build: RunningCli) =>
      new Promise<void>((seen, missed) => {
        const watcher = watch(out, (_event, name) => {
          if (!name || !pattern.test(name)) return;
          watcher.close();
          seen();
        });
        void build.finished.then(() => {
          watcher.close();
          missed(new Error(`the build ended before ${pattern} appeared`));
        });
      });
    const OUTPUT = /^(model\.json|brief\.html|brief\.pdf)$/;
    const OUTPUT_TEMP = /^\.(model\.json|brief\.html|brief\.pdf)\.\d+-[0-9a-f]{12}\.tmp$/;
    // Early (Node starting, before the browser), mid-print, then the two moments an output could
    // be left half-written, caught as they happen rather than guessed from the first build's time:
    // while the outputs are being staged (the first temporary file appears), and while they are
    // being renamed into place (the first output has just taken its new file).
    const moments: [string, (build: RunningCli) => Promise<void>][] = [
      ["early", afterShare(0.05)],
      ["mid-print", afterShare(0.5)],
      ["staging", onFile(OUTPUT_TEMP)],
      ["renaming", onFile(OUTPUT)],
    ];
    const replaced = new Map<string, string[]>();
    for (const [moment, wait] of moments) {
      const build = startCli(args, dir);
      await wait(build);
      build.child.kill("SIGKILL");
      const killed = await build.finished;
      // Killed, or (a late kill on a fast run) finished just before.
      expect([null, 0], moment).toContain(killed.code);
      await expectValid(out);
      const now = snapshot();
      const changed = OUTPUTS.filter((name) => now.get(name)?.inode !== previous.get(name)?.inode);
      for (const name of OUTPUTS.filter((n) => !changed.includes(n)))
        expect(
          now.get(name)?.bytes.equals(previous.get(name)?.bytes ?? Buffer.alloc(0)),
          `${moment}: ${name}`,
        ).toBe(true);
      replaced.set(moment, changed);
      previous = now;
      for (const name of readdirSync(out)) {
        if ((OUTPUTS as readonly string[]).includes(name) || name === ".credo-cache.json") continue;
        // A temporary file stranded by the kill: hidden, never an output's name.
        expect(name).toMatch(TEMP);
      }
      // Chromium leaves with its parent: its pipe closes when the CLI dies.
      expect(await noneLeft(tmpOf(dir))).toEqual([]);
    }
    // The early kill replaced nothing; the one at rename time came after an output was replaced.
    expect(replaced.get("early")).toEqual([]);
    expect(replaced.get("renaming")?.length).toBeGreaterThan(0);

    // The next build succeeds beside any stranded temporary file and writes the same model.
    const after = await startCli(args, dir).finished;
    expect(after.code, after.stderr).toBe(0);
    await expectValid(out);
    expect(readFileSync(join(out, "model.json"))).toEqual(modelBytes);
  });
});
