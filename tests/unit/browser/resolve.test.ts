import { describe, expect, it } from "vitest";
import { BrowserNotFoundError, resolveBrowser } from "../../../src/browser/resolve.js";

const has =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

describe("resolveBrowser", () => {
  it("prefers PUPPETEER_EXECUTABLE_PATH over everything else", () => {
    const env = { PUPPETEER_EXECUTABLE_PATH: "/opt/chrome/chrome", PATH: "/usr/bin" };
    const exists = has("/opt/chrome/chrome", "/cache/chrome", "/usr/bin/chromium");
    expect(resolveBrowser(env, exists, "/cache/chrome")).toEqual({
      executablePath: "/opt/chrome/chrome",
      source: "env",
    });
  });

  it("fails loudly when PUPPETEER_EXECUTABLE_PATH names a missing file, without falling back", () => {
    const env = { PUPPETEER_EXECUTABLE_PATH: "/nope/chrome", PATH: "/usr/bin" };
    const error = catchError(() => resolveBrowser(env, has("/usr/bin/chromium")));
    expect(error).toBeInstanceOf(BrowserNotFoundError);
    expect(error.reason).toBe("env-missing");
    expect(error.message).toContain("/nope/chrome");
  });

  it("takes puppeteer's downloaded browser next, if the file is there", () => {
    const exists = has("/cache/chrome", "/usr/bin/chromium");
    expect(resolveBrowser({ PATH: "/usr/bin" }, exists, "/cache/chrome").source).toBe("puppeteer");
    expect(resolveBrowser({ PATH: "/usr/bin" }, has("/usr/bin/chromium"), "/cache/chrome")).toEqual(
      {
        executablePath: "/usr/bin/chromium",
        source: "system",
      },
    );
  });

  it("finds system browsers on PATH, chromium before chromium-browser before google-chrome", () => {
    const env = { PATH: "/home/u/bin:/opt/bin" };
    expect(
      resolveBrowser(env, has("/opt/bin/google-chrome", "/home/u/bin/chromium-browser"))
        .executablePath,
    ).toBe("/home/u/bin/chromium-browser");
    expect(
      resolveBrowser(env, has("/opt/bin/google-chrome", "/opt/bin/google-chrome-stable"))
        .executablePath,
    ).toBe("/opt/bin/google-chrome-stable");
    expect(resolveBrowser(env, has("/opt/bin/google-chrome")).executablePath).toBe(
      "/opt/bin/google-chrome",
    );
  });

  it("looks in /usr/bin even when PATH is empty, and finds the macOS app", () => {
    expect(resolveBrowser({}, has("/usr/bin/chromium")).executablePath).toBe("/usr/bin/chromium");
    const mac = "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome";
    expect(resolveBrowser({ PATH: "/usr/bin" }, has(mac)).executablePath).toBe(mac);
  });

  it("ignores an empty PUPPETEER_EXECUTABLE_PATH", () => {
    const env = { PUPPETEER_EXECUTABLE_PATH: "", PATH: "/usr/bin" };
    expect(resolveBrowser(env, has("/usr/bin/chromium")).source).toBe("system");
  });

  it("throws BrowserNotFoundError with exit code 2 and a how-to when nothing is found", () => {
    const error = catchError(() => resolveBrowser({ PATH: "/usr/bin" }, has(), "/cache/chrome"));
    expect(error).toBeInstanceOf(BrowserNotFoundError);
    expect(error.exitCode).toBe(2);
    expect(error.reason).toBe("none-found");
    expect(error.message).toContain("apt-get install -y chromium");
    expect(error.message).toContain("npx puppeteer browsers install chrome");
    expect(error.message).toContain("PUPPETEER_EXECUTABLE_PATH");
    expect(error.message).toContain("/cache/chrome");
  });
});

function catchError(fn: () => unknown): BrowserNotFoundError {
  try {
    fn();
  } catch (error) {
    return error as BrowserNotFoundError;
  }
  throw new Error("expected an error");
}
