/**
 * `--public-only` checks every hop, not only the first: a public page that redirects to a
 * loopback address is refused at the redirect. The only server a test has is on 127.0.0.1, so
 * here 127.0.0.1 stands in for a public address; every other address is judged as usual.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import type { importSource as ImportSource } from "../../../src/import/import.js";
import { fixture } from "../../helpers/import-server.js";

const ADDRESSES = "../../../src/import/addresses.js";

// The unit tier shares modules between files (isolate: false), so the import code is loaded
// afresh here with the stand-in, and the real module is restored for the files after this one.
let importSource: typeof ImportSource;
beforeAll(async () => {
  vi.doMock(ADDRESSES, async (importOriginal) => {
    const real = await importOriginal<typeof import("../../../src/import/addresses.js")>();
    return {
      ...real,
      nonPublicRange: (address: string) =>
        address === "127.0.0.1" ? undefined : real.nonPublicRange(address),
    };
  });
  vi.resetModules();
  ({ importSource } = await import("../../../src/import/import.js"));
});
afterAll(() => {
  vi.doUnmock(ADDRESSES);
  vi.resetModules();
});

const requests: string[] = [];
const server = createServer((request, response) => {
  requests.push(request.url ?? "");
  const port = (server.address() as AddressInfo).port;
  const to = { "/to-loopback": `http://127.0.0.2:${port}/`, "/to-self": "/page" }[
    request.url ?? ""
  ];
  if (to) return void response.writeHead(302, { location: to }).end();
  response.writeHead(200, { "content-type": "text/html" }).end(fixture("values-page.html"));
});
let base: string;
let dir: string;
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = await mkdtemp(join(tmpdir(), "credo-redirect-guard-"));
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await rm(dir, { recursive: true, force: true });
});

const out = () => join(dir, `import-${requests.length}.md`);

it("follows a redirect between public addresses", async () => {
  const { text } = await importSource(`${base}/to-self`, { out: out(), publicOnly: true });
  expect(text).toContain("Tessel Robotics");
  expect(requests).toEqual(["/to-self", "/page"]);
});

it("refuses a redirect to a loopback address, before connecting to it", async () => {
  const error = (await importSource(`${base}/to-loopback`, { out: out(), publicOnly: true }).catch(
    (e: unknown) => e,
  )) as Error;
  expect(error).toMatchObject({ kind: "not-public", exitCode: 20 });
  expect(error.message).toContain("127.0.0.2 is a loopback address");
  expect(requests.at(-1)).toBe("/to-loopback");
});
