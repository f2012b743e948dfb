/**
 * Sorting a long list without freezing the window: a merge sort whose work
 * is cut into slices, giving the event loop back between them. Sorting
 * 100,000 ledger rows in one go took the longest task of the ledger's load
 * (issue 15): here no slice sorts or merges more than a few thousand rows.
 *
 * Runs of `run` items are sorted with Array.prototype.sort, then merged
 * pairwise, stably (the left item first on a tie). With a comparator that
 * orders every pair of distinct items (the ledger's breaks ties by case
 * number, then id) the result is exactly `items.slice().sort(compare)`.
 */

/** Gives the event loop back; resolves false when the work is no longer wanted (a newer load began). */
export type Pause = () => Promise<boolean>;


export interface SliceSizes {
  /** Items sorted by Array.prototype.sort per run (one run per slice). */
  run: number;
  /** Items merged per slice. */
  merge: number;
}

/** ~3 ms per slice at 100,000 ledger rows on a clerk's PC (the comparator costs ~50–100 ns a call). */
export const SORT_SLICES: SliceSizes = { run: 2048, merge: 16_384 };

/** A sorted copy of `items`, or null when `pause` said stop. */
export async function sortInSlices<T>(items: readonly T[], compare: (a: T, b: T) => number, pause: Pause, sizes: SliceSizes = SORT_SLICES): Promise<T[] | null> {
  const n = items.length;
  const run = Math.max(1, Math.floor(sizes.run));
  const step = Math.max(1, Math.floor(sizes.merge));
  let from: T[] = new Array<T>(n);
  for (let start = 0; start < n; start += run) {
    if (start > 0 && !(await pause())) return null;
    const sorted = items.slice(start, start + run).sort(compare);
    for (let i = 0; i < sorted.length; i++) from[start + i] = sorted[i]!;
  }
  let to: T[] = new Array<T>(n);
  let done = 0;
  for (let width = run; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(n, lo + width);
      const hi = Math.min(n, lo + 2 * width);
      let i = lo;
      let j = mid;
      for (let k = lo; k < hi; k++) {
        to[k] = i < mid && (j >= hi || compare(from[i]!, from[j]!) <= 0) ? from[i++]! : from[j++]!;
        if (++done % step === 0 && !(await pause())) return null;
      }
    }
    [from, to] = [to, from];
  }
  return from;
}
