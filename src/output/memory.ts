/**
 * A batch build's memory budget. Each document leaves megabytes of short-lived strings behind
 * (HTML with ~0.4 MB of inlined fonts, twice the bytes when the text has curly quotes), and V8
 * lets such garbage pile up to several times the live heap before collecting it: about 300 MB of
 * memory for a 100-document build whose live heap is under 50 MB. Collecting between documents
 * once the heap passes a budget keeps it near the live size, for a few tens of ms per collection.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** Heap in use past which the next document boundary collects garbage. */
const HEAP_BUDGET_BYTES = 96 * 1024 * 1024;

let collect: (() => void) | null | undefined;

/** V8's full collection, exposed without a command-line flag; null where that is refused. */
function collector(): (() => void) | null {
  if (collect === undefined) {
    try {
      setFlagsFromString("--expose-gc");
      const gc: unknown = runInNewContext("gc");
      collect = typeof gc === "function" ? (gc as () => void) : null;
    } catch {
      collect = null;
    }
  }
  return collect;
}

/** Called between documents: collects garbage when the heap has grown past the budget. */
export function keepHeapInBudget(): void {
  if (process.memoryUsage().heapUsed > HEAP_BUDGET_BYTES) collector()?.();
}
