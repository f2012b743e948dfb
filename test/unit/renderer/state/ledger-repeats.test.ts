/** The ledger and repeat complaints (issue 17.2): "仅重复投诉" filter, saved views, the index computed once per rows change. */
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, filterLedger, hasFilters, indexRow, normalizeFilters } from '../../../../renderer/state/ledger-filter';
import { createLedgerStore, FIRST_PAINT_ROWS } from '../../../../renderer/state/ledger-store';
import type { LedgerRow } from '../../../../shared/domain/ledger-row';
import { findRepeats, repeatKeyer, repeatOf } from '../../../../shared/domain/repeats';
import type { MasterEntry } from '../../../../shared/domain/master-data/entry';
import { makeRow } from './rows';

const NOW = Date.UTC(2026, 10, 23);
/** The same master data each time (the index is cached by its identity, as the master-data store's is). */
const NO_ENTRIES: readonly MasterEntry[] = [];
const DAY = 86_400_000;
const base = Date.UTC(2026, 9, 1, 2); // 10:00 in the factory

/** Case i of problem p, received `day` days after 1 Oct. */
function repeatRow(i: number, p: string, day: number, over: Partial<LedgerRow> = {}): LedgerRow {
  return makeRow(i, { customerName: '华为', productModel: 'KX-200', defectTypeId: p, receivedAt: new Date(base + day * DAY).toISOString(), ...over });
}

const rows = [
  repeatRow(1, 'A', 0),
  repeatRow(2, 'A', 12), // repeats 1
  repeatRow(3, 'B', 5),
  repeatRow(4, 'B', 40), // 35 days after 3: not a repeat
  repeatRow(5, 'A', 20, { countsAsComplaint: false }), // 7-day return: never
  repeatRow(6, 'C', 1, { customerName: '中兴' }),
];
const ids = (list: readonly { row: { id: string } }[]) => list.map((e) => e.row.id).sort();

describe('ledger filter: repeats only', () => {
  it('keeps only the cases that repeat an earlier one; saved views keep the flag', () => {
    const entries = rows.map(indexRow);
    const index = findRepeats(rows, repeatKeyer([]), 30);
    const filters = { ...EMPTY_FILTERS, repeatOnly: true };
    expect(hasFilters(filters)).toBe(true);
    expect(ids(filterLedger(entries, '', filters, NOW, [], () => index))).toEqual([rows[1]!.id]);
    // With the search too; and no index given: nothing is a repeat.
    expect(filterLedger(entries, 'zzz', filters, NOW, [], () => index)).toEqual([]);
    expect(filterLedger(entries, '', filters, NOW)).toEqual([]);
    expect(normalizeFilters({ repeatOnly: true })?.repeatOnly).toBe(true);
    expect(normalizeFilters({ repeatOnly: 'yes' })?.repeatOnly).toBe(false);
    expect(normalizeFilters({})?.repeatOnly).toBe(false);
  });
});

describe('ledger store: repeats', () => {
  async function loaded(list: LedgerRow[], window = () => 30) {
    const store = createLedgerStore(() => NOW, undefined, () => NO_ENTRIES, window);
    await store.getState().load({ cases: { listRecent: () => Promise.resolve(list.slice(0, FIRST_PAINT_ROWS)), listAll: () => Promise.resolve(list) } });
    return store;
  }

  it('builds the index once, keeps it across sorts and calls, and updates it by the changed rows', async () => {
    const store = await loaded(rows);
    const first = store.getState().repeats();
    expect(store.getState().repeats()).toBe(first);
    store.getState().setSort('customerName', 'asc');
    expect(store.getState().repeats()).toBe(first);
    const version = store.getState().rowsVersion;
    store.getState().apply([repeatRow(7, 'B', 41)]);
    expect(store.getState().rowsVersion).toBe(version + 1);
    const next = store.getState().repeats();
    expect(next).not.toBe(first);
    expect(next.groups).toBe(first.groups); // updated group by group, not rebuilt from all rows
    expect(repeatOf(next, rows[3]!.id)).not.toBeNull();
  });

  it('"repeats only" follows saves: a new repeat comes in, a removed earlier case takes its repeat out', async () => {
    const store = await loaded(rows);
    store.getState().setFilters({ repeatOnly: true });
    expect(ids(store.getState().matched)).toEqual([rows[1]!.id]);
    const late = repeatRow(8, 'B', 44);
    store.getState().apply([late]);
    expect(ids(store.getState().matched)).toEqual([rows[1]!.id, late.id].sort());
    store.getState().apply([], [rows[0]!.id]);
    expect(ids(store.getState().matched)).toEqual([late.id]);
    // An edit that changes the defect type makes it a first case again.
    store.getState().apply([{ ...late, defectTypeId: 'Z' }]);
    expect(store.getState().matched).toEqual([]);
  });

  it('the office window: asked again, the filter matches with the new window', async () => {
    let window = 30;
    const store = await loaded(rows, () => window);
    store.getState().setFilters({ repeatOnly: true });
    expect(ids(store.getState().matched)).toEqual([rows[1]!.id]);
    window = 35;
    store.getState().setFilters({});
    expect(ids(store.getState().matched)).toEqual([rows[1]!.id, rows[3]!.id].sort());
    expect(store.getState().repeats().windowDays).toBe(35);
  });

  it('says when the index is current: not before its first build nor after the window changed; still after a save', async () => {
    let window = 30;
    const store = await loaded(rows, () => window);
    expect(store.getState().repeatsIfReady()).toBeNull();
    const built = store.getState().repeats();
    expect(store.getState().repeatsIfReady()).toBe(built);
    store.getState().apply([repeatRow(9, 'C', 3, { customerName: '中兴' })]);
    expect(store.getState().repeatsIfReady()?.groups).toBe(built.groups);
    window = 10;
    expect(store.getState().repeatsIfReady()).toBeNull();
  });
});
