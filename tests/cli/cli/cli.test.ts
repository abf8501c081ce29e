/**
 * The `credo` command's usage, `check` and `build --format model`. The bin is spawned for its usage
 * and each exit code (0, 1, 64); what the commands print is checked in this process (credoHere).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Model } from "../../../src/schema/schema.js";
import { credo, credoHere } from "../../helpers/cli.js";

const scratch = () => mkdtempSync(join(tmpdir(), "credo-cli-"));
const pkg = JSON.parse(readFileSync("package.json", "utf8"));

describe("credo CLI: usage", () => {
  it("--help prints the usage and exits 0", async () => {
    const run = await credo(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Usage: credo <command>");
    expect(run.stdout).toContain("Exit codes");
  });

  it("--version prints the package version", async () => {
    const run = await credo(["--version"]);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(pkg.version);
  });

  it.each([
    [["frobnicate"], 'unknown command "frobnicate"'],
    [["check", "--bogus"], "Unknown option '--bogus'"],
    [["check", "no/such/file.md"], "no/such/file.md: no such file"],
    [["build", "--format", "gif", "content/tiktok.md"], 'unknown format "gif"'],
    [["build", "--paper", "A5", "content/tiktok.md"], "--paper takes A4 or Letter"],
  ])("%j is a usage error: message, usage, exit 64", async (args, message) => {
    const run = await credo(args);
    expect(run.code).toBe(64);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain("Usage: credo");
  });
});

describe("credo check", () => {
  it("prints each diagnostic as file:line:column  severity  message  rule-id; warnings exit 0", async () => {
    const run = await credoHere(["check", "content/tiktok.md"]);
    expect(run.code).toBe(0);
    const lines = run.stderr.split("\n");
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^content\/tiktok\.md:92:7 {2}warning {2}Announces 4 .* {2}count-mismatch$/,
      ),
    );
    expect(lines.filter((l) => l.endsWith("conflicting-statements"))).toHaveLength(2);
    expect(lines.filter((l) => l.endsWith("faq-disagrees"))).toHaveLength(2);
    expect(run.stderr).toContain("⚠ 5 warnings");
  });

  it("--strict fails on warnings", async () => {
    const run = await credo(["check", "--strict", "content/tiktok.md"]);
    expect(run.code).toBe(1);
  });

  it("ends once its work is done, even when a library leaves a timer running", async () => {
    // Such a timer is real: puppeteer's newPage() waits 30 s for a page whose renderer died as it
    // opened, long after credo has reported the failure and killed the browser.
    const run = await credo(["check", "--strict", "content/tiktok.md"], {
      env: { NODE_OPTIONS: "--import=data:text/javascript,setTimeout(()=>{},600000)" },
      killAfterMs: 20_000,
    });
    expect(run.signal).toBeNull();
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("⚠ 5 warnings");
  });

  it("--format json prints the diagnostics machine-readably", async () => {
    const run = await credoHere(["check", "--format", "json", "content/tiktok.md"]);
    expect(run.code).toBe(0);
    const [report] = JSON.parse(run.stdout);
    expect(report.file).toBe("content/tiktok.md");
    const ids = (severity: string) =>
      report.diagnostics
        .filter((d: { severity: string }) => d.severity === severity)
        .map((d: { ruleId: string }) => d.ruleId)
        .sort();
    expect(ids("warning")).toEqual([
      "conflicting-statements",
      "conflicting-statements",
      "count-mismatch",
      "faq-disagrees",
      "faq-disagrees",
    ]);
    // Two "We strive to …" sentences may state the mission: noted, not taken.
    expect(ids("info")).toEqual(["uncertain-statement", "uncertain-statement"]);
    expect(
      report.diagnostics.find((d: { ruleId: string }) => d.ruleId === "count-mismatch"),
    ).toMatchObject({
      severity: "warning",
      line: 92,
      column: 7,
    });
  });

  it("warns (exit 0) when no mission is found, and fails with --strict", async () => {
    const dir = scratch();
    const file = join(dir, "bare.md");
    writeFileSync(file, "---\ntitle: Bare\ncompany: Bare Inc\n---\n\n# Bare\n\nWe sell things.\n");
    const run = await credoHere(["check", file]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /bare\.md:1:1 {2}warning {2}No mission statement found.* {2}missing-mission/,
    );
    expect((await credoHere(["check", "--strict", file])).code).toBe(1);
  });

  it("takes rule severities from the nearest .credorc.json, and refuses an unknown rule", async () => {
    const dir = scratch();
    const sub = join(dir, "docs");
    mkdirSync(sub);
    const file = join(sub, "bare.md");
    writeFileSync(file, "# Bare Inc\n\nWe sell things.\n");
    writeFileSync(
      join(dir, ".credorc.json"),
      JSON.stringify({ rules: { "missing-mission": "error", "missing-vision": "off" } }),
    );
    const run = await credoHere(["check", file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/bare\.md:1:1 {2}error {2}No mission statement found/);
    expect(run.stderr).not.toContain("missing-vision");
    expect(run.stderr).toContain("missing-values");

    writeFileSync(join(dir, ".credorc.json"), JSON.stringify({ rules: { "no-such-rule": "off" } }));
    const bad = await credoHere(["check", file]);
    expect(bad.code).toBe(64);
    expect(bad.stderr).toContain('.credorc.json: unknown rule "no-such-rule"');
  });

  it("reads a `credo` key in package.json when there is no .credorc.json", async () => {
    const dir = scratch();
    const file = join(dir, "bare.md");
    writeFileSync(file, "# Bare Inc\n\nWe sell things.\n");
    writeFileSync(
      join(dir, "package.json"),
      JSON.stringify({ name: "x", credo: { rules: { "missing-values": "off" } } }),
    );
    const run = await credoHere(["check", file]);
    expect(run.stderr).toContain("missing-mission");
    expect(run.stderr).not.toContain("missing-values");
  });

  it("checks every content/**/*.md when no file is given", async () => {
    const run = await credoHere(["check", "--format", "json"]);
    const files = JSON.parse(run.stdout).map((r: { file: string }) => r.file);
    expect(files).toContain("content/tiktok.md");
  });
});

describe("credo build --format model", () => {
  it("writes a schema-valid output/<slug>/model.json that meets the seed's expectations", async () => {
    const out = scratch();
    const run = await credoHere(["build", "--format", "model", "--out", out, "content/tiktok.md"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(join(out, "tiktok", "model.json"));
    const model = Model.parse(JSON.parse(readFileSync(join(out, "tiktok", "model.json"), "utf8")));
    expect(model.meta).toMatchObject({
      title: "TikTok’s Mission Statement Analysis and Vision",
      company: "TikTok",
      source: "content/tiktok.md",
    });
    expect(model.mission.statements.length).toBeGreaterThanOrEqual(4);
    expect(model.mission.primary?.text).toMatch(/inspire creativity and bring joy/i);
    expect(model.mission.primary?.occurrences.length).toBeGreaterThanOrEqual(3);
    expect(model.vision.statements.length).toBeGreaterThanOrEqual(4);
    const names = (n: number) =>
      model.valueSets.find((s) => s.declaredCount === n)?.values.map((v) => v.name);
    expect(names(6)).toEqual([
      "Creativity",
      "Diversity",
      "Empowerment",
      "Joy",
      "Authenticity",
      "Community",
    ]);
    expect(names(3)).toEqual([
      "Passionate Creativity",
      "Positively Compassionate",
      "Absolutely Responsible",
    ]);
    expect(names(4)).toEqual(["courage", "trust", "playfulness", "joy", "authenticity"]);
    expect(model.pillars?.values.map((v) => v.name)).toEqual([
      "Creativity",
      "Collaboration",
      "Entertainment",
      "Global Reach",
    ]);
    expect(model.takeaways).toHaveLength(5);
    expect(model.faq).toHaveLength(3);
    expect(model.diagnostics.find((d) => d.ruleId === "count-mismatch")?.line).toBe(92);
  });

  it("writes nothing and keeps the previous output when the content has errors", async () => {
    const out = scratch();
    const dir = scratch();
    const file = join(dir, "acme.md");
    writeFileSync(
      file,
      "---\ntitle: Acme\ncompany: Acme\n---\n\nOur mission is to make every road safer for everyone.\n",
    );
    expect((await credoHere(["build", "--format", "model", "--out", out, file])).code).toBe(0);
    const previous = readFileSync(join(out, "acme", "model.json"), "utf8");

    writeFileSync(file, "---\ntitle: [unclosed\n---\n\nNo statements here.\n");
    const run = await credoHere(["build", "--format", "model", "--out", out, file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/acme\.md:2:\d+ {2}error {2}Invalid YAML front matter/);
    expect(readFileSync(join(out, "acme", "model.json"), "utf8")).toBe(previous);
    expect(existsSync(join(out, "acme", "brief.html"))).toBe(false);
  });
});
