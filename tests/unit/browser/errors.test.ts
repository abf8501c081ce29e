/** What a failed browser step says: the stage, and puppeteer's words made plain where they can be. */
import { describe, expect, it } from "vitest";
import { CredoRenderError, toRenderError } from "../../../src/browser/errors.js";

describe("toRenderError", () => {
  it.each([
    "Protocol error (Target.setDiscoverTargets): Target closed",
    "Connection closed.",
    "Protocol error (Page.printToPDF): Session closed. Most likely the page has been closed.",
  ])(
    "says a closed DevTools connection while launching (“%s”) as “the browser is gone”, keeping the cause",
    (raw) => {
      const cause = new Error(raw);
      const error = toRenderError("launch", cause);
      expect(error).toBeInstanceOf(CredoRenderError);
      expect(error.message).toBe("browser launch failed: the browser is gone");
      expect(error.cause).toBe(cause);
      expect(error.exitCode).toBe(3);
    },
  );

  it("says a closed connection at any step as “the browser is gone”, but not a page's closed target", () => {
    expect(toRenderError("print", new Error("Connection closed.")).message).toBe(
      "browser print failed: the browser is gone",
    );
    // After the launch, a closed target is a page that went, not the browser.
    expect(
      toRenderError("load", new Error("Protocol error (Runtime.callFunctionOn): Target closed"))
        .message,
    ).toBe("browser load failed: Protocol error (Runtime.callFunctionOn): Target closed");
  });

  it("keeps any other message as it is", () => {
    expect(toRenderError("print", new Error("Invalid paper size")).message).toBe(
      "browser print failed: Invalid paper size",
    );
    expect(toRenderError("load", "boom").message).toBe("browser load failed: boom");
  });

  it("passes a CredoRenderError through unchanged", () => {
    const error = new CredoRenderError("load", "the page crashed as it opened");
    expect(toRenderError("print", error)).toBe(error);
  });
});
