/**
 * `npm run eval -- --half dev` scores and prints the dev half alone, so a tuning run cannot show
 * the held-out summary; `--variant NAME` scores every document rewritten in another style; an
 * unknown half or variant is a usage error.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";

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
    // Under the fields, each diagnostic rule the batch's gold or reading names, with its scores.
    expect(stdout).toMatch(/^ {2}missing-vision\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+\(\d+\/\d+\/\d+\)/m);
  });

  it("refuses a half it does not know, with exit 64", async () => {
    const failed = await run(process.execPath, ["scripts/eval.mjs", "--half", "all"]).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed).toMatchObject({ code: 64 });
    expect((failed as { stderr: string }).stderr).toContain('--half takes dev or held, not "all"');
  });
});

describe("eval --variant", () => {
  const args = ["scripts/eval.mjs", "--half", "dev", "--only", "eb-a", "--json"];
  // The plain scores are the same for every variant: read once, not once per variant.
  let plain: {
    dev: { documents: number; fields: { statements: { tp: number; fn: number } } };
  };
  beforeAll(async () => {
    plain = JSON.parse((await run(process.execPath, args)).stdout);
  });

  it.each(["wrapped", "imported", "bold-titles"])(
    "scores the %s documents against the same gold",
    async (variant) => {
      const rewritten = JSON.parse(
        (await run(process.execPath, [...args, "--variant", variant])).stdout,
      );
      expect(rewritten.dev.documents).toBe(plain.dev.documents);
      expect(rewritten.dev.documents).toBeGreaterThan(0);
      // Every gold statement is still there to be found: the rewrite keeps the words.
      const gold = (r: typeof plain) => r.dev.fields.statements.tp + r.dev.fields.statements.fn;
      expect(gold(rewritten)).toBe(gold(plain));
    },
  );

  it("refuses a variant it does not know, with exit 64", async () => {
    const failed = await run(process.execPath, ["scripts/eval.mjs", "--variant", "shouty"]).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed).toMatchObject({ code: 64 });
    expect((failed as { stderr: string }).stderr).toContain(
      '--variant takes restyled, underlined, wrapped, straight, curly, bare, imported, bold-titles, plain-titles, not "shouty"',
    );
  });
});
