import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * The suite in tiers (`npm test` runs all; `npm run test:unit` is the inner loop):
 * - unit: mirrors src/, no Chromium (puppeteer is replaced by a stub that fails the test), no tsc;
 * - heavy: CPU-bound checks without Chromium — property/fuzz, the scaling ratios, the corpus;
 * - browser: real Chromium (or LibreOffice); compiles src/ first (some print through the bin);
 *   `browser-own` holds its files that need a browser of their own (`npm run test:browser` runs both);
 * - cli: the compiled `credo` bin, so it compiles src/ first (once per run for both tiers).
 */
/**
 * Browser-tier files that launch, kill, count or replace browsers themselves (or set TMPDIR to find
 * them): each runs isolated, in a worker of its own.
 */
const OWN_BROWSER = [
  "tests/browser/browser/processes.test.ts",
  "tests/browser/browser/page-reuse.test.ts",
  "tests/browser/crash/**/*.test.ts",
  "tests/browser/dev/**/*.test.ts",
];

export default defineConfig({
  test: {
    // One temp folder per run, removed at its end (tests/helpers/temp-root.ts).
    globalSetup: ["tests/helpers/temp-root.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Browser tests start Chromium; two cores do not take more than two at once.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        resolve: {
          alias: {
            puppeteer: fileURLToPath(new URL("./tests/helpers/no-browser.ts", import.meta.url)),
          },
        },
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], isolate: false },
      },
      {
        extends: true,
        // Shared loaded modules: the reader is imported (and its model loaded) once per worker.
        test: { name: "heavy", include: ["tests/heavy/**/*.test.ts"], isolate: false },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          exclude: OWN_BROWSER,
          // Not isolated, so a worker's files print on one browser (tests/helpers/shared-browser.ts).
          isolate: false,
          // The visual test prints through the bin.
          globalSetup: ["tests/helpers/build-dist.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "browser-own",
          include: OWN_BROWSER,
          // The process test reads dist/.
          globalSetup: ["tests/helpers/build-dist.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "cli",
          include: ["tests/cli/**/*.test.ts"],
          // Its files drive child processes and change no module state, so they share loaded modules.
          isolate: false,
          globalSetup: ["tests/helpers/build-dist.ts"],
        },
      },
    ],
  },
});
