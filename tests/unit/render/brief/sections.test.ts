/** Heading levels and TOC nesting of content sections. */
import { describe, expect, it } from "vitest";
import { sectionViews, type TocNode, tocTree } from "../../../../src/render/brief/sections.js";
import type { ValueSetView } from "../../../../src/render/brief/value-sets.js";
import type { Model, Section } from "../../../../src/schema/schema.js";

function sections(...spec: [heading: string, depth: number][]): Section[] {
  return spec.map(([heading, depth], index) => ({
    heading,
    slug: heading.toLowerCase(),
    line: index + 1,
    depth,
    kind: "other",
    blocks: [],
  }));
}

const levels = (list: Section[]) =>
  sectionViews(
    { sections: list, takeaways: [], faq: [] } as unknown as Model,
    { valueSets: [], pillars: null },
    [],
    () => [],
  ).map((view) => `${view.heading}:h${view.level}`);

describe("section heading levels", () => {
  it("draws a lone leading `#` title at the level of the `##` sections under it", () => {
    expect(levels(sections(["Title", 1], ["A", 2], ["A1", 3], ["B", 2]))).toEqual([
      "Title:h3",
      "A:h3",
      "A1:h4",
      "B:h3",
    ]);
  });

  it("keeps the hierarchy when several sections share the top depth", () => {
    expect(levels(sections(["A", 1], ["A1", 2], ["B", 1]))).toEqual(["A:h3", "A1:h4", "B:h3"]);
  });

  it("starts at h3 whatever depth the content starts at, and stops at h6", () => {
    expect(levels(sections(["A", 2], ["B", 3], ["C", 4], ["D", 5], ["E", 6], ["F", 2]))).toEqual([
      "A:h3",
      "B:h4",
      "C:h5",
      "D:h6",
      "E:h6",
      "F:h3",
    ]);
  });
});

describe("table of contents tree", () => {
  const names = (nodes: ReturnType<typeof tocTree>): unknown[] =>
    nodes.map((node) =>
      node.children.length ? [node.heading, names(node.children)] : node.heading,
    );

  const noSets = { valueSets: [], pillars: null };
  const tree = (list: Section[]) => tocTree(list, noSets, () => "");

  it("nests sections by depth, with the lone title beside its sections", () => {
    expect(names(tree(sections(["Title", 1], ["A", 2], ["A1", 3], ["A2", 3], ["B", 2])))).toEqual([
      "Title",
      ["A", ["A1", "A2"]],
      "B",
    ]);
  });

  it("handles a deeper section before any shallower one", () => {
    expect(names(tree(sections(["X", 3], ["A", 2], ["A1", 3])))).toEqual(["X", ["A", ["A1"]]]);
  });

  it("lists a section's sets before its sub-sections, each with its page, unless titled as it", () => {
    const [values, sub] = sections(["Values", 2], ["Sub", 3]);
    if (!values || !sub) throw new Error("no sections");
    values.blocks = [
      { type: "valueSet", index: 0 },
      { type: "valueSet", index: 1 },
      { type: "pillars" },
    ] as Section["blocks"];
    const set = (id: string, label: string) => ({ id, label }) as ValueSetView;
    const pages = new Map([
      ["content-values", 4],
      ["brief-values-1", 5],
      ["brief-pillars", 6],
    ]);
    const nodes = tocTree(
      [values, sub],
      {
        valueSets: [set("brief-values-1", "Core values"), set("brief-values-2", "values")],
        pillars: set("brief-pillars", "Pillars"),
      },
      (id) => String(pages.get(id) ?? ""),
    );
    const flat = (list: TocNode[]): string[] =>
      list.flatMap((node) => [`${node.heading}:${node.page}`, ...flat(node.children)]);
    expect(flat(nodes)).toEqual(["Values:4", "Core values:5", "Pillars:6", "Sub:"]);
  });
});
