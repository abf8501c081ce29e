/** `credo dev` as users run it: prints where it serves, stops cleanly on Ctrl-C. */
import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, test } from "vitest";
import { BIN } from "../../helpers/cli.js";
import { fetchRaw, removeProject, tempProject } from "../../helpers/dev.js";

test("credo dev serves until SIGINT, then exits 0", async () => {
  const project = await tempProject();
  try {
    const child = spawn(process.execPath, [BIN, "dev", "--port", "0", "--format", "html"], {
      cwd: project.root,
      env: { ...process.env, NO_COLOR: "1" },
    });
    let stdout = "";
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    const url = await new Promise<string>((done, fail) => {
      child.stdout.on("data", (chunk) => {
        stdout += chunk;
        const match = /serving (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout);
        if (match?.[1]) done(match[1]);
      });
      child.on("exit", (code) => fail(new Error(`exited ${code}: ${stderr}`)));
    });
    const port = Number(new URL(url).port);
    for (let i = 0; i < 100 && !/rebuilt acme/.test(stderr); i++) {
      await new Promise((wait) => setTimeout(wait, 100));
    }
    expect(stderr).toMatch(/rebuilt acme: brief\.html \d+ ms/);
    expect((await fetchRaw(port, "/acme/brief.html")).status).toBe(200);
    expect(await readFile(join(project.out, "acme", "brief.html"), "utf8")).toContain("Acme");

    const exit = new Promise<number | null>((done) => child.on("exit", done));
    child.kill("SIGINT");
    expect(await exit).toBe(0);
    expect(stdout).toContain("credo dev: stopping");
  } finally {
    await removeProject(project.root);
  }
});

test("credo dev on a busy port says so and exits 64", async () => {
  const { createServer } = await import("node:net");
  const blocker = createServer();
  await new Promise<void>((done) => blocker.listen(0, "127.0.0.1", done));
  const port = (blocker.address() as { port: number }).port;
  const project = await tempProject();
  try {
    const child = spawn(process.execPath, [BIN, "dev", "--port", String(port)], {
      cwd: project.root,
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    const code = await new Promise<number | null>((done) => child.on("exit", done));
    expect(code).toBe(64);
    expect(stderr).toContain(`credo: port ${port} on 127.0.0.1 is already in use`);
  } finally {
    await new Promise((done) => blocker.close(done));
    await removeProject(project.root);
  }
});
