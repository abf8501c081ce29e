/**
 * HTTPS failures say what went wrong and exit with their own code (19): a certificate the
 * machine does not trust (the test server's self-signed one) names the way to trust it, and a
 * server that does not speak TLS is a failed handshake. The trusted case runs in the CLI tests,
 * where NODE_EXTRA_CA_CERTS can be given to the process.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importSource } from "../../../src/import/import.js";
import { startServer, type TestServer } from "../../helpers/import-server.js";

let https: TestServer;
let http: TestServer;
let dir: string;

beforeAll(async () => {
  [https, http] = await Promise.all([startServer({ tls: true }), startServer()]);
  dir = await mkdtemp(join(tmpdir(), "credo-tls-"));
});
afterAll(async () => {
  await Promise.all([https.close(), http.close()]);
  await rm(dir, { recursive: true, force: true });
});

const failure = (url: string) =>
  importSource(url, { out: join(dir, "x.md") }).then(
    () => new Error("imported"),
    (e: unknown) => e as Error,
  );

describe("https", () => {
  it("refuses an untrusted certificate with exit code 19 and says how to trust it", async () => {
    const error = await failure(`${https.base}/values`);
    expect(error).toMatchObject({ kind: "tls", exitCode: 19 });
    expect(error.message).toContain(`${https.base}/values: secure connection failed:`);
    expect(error.message).toContain("self-signed certificate");
    expect(error.message).toContain("NODE_EXTRA_CA_CERTS=ca.pem");
  });

  it("reports a server that does not speak TLS as a failed handshake (19), without the CA hint", async () => {
    const error = await failure(`${http.base.replace("http:", "https:")}/values`);
    expect(error).toMatchObject({ kind: "tls", exitCode: 19 });
    expect(error.message).toBe(
      `${http.base.replace("http:", "https:")}/values: secure connection failed: wrong version number`,
    );
    expect(error.message).not.toContain("NODE_EXTRA_CA_CERTS");
  });
});
