import { describe, expect, it } from 'vitest';
import { sortInSlices } from '../../../../renderer/state/sort-in-slices';
import { comparatorFor, indexRow, SORT_FIELDS, sortRows } from '../../../../renderer/state/ledger-filter';
import { makeRow } from './rows';

const goOn = () => Promise.resolve(true);

describe('sortInSlices', () => {
  it('gives exactly the one-go sort for every ledger column and direction, whatever the slice sizes', async () => {
    // Shuffled rows with many equal keys (ties are broken by case number, then id).
    const rows = Array.from({ length: 1237 }, (_, i) => indexRow(makeRow((i * 7919) % 1237)));
    for (const field of SORT_FIELDS) {
      for (const direction of ['asc', 'desc'] as const) {
        const sort = { field, direction };
        const expected = sortRows(rows, sort).map((e) => e.row.id);
        for (const sizes of [{ run: 1, merge: 1 }, { run: 7, merge: 50 }, { run: 100, merge: 333 }, { run: 5000, merge: 5000 }]) {
          const sorted = await sortInSlices(rows, comparatorFor(sort), goOn, sizes);
          expect(sorted?.map((e) => e.row.id), `${field} ${direction} ${JSON.stringify(sizes)}`).toEqual(expected);
        }
      }
    }
  });

  it('is stable, leaves its input alone and handles empty and one-item lists', async () => {
    const items = Array.from({ length: 200 }, (_, i) => ({ key: i % 3, at: i }));
    const input = items.slice();
    const sorted = await sortInSlices(items, (a, b) => a.key - b.key, goOn, { run: 16, merge: 10 });
    expect(sorted).toEqual(items.slice().sort((a, b) => a.key - b.key));
    expect(items).toEqual(input);
    expect(await sortInSlices([], (a: number, b: number) => a - b, goOn)).toEqual([]);
    expect(await sortInSlices([4], (a: number, b: number) => a - b, goOn)).toEqual([4]);
  });

  it('gives the event loop back between slices, each doing at most a run or a merge step', async () => {
    const numbers = Array.from({ length: 1000 }, (_, i) => (i * 631) % 1000);
    let pauses = 0;
    const sorted = await sortInSlices(numbers, (a, b) => a - b, () => Promise.resolve(++pauses > 0), { run: 100, merge: 250 });
    expect(sorted).toEqual([...numbers].sort((a, b) => a - b));
    // 10 runs (9 pauses between them), then 4 merge passes of 1,000 items in steps of 250 (16 pauses).
    expect(pauses).toBe(9 + 16);
  });

  it('stops when told to', async () => {
    let left = 3;
    const numbers = Array.from({ length: 1000 }, (_, i) => 1000 - i);
    expect(await sortInSlices(numbers, (a, b) => a - b, () => Promise.resolve(--left > 0), { run: 100, merge: 100 })).toBeNull();
  });
});
