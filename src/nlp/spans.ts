// Finding the span that contains a position, by binary search over spans sorted by start and
// not overlapping (blocks of an article, quotations in a text).
import type { Span } from "../types.ts";

/** With `orNext`, a position between two spans gives the next one. */
export function spanAt<T extends Span>(spans: readonly T[], pos: number, options: { orNext?: boolean } = {}): T | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (!s) break;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return options.orNext ? spans[lo] : undefined;
}
