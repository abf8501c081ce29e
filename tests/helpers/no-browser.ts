/**
 * Stands in for puppeteer in the unit tier: a unit test that reaches for Chromium fails at once,
 * naming the tier it belongs in, instead of quietly making the inner loop slow.
 */
function refuse(): never {
  throw new Error(
    "a unit test started a browser; move it to tests/browser (the unit tier runs without Chromium)",
  );
}

export default { launch: refuse, connect: refuse, executablePath: refuse };
