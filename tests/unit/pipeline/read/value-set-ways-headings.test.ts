/**
 * Numbered sub-headings under a ways-of-working heading are a process's steps, unless the
 * paragraph right before them names the set they are ("These are the principles we …").
 */
import { describe, expect, it } from "vitest";
import { valueSetNames as sets } from "../../../helpers/pipeline.js";

describe("numbered sub-headings under “How we work”", () => {
  it("are the set when the lead-in names it", async () => {
    const body =
      "## How we work\n\nThese are the principles we argue about most.\n\n" +
      "### 1. Leave it tidier\n\nEvery repair ends with a swept floor.\n\n" +
      "### 2. Ask before guessing\n\nA question costs less than a redo.\n\n" +
      "### 3. Own the callback\n\nWhoever answers the phone sees it through.\n";
    expect(await sets(body)).toEqual([
      ["Leave it tidier", "Ask before guessing", "Own the callback"],
    ]);
  });

  it("are no set when nothing names them: a process's steps", async () => {
    const body =
      "## How we work\n\nHere is what happens after you call.\n\n" +
      "### 1. Visit the site\n\nAn hour to see the job.\n\n" +
      "### 2. Send a quote\n\nFixed, in writing.\n\n" +
      "### 3. Book the fitters\n\nTwo days, most kitchens.\n";
    expect(await sets(body)).toEqual([]);
  });
});
