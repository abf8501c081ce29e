/**
 * `credo import` over the network as users run it: https with a certificate the process is told
 * to trust (NODE_EXTRA_CA_CERTS) and the model built from the import naming the page as
 * `meta.origin`; an untrusted certificate and `--public-only` each exit with their own code.
 * Imports that hinge on the process (its trusted certificates, its exit codes) spawn the bin; the
 * build, the allowed import and the usage checks run in this process.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { credo, credoHere } from "../../helpers/cli.js";
import { startServer, TEST_CERT, type TestServer } from "../../helpers/import-server.js";

let https: TestServer;
let http: TestServer;
let dir: string;
beforeAll(async () => {
  [https, http] = await Promise.all([startServer({ tls: true }), startServer()]);
  dir = await mkdtemp(join(tmpdir(), "credo-import-net-"));
});
afterAll(async () => {
  await Promise.all([https.close(), http.close()]);
  await rm(dir, { recursive: true, force: true });
});

describe("credo import over https", () => {
  it("imports a page whose certificate the process trusts, and the model names the page as its origin", async () => {
    const url = `${https.base}/values`;
    const run = await credo(["import", url, "--out", "content/tessel.md"], {
      cwd: dir,
      env: { NODE_EXTRA_CA_CERTS: TEST_CERT },
    });
    expect(run.stdout).toBe("wrote content/tessel.md\n");
    expect(run.code).toBe(0);
    const written = await readFile(join(dir, "content/tessel.md"), "utf8");
    expect(written).toContain(`\nsource: ${url}\n`);

    const build = await credoHere(["build", "content/tessel.md", "--format", "model"], {
      cwd: dir,
    });
    expect(build.code).toBe(0);
    const model = JSON.parse(await readFile(join(dir, "output/tessel/model.json"), "utf8"));
    expect(model.meta.origin).toBe(url);
    expect(model.meta.source).toBe("content/tessel.md");
  });

  it("exits 19 with the TLS error when the certificate is not trusted", async () => {
    const run = await credo(["import", `${https.base}/values`, "--out", "content/x.md"], {
      cwd: dir,
      env: { NODE_EXTRA_CA_CERTS: undefined },
    });
    expect(run.code).toBe(19);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(
      `${https.base}/values: secure connection failed: self-signed certificate`,
    );
    expect(run.stderr).toContain("NODE_EXTRA_CA_CERTS=ca.pem");
  });
});

describe("credo import --public-only", () => {
  it("exits 20 on a page at 127.0.0.1 and sends nothing; without the flag it imports it", async () => {
    const url = `${http.base}/values`;
    const refused = await credo(["import", url, "--public-only", "--out", "content/p.md"], {
      cwd: dir,
    });
    expect(refused.code).toBe(20);
    expect(refused.stderr).toContain("127.0.0.1 is a loopback address");
    expect(http.requests).toEqual([]);

    const allowed = await credoHere(["import", url, "--out", "content/p.md"], { cwd: dir });
    expect(allowed.code).toBe(0);
    expect(http.requests.map((r) => r.url)).toEqual(["/values"]);
  });

  it("is for credo import only (64), and the usage text lists exit codes 19 and 20", async () => {
    const misuse = await credoHere(["check", "x.md", "--public-only"], { cwd: dir });
    expect(misuse.code).toBe(64);
    expect(misuse.stderr).toContain("--public-only is for credo import");
    const help = await credoHere(["--help"]);
    expect(help.stdout).toContain("--public-only");
    expect(help.stdout).toMatch(/19 secure connection failed .*\n\s+20 address not public/);
  });
});
