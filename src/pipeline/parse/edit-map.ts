/**
 * micromark applies batched edits to its event list with `EditMap.consume`, which copies the
 * whole list each time. The document tokenizer calls it whenever a list or block quote ends
 * before a paragraph or blank line, so a file alternating `- a` and a paragraph cost time in the
 * square of its length (64 KB ran for minutes). This replacement gives the same list but copies
 * only from the first edit on — near the end of the list in those calls — so parsing stays
 * linear. It is installed once, on the one copy of the module micromark imports (a direct
 * dependency at the same version, so npm shares it).
 */
import { EditMap } from "micromark-util-edit-map";

type Events = Parameters<EditMap["consume"]>[0];

/** micromark's own implementation, for the test that both give the same events. */
export const upstreamConsume = EditMap.prototype.consume;

/** `EditMap.prototype.consume`, with the untouched prefix of `events` left in place. */
export function consumeTail(this: EditMap, events: Events): undefined {
  if (this.map.length === 0) return;
  this.map.sort((a, b) => a[0] - b[0]);
  const first = this.map[0]?.[0] ?? events.length;
  const tail: Events = [];
  let from = first;
  for (const [at, remove, add] of this.map) {
    for (let i = from; i < at; i++) tail.push(events[i] as Events[number]);
    for (const event of add) tail.push(event);
    from = at + remove;
  }
  for (let i = from; i < events.length; i++) tail.push(events[i] as Events[number]);
  events.length = first;
  for (const event of tail) events.push(event);
  this.map.length = 0;
  this.index.clear();
}

EditMap.prototype.consume = consumeTail;
