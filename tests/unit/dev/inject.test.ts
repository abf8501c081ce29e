import { describe, expect, test } from "vitest";
import { injectLiveClient, livePolicy } from "../../../src/dev/inject.js";

const nonceOf = (html: string) => /<script nonce="([^"]+)">/.exec(html)?.[1];

describe("live policy", () => {
  test("a page without scripts lets in only the nonce'd client and same-origin connections", () => {
    const policy = livePolicy("default-src 'none'; img-src data:; style-src 'unsafe-inline'", "N1");
    expect(policy).toBe(
      "default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'nonce-N1'; connect-src 'self'",
    );
  });

  test("a page that runs inline scripts keeps its script-src (a nonce would switch them off)", () => {
    const policy = livePolicy(
      "default-src 'none'; script-src 'unsafe-inline'; frame-src 'self'",
      "N2",
    );
    expect(policy).toBe(
      "default-src 'none'; script-src 'unsafe-inline'; frame-src 'self'; connect-src 'self'",
    );
  });

  test("existing sources are kept and 'none' dropped", () => {
    expect(livePolicy("script-src 'none'; connect-src https://a.example", "N3")).toBe(
      "script-src 'nonce-N3'; connect-src https://a.example 'self'",
    );
  });
});

describe("injectLiveClient", () => {
  test("rewrites the CSP meta (entity-encoded by the templates) and adds the script before </body>", () => {
    const html =
      '<html><head><meta http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;; style-src &#x27;unsafe-inline&#x27;"></head><body><p>x</p></body></html>';
    const out = injectLiveClient(html);
    const nonce = nonceOf(out);
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(out).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-${nonce}'; connect-src 'self'">`,
    );
    expect(out).toMatch(
      /<p>x<\/p><script nonce="[^"]+">[\s\S]*EventSource\("\/__credo\/events"\)[\s\S]*<\/script><\/body><\/html>$/,
    );
  });

  test("uses the last </body> (a script may mention one) and a fresh nonce per response", () => {
    const html = "<body><script>var s = '</body>';</script></body>";
    const out = injectLiveClient(html);
    expect(out.startsWith("<body><script>var s = '</body>';</script><script nonce=")).toBe(true);
    expect(nonceOf(injectLiveClient(html))).not.toBe(nonceOf(out));
  });

  test("appends when there is no </body>", () => {
    expect(injectLiveClient("<p>bare</p>")).toMatch(/^<p>bare<\/p><script nonce=/);
  });
});
