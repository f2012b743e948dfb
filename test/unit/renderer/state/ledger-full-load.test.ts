import { describe, expect, it } from 'vitest';
import type { LedgerRow } from '../../../../shared/domain/ledger-row';
import { fullLedgerInSlices, indexInto, type PendingRows } from '../../../../renderer/state/ledger-full-load';
import { indexRow, sortRows, type LedgerSort } from '../../../../renderer/state/ledger-filter';
import { buildSearchIndex, searchIndexInSlices, searchIndexOf } from '../../../../renderer/state/ledger-search-index';
import { createLedgerStore } from '../../../../renderer/state/ledger-store';
import { makeRow } from './rows';

const SMALL = { index: 700, run: 256, merge: 1000, searchIndex: 900 };
const goOn = () => Promise.resolve(true);
const ids = (entries: readonly { row: LedgerRow }[]) => entries.map((e) => e.row.id);

/** The unsliced path: every row indexed, the saves applied, one sort. */
function atOnce(rows: readonly LedgerRow[], sort: LedgerSort, pending: PendingRows = new Map()) {
  const latest = new Map(rows.map((row) => [row.id, row] as const));
  for (const [id, row] of pending) {
    if (row) latest.set(id, row);
    else latest.delete(id);
  }
  return sortRows([...latest.values()].map(indexRow), sort);
}

describe('the full ledger, a slice per task', () => {
  const rows = Array.from({ length: 6000 }, (_, i) => makeRow((i * 4099) % 6000));

  it('is the unsliced result: same order, same entries, the saves made meanwhile in, and its search index cached', async () => {
    const pending: PendingRows = new Map([
      [rows[10]!.id, { ...rows[10]!, customerName: '改过的客户', receivedAt: '2031-01-01T00:00:00+08:00' }],
      [rows[11]!.id, null],
      ['id-new', makeRow(90_000, { id: 'id-new' })],
    ]);
    const sort: LedgerSort = { field: 'customerName', direction: 'asc' };
    const ledger = await fullLedgerInSlices(rows, () => sort, () => pending, goOn, SMALL);
    const expected = atOnce(rows, sort, pending);
    expect(ids(ledger!.entries)).toEqual(ids(expected));
    expect(ledger!.entries.map((e) => e.key)).toEqual(expected.map((e) => e.key));
    expect(ledger!.byId.size).toBe(expected.length);
    for (const entry of ledger!.entries) expect(ledger!.byId.get(entry.row.id)).toBe(entry);
    expect(searchIndexOf(ledger!.entries)).toEqual(buildSearchIndex(expected));
  });

  it('gives the same result from rows indexed page by page while they were read', async () => {
    const sort: LedgerSort = { field: 'quantityDefective', direction: 'desc' };
    const indexed = new Map<string, ReturnType<typeof indexRow>>();
    for (let start = 0; start < rows.length; start += 2000) indexInto(indexed, rows.slice(start, start + 2000));
    const pending: PendingRows = new Map([[rows[3]!.id, null]]);
    const ledger = await fullLedgerInSlices(rows, () => sort, () => pending, goOn, SMALL, indexed);
    expect(ids(ledger!.entries)).toEqual(ids(atOnce(rows, sort, pending)));
    expect(ledger!.byId).toBe(indexed);
  });

  it('sorts again when a column is clicked while it sorts', async () => {
    let sort: LedgerSort = { field: 'receivedAt', direction: 'desc' };
    let pauses = 0;
    const pause = () => {
      if (++pauses === 12) sort = { field: 'productModel', direction: 'asc' };
      return Promise.resolve(true);
    };
    const ledger = await fullLedgerInSlices(rows, () => sort, () => new Map(), pause, SMALL);
    expect(ledger!.sort).toEqual(sort);
    expect(ids(ledger!.entries)).toEqual(ids(atOnce(rows, sort)));
  });

  it('builds the same search index in slices as in one go', async () => {
    const entries = rows.map(indexRow);
    for (const slice of [1, 999, 6000, 10_000]) {
      const copy = entries.slice(); // a new array: the cache is per array
      expect(await searchIndexInSlices(copy, goOn, slice)).toEqual(buildSearchIndex(entries));
    }
    expect(await searchIndexInSlices(entries.slice(0, 10), goOn)).toBeNull(); // too small to need one
  });

  it('stops when a newer load began', async () => {
    let left = 4;
    expect(await fullLedgerInSlices(rows, () => ({ field: 'receivedAt', direction: 'desc' }), () => new Map(), () => Promise.resolve(--left > 0), SMALL)).toBeNull();
  });

  it('in the store: the loaded ledger equals the unsliced one, with saves made during the load and a sort clicked meanwhile', async () => {
    const store = createLedgerStore(() => Date.parse('2026-06-01T00:00:00Z'), SMALL);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const loading = store.getState().load({
      cases: {
        listRecent: (limit) => Promise.resolve(rows.slice(0, limit)),
        listAll: async () => {
          await gate;
          return rows;
        },
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    const saved = { ...rows[5]!, productModel: 'AA-1' };
    store.getState().apply([saved]);
    store.getState().setQuery('kx-1');
    release();
    // Slices run as separate tasks: a save, a removal and a sort land in the middle of the load.
    await new Promise((resolve) => setTimeout(resolve, 0));
    store.getState().apply([], [rows[6]!.id]);
    store.getState().setSort('productModel', 'asc');
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.getState().status).toBe('partial'); // still loading
    const late = makeRow(70_000, { id: 'id-late', productModel: 'KX-100' });
    store.getState().apply([late]);
    await loading;
    const state = store.getState();
    expect(state.status).toBe('complete');
    const pending: PendingRows = new Map<string, LedgerRow | null>([
      [saved.id, saved],
      [rows[6]!.id, null],
      [late.id, late],
    ]);
    const expected = atOnce(rows, { field: 'productModel', direction: 'asc' }, pending);
    expect(ids(state.entries)).toEqual(ids(expected));
    expect(ids(state.matched)).toEqual(ids(expected.filter((e) => e.key.includes('kx-1'))));
  });
});
