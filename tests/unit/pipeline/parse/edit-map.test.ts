/** The linear `EditMap.consume` gives micromark exactly the events its own implementation does. */
import fc from "fast-check";
import { EditMap } from "micromark-util-edit-map";
import { describe, expect, it } from "vitest";
import { consumeTail, upstreamConsume } from "../../../../src/pipeline/parse/edit-map.js";
import { parseContent } from "../../../../src/pipeline/process.js";

type Events = Parameters<EditMap["consume"]>[0];
/** Numbered stand-ins for events: consume only moves them, never looks inside. */
const events = (from: number, n: number) =>
  Array.from({ length: n }, (_, i) => from + i) as unknown as Events;

/** Runs the edits with `consume` on a fresh list of `length` events. */
function apply(
  consume: EditMap["consume"],
  length: number,
  edits: Array<{ at: number; remove: number; add: number; before: boolean }>,
): Events {
  const list = events(0, length);
  const map = new EditMap();
  edits.forEach(({ at, remove, add, before }, i) => {
    const added = events(1000 * (i + 1), add);
    if (before) map.addBefore(at, remove, added);
    else map.add(at, remove, added);
  });
  consume.call(map, list);
  return list;
}

describe("consumeTail", () => {
  it("is what micromark installs, once the pipeline is loaded", () => {
    expect(typeof parseContent).toBe("function");
    expect(EditMap.prototype.consume).toBe(consumeTail);
    expect(upstreamConsume).not.toBe(consumeTail);
  });

  it("gives the same events as micromark's own for any edits, overlapping ones too", () => {
    const edit = (length: number) =>
      fc.record({
        at: fc.integer({ min: 0, max: length }),
        remove: fc.integer({ min: 0, max: 4 }),
        add: fc.integer({ min: 0, max: 3 }),
        before: fc.boolean(),
      });
    const cases = fc
      .integer({ min: 0, max: 30 })
      .chain((length) => fc.tuple(fc.constant(length), fc.array(edit(length), { maxLength: 6 })));
    fc.assert(
      fc.property(cases, ([length, edits]) => {
        expect(apply(consumeTail, length, edits)).toEqual(apply(upstreamConsume, length, edits));
      }),
      { numRuns: 500 },
    );
  });

  it("leaves the list untouched when there is no edit, and clears the map after", () => {
    const map = new EditMap();
    const list = events(0, 5);
    consumeTail.call(map, list);
    expect(list).toEqual(events(0, 5));
    map.add(2, 1, events(100, 2));
    consumeTail.call(map, list);
    expect(list).toEqual([0, 1, 100, 101, 3, 4]);
    expect(map.map).toEqual([]);
    expect(map.index.size).toBe(0);
  });
});
