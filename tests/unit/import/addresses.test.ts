/**
 * `--public-only` (a service's setting; the CLI fetches intranet pages by default): loopback,
 * private and link-local addresses are refused, on the address connected to after DNS, before any
 * request is sent; without it the same page on 127.0.0.1 is fetched.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nonPublicRange } from "../../../src/import/addresses.js";
import { IMPORT_FAILURES } from "../../../src/import/errors.js";
import { importSource } from "../../../src/import/import.js";
import { startServer, type TestServer } from "../../helpers/import-server.js";

let server: TestServer;
let dir: string;
let n = 0;
const out = () => join(dir, `public-${++n}.md`);

beforeAll(async () => {
  server = await startServer();
  dir = await mkdtemp(join(tmpdir(), "credo-public-only-"));
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe("nonPublicRange", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.8.9.10", "loopback"],
    ["::1", "loopback"],
    ["::ffff:127.0.0.1", "loopback"],
    ["0.0.0.0", "unspecified"],
    ["::", "unspecified"],
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.254", "private"],
    ["192.168.1.20", "private"],
    ["::ffff:192.168.1.20", "private"],
    ["fd12:3456::1", "private"],
    ["100.64.0.1", "shared"],
    ["169.254.169.254", "link-local"],
    ["fe80::1", "link-local"],
  ])("%s is %s", (address, range) => {
    expect(nonPublicRange(address)).toBe(range);
  });

  it.each(["93.184.215.14", "172.32.0.1", "192.169.0.1", "100.128.0.1", "2606:4700::6810:84e5"])(
    "%s is public",
    (address) => {
      expect(nonPublicRange(address)).toBeUndefined();
    },
  );
});

describe("fetching with publicOnly", () => {
  const page = (host: string) => `${server.base.replace("127.0.0.1", host)}/values`;

  it("fetches a page on 127.0.0.1 by default, as a laptop user expects", async () => {
    const { text } = await importSource(page("127.0.0.1"), { out: out() });
    expect(text).toContain("Tessel Robotics");
  });

  it.each([
    ["127.0.0.1", "127.0.0.1 is a loopback address"],
    // A name: refused on the address it resolves to, so a public-looking name is no way round.
    ["localhost", /(127\.0\.0\.1|::1) is a loopback address/],
    ["[::1]", "::1 is a loopback address"],
  ])("refuses %s before sending anything", async (host, message) => {
    const before = server.requests.length;
    const error = await importSource(page(host), { out: out(), publicOnly: true }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({
      kind: "not-public",
      exitCode: IMPORT_FAILURES["not-public"].code,
    });
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toContain("--public-only");
    expect(server.requests.length).toBe(before);
  });
});
