// A column clicked on a large ledger sorts a slice per task: the list keeps
// its order until the new one is ready, then shows exactly what a sort in one
// go shows — also when a save arrives meanwhile or the clerk clicks again.
import { describe, expect, it } from 'vitest';
import { createLedgerStore, SLICED_SORT_MIN_ROWS } from '../../../../renderer/state/ledger-store';
import { indexRow, sortRows, type LedgerSort } from '../../../../renderer/state/ledger-filter';
import type { LedgerRow } from '../../../../shared/domain/ledger-row';
import { makeRow } from './rows';

const N = SLICED_SORT_MIN_ROWS + 500;

async function loaded(rows: LedgerRow[]) {
  const store = createLedgerStore(() => Date.parse('2026-11-20T02:00:00Z'));
  await store.getState().load({ cases: { listRecent: () => Promise.resolve(rows.slice(0, 5)), listAll: () => Promise.resolve(rows) } });
  expect(store.getState().status).toBe('complete');
  return store;
}

/** Waits until the store shows `sort` (the slices run on message-channel tasks). */
async function until(store: Awaited<ReturnType<typeof loaded>>, sort: LedgerSort) {
  for (let i = 0; i < 2000 && (store.getState().sort.field !== sort.field || store.getState().sort.direction !== sort.direction); i++) await new Promise((r) => setTimeout(r, 5));
  expect(store.getState().sort).toEqual(sort);
}

const ids = (entries: readonly { row: LedgerRow }[]) => entries.map((e) => e.row.id);
const expected = (rows: LedgerRow[], sort: LedgerSort) => ids(sortRows(rows.map(indexRow), sort));

describe('sorting a large ledger in slices', () => {
  const rows = Array.from({ length: N }, (_, i) => makeRow((i * 7919) % N));

  it('keeps the shown order until the sorted one is ready, then shows the one-go result', async () => {
    const store = await loaded(rows);
    const before = ids(store.getState().entries);
    store.getState().setSort('customerName', 'asc');
    expect(ids(store.getState().entries)).toEqual(before); // not sorted in this task
    await until(store, { field: 'customerName', direction: 'asc' });
    expect(ids(store.getState().entries)).toEqual(expected(rows, { field: 'customerName', direction: 'asc' }));
  });

  it('a save while it sorts is in the sorted list at its place', async () => {
    const store = await loaded(rows);
    store.getState().setSort('customerName', 'asc');
    const changed = { ...rows[42]!, customerName: '安徽最先的客户' };
    const added = makeRow(N + 1, { id: 'id-added', customerName: '中间的客户' });
    store.getState().apply([changed, added], [rows[43]!.id]);
    await until(store, { field: 'customerName', direction: 'asc' });
    const now = [...rows.filter((r) => r.id !== rows[42]!.id && r.id !== rows[43]!.id), changed, added];
    expect(ids(store.getState().entries)).toEqual(expected(now, { field: 'customerName', direction: 'asc' }));
  });

  it('a second click while it sorts wins, and toggles from what the first asked for', async () => {
    const store = await loaded(rows);
    store.getState().setSort('productModel', 'asc');
    store.getState().setSort('productModel'); // the same column again: descending
    await until(store, { field: 'productModel', direction: 'desc' });
    await new Promise((r) => setTimeout(r, 50));
    expect(store.getState().sort).toEqual({ field: 'productModel', direction: 'desc' });
    expect(ids(store.getState().entries)).toEqual(expected(rows, { field: 'productModel', direction: 'desc' }));
  });
});
