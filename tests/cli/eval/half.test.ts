/**
 * `npm run eval -- --half dev` scores and prints the dev half alone, so a tuning run cannot show
 * the held-out summary; an unknown half is a usage error.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);

describe("eval --half", () => {
  it("prints only the dev half's table", async () => {
    const { stdout } = await run(process.execPath, [
      "scripts/eval.mjs",
      "--half",
      "dev",
      "--only",
      "eb-",
      "--misses",
      "none",
    ]);
    expect(stdout).toMatch(/documents: dev 16\s*$/);
    expect(stdout).not.toContain("held");
    expect(stdout).toMatch(/^statements\s+\d/m);
  });

  it("refuses a half it does not know, with exit 64", async () => {
    const failed = await run(process.execPath, ["scripts/eval.mjs", "--half", "all"]).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed).toMatchObject({ code: 64 });
    expect((failed as { stderr: string }).stderr).toContain('--half takes dev or held, not "all"');
  });
});
