/**
 * The live-reload client, added to HTML as it is served (the files on disk stay script-free).
 * Credo's pages forbid scripts and connections in their own Content-Security-Policy, and a
 * policy can only be tightened from outside, never loosened; so the served copy's policy gains
 * exactly two things: this one script (by nonce, or the page's own 'unsafe-inline' where it
 * already runs inline scripts) and connections to this server (for the event stream).
 */
import { randomBytes } from "node:crypto";

export const EVENTS_PATH = "/__credo/events";

/**
 * Reloads the page when its own file was rewritten; shows a failed rebuild's diagnostics over the
 * last good output. The index page (path "/") reloads on any news, except failures replayed on
 * connect (those it already shows; reloading on them would loop). Diagnostics quote content, so
 * they go into the page as text nodes only.
 */
const CLIENT = `(() => {
  const [slug = "", file = ""] = location.pathname.split("/").filter(Boolean).map(decodeURIComponent);
  const events = new EventSource(${JSON.stringify(EVENTS_PATH)});
  const on = (type, act) => events.addEventListener(type, (m) => act(JSON.parse(m.data)));
  const mine = (e) => e.slug === slug && e.files.includes(file);
  on("reload", (e) => { if (!slug || mine(e)) location.reload(); });
  on("failure", (e) => {
    if (!slug) { if (!e.replayed) location.reload(); }
    else if (mine(e)) show(e);
  });
  const el = (tag, text, style) => {
    const node = document.createElement(tag);
    node.textContent = text;
    Object.assign(node.style, style || {});
    return node;
  };
  function show(e) {
    document.getElementById("credo-dev-overlay")?.remove();
    const box = el("div", "", {
      position: "fixed", top: "0", left: "0", right: "0", maxHeight: "60vh", overflow: "auto",
      zIndex: "2147483647", padding: "16px 20px", background: "#1d1d24", color: "#f4f4f6",
      font: "14px/1.5 ui-monospace, Menlo, Consolas, monospace", boxShadow: "0 4px 24px #0008",
    });
    box.id = "credo-dev-overlay";
    box.append(el("div", e.slug + " did not rebuild; this is the last good output.", { fontWeight: "bold", color: "#ff8f8f" }));
    if (e.message) box.append(el("div", e.message));
    const list = el("ul", "", { margin: "8px 0 0", paddingLeft: "20px" });
    for (const d of e.diagnostics) {
      const color = d.severity === "error" ? "#ff8f8f" : d.severity === "warning" ? "#ffd479" : "#9ecbff";
      const item = el("li", d.line + ":" + d.column + " ");
      item.append(el("span", d.severity, { color }), " " + d.message + " ", el("span", d.ruleId, { opacity: "0.6" }));
      list.append(item);
    }
    if (e.diagnostics.length) box.append(list);
    document.body.append(box);
  }
})();`;

/** `html` with the live client added and its Content-Security-Policy opened just enough for it. */
export function injectLiveClient(html: string): string {
  const nonce = randomBytes(16).toString("base64");
  const withPolicy = html.replace(/<meta\b[^>]*>/gi, (tag) =>
    /http-equiv\s*=\s*["']?content-security-policy\b/i.test(tag) ? livePolicyMeta(tag, nonce) : tag,
  );
  const script = `<script nonce="${nonce}">${CLIENT}</script>`;
  const end = withPolicy.search(/<\/body\s*>(?![\s\S]*<\/body\s*>)/i);
  return end < 0 ? withPolicy + script : withPolicy.slice(0, end) + script + withPolicy.slice(end);
}

function livePolicyMeta(tag: string, nonce: string): string {
  const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
  if (!content) return tag;
  const policy = livePolicy(decodeEntities(content[1] ?? content[2] ?? ""), nonce);
  return `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}">`;
}

/** The policy plus this script and same-origin connections; everything else as it was. */
export function livePolicy(policy: string, nonce: string): string {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  const fallback = directives.get("default-src") ?? [];
  const allow = (directive: string, source: string) => {
    const sources = (directives.get(directive) ?? fallback).filter((s) => s !== "'none'");
    directives.set(directive, [...sources, source]);
  };
  const scripts = directives.get("script-src") ?? fallback;
  // A nonce would switch off 'unsafe-inline', and with it the page's own inline scripts (the deck).
  const inlineRuns =
    scripts.includes("'unsafe-inline'") &&
    !scripts.some((s) => /^'(nonce-|sha\d+-|strict-dynamic)/.test(s));
  if (!inlineRuns) allow("script-src", `'nonce-${nonce}'`);
  allow("connect-src", "'self'");
  return [...directives].map(([name, sources]) => [name, ...sources].join(" ")).join("; ");
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|quot|apos|amp|lt|gt);/gi, (entity, body: string) => {
    const named: Record<string, string> = { quot: '"', apos: "'", amp: "&", lt: "<", gt: ">" };
    const lower = body.toLowerCase();
    if (lower.startsWith("#x")) return String.fromCodePoint(Number.parseInt(lower.slice(2), 16));
    if (lower.startsWith("#")) return String.fromCodePoint(Number(lower.slice(1)));
    return named[lower] ?? entity;
  });
}
