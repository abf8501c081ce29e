import { describe, expect, it } from "vitest";
import { findDocuments } from "../../../src/dev/documents.js";
import { listDocuments } from "../../../src/document/list.js";

describe("listDocuments", () => {
  it("lists each file once, however often it is named", () => {
    const listed = listDocuments(["a.md", "./a.md", "b.md"], "out");
    expect(listed.map((entry) => entry.doc.path)).toEqual(["a.md", "b.md"]);
    expect(listed.every((entry) => entry.clash === undefined)).toBe(true);
  });

  it("builds none of the files that would share an output folder, naming the others", () => {
    const listed = listDocuments(["x/acme.md", "y/acme.md", "acme.markdown", "other.md"], "out");
    expect(listed.map((entry) => entry.clash?.message)).toEqual([
      "x/acme.md: y/acme.md and acme.markdown would write out/acme/ too; rename all but one (none of them was built)",
      "y/acme.md: x/acme.md and acme.markdown would write out/acme/ too; rename all but one (none of them was built)",
      "acme.markdown: x/acme.md and y/acme.md would write out/acme/ too; rename all but one (none of them was built)",
      undefined,
    ]);
  });
});

describe("the dev session's documents", () => {
  it("follows the build's rule: every clashing file is left out, each with the same message", () => {
    const list = findDocuments(["x/acme.md", "y/acme.md", "other.md"], "content", "out");
    expect(list.docs.map((doc) => doc.path)).toEqual(["other.md"]);
    expect(list.problems).toEqual([
      "x/acme.md: y/acme.md would write out/acme/ too; rename all but one (none of them was built)",
      "y/acme.md: x/acme.md would write out/acme/ too; rename all but one (none of them was built)",
    ]);
  });
});
