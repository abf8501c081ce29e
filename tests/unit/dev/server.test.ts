import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { LiveHub } from "../../../src/dev/live.js";
import { type PreviewServer, startServer } from "../../../src/dev/server.js";
import { contentType, lookup } from "../../../src/dev/static.js";
import { fetchRaw } from "../../helpers/dev.js";

let root: string;
let out: string;
let server: PreviewServer;
const SECRET = "top-secret-outside-the-output-folder";

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "credo-dev-server-"));
  out = join(root, "output");
  await mkdir(join(out, "acme"), { recursive: true });
  await writeFile(join(out, "acme", "brief.html"), "<html><body><p>brief</p></body></html>");
  await writeFile(join(out, "acme", "slides.pdf"), "%PDF-1.7 fake");
  await writeFile(join(out, "acme", ".credo-cache.json"), "{}");
  await writeFile(join(root, "secret.txt"), SECRET);
  await symlink(join(root, "secret.txt"), join(out, "acme", "leak.txt"));
  await symlink(root, join(out, "up"));
  server = await startServer({ port: 0, outDir: out, hub: new LiveHub(), entries: async () => [] });
});

afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

describe("static lookup", () => {
  test("finds files under the root with their content type", async () => {
    const found = await lookup(out, "/acme/slides.pdf");
    expect(found).toEqual(
      expect.objectContaining({
        status: 200,
        type: "application/pdf",
        file: expect.stringMatching(/slides\.pdf$/),
      }),
    );
    expect(contentType("x/slides.pptx")).toBe(
      "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    );
    expect(contentType("a/model.json")).toBe("application/json; charset=utf-8");
    expect(contentType("a/noextension")).toBe("application/octet-stream");
  });

  test.each([
    ["/../secret.txt", 403],
    ["/acme/../../secret.txt", 403],
    ["/%2e%2e/secret.txt", 403],
    ["/acme%2f..%2f..%2fsecret.txt", 403],
    ["/acme%5c..%5csecret.txt", 403],
    ["//etc/passwd", 403],
    ["/acme/.credo-cache.json", 403],
    ["/acme/leak.txt", 403],
    ["/up/secret.txt", 403],
    ["/acme/brief.html%00.txt", 403],
    ["/acme/", 404],
    ["/acme", 404],
    ["/acme/missing.html", 404],
    ["/%E0%A4%A", 400],
    ["etc/passwd", 400],
  ])("%s → %i", async (path, status) => {
    expect((await lookup(out, path)).status).toBe(status);
  });
});

describe("preview server", () => {
  test("serves HTML with the live client and other files as they are", async () => {
    const html = await fetchRaw(server.port, "/acme/brief.html");
    expect(html.status).toBe(200);
    expect(html.body).toMatch(/<p>brief<\/p><script nonce="[^"]+">[\s\S]*<\/script><\/body>/);
    const pdf = await fetchRaw(server.port, "/acme/slides.pdf");
    expect(pdf).toEqual({ status: 200, type: "application/pdf", body: "%PDF-1.7 fake" });
  });

  test.each([
    "/../secret.txt",
    "/acme/../../secret.txt",
    "/%2e%2e/secret.txt",
    "/%2E%2E%2Fsecret.txt",
    "/acme/..%2f..%2fsecret.txt",
    "//" + "secret.txt",
    "/acme/leak.txt",
    "/up/secret.txt",
    "http://127.0.0.1/../secret.txt",
  ])("refuses %s", async (path) => {
    const res = await fetchRaw(server.port, path);
    expect([400, 403, 404]).toContain(res.status);
    expect(res.body).not.toContain(SECRET);
  });

  test("answers only to its own host name, and only GET and HEAD", async () => {
    expect((await fetchRaw(server.port, "/acme/brief.html", { host: "evil.example" })).status).toBe(
      403,
    );
    expect(
      (await fetchRaw(server.port, "/acme/brief.html", { host: `localhost:${server.port}` }))
        .status,
    ).toBe(200);
    expect((await fetchRaw(server.port, "/acme/brief.html", { method: "POST" })).status).toBe(405);
    const head = await fetchRaw(server.port, "/acme/brief.html", { method: "HEAD" });
    expect(head).toEqual({ status: 200, type: "text/html; charset=utf-8", body: "" });
  });

  test("a busy port is a clear usage error", async () => {
    const blocker = createServer();
    await new Promise<void>((done) => blocker.listen(0, "127.0.0.1", done));
    const port = (blocker.address() as { port: number }).port;
    try {
      await expect(
        startServer({ port, outDir: out, hub: new LiveHub(), entries: async () => [] }),
      ).rejects.toThrow(new RegExp(`port ${port} on 127\\.0\\.0\\.1 is already in use.*--port`));
    } finally {
      await new Promise((done) => blocker.close(done));
    }
  });
});
