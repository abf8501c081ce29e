import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/helpers/build-dist.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Browser tests start Chromium; two cores do not take more than two at once.
    maxWorkers: 2,
  },
});
