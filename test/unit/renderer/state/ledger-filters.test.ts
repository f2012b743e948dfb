import { describe, expect, it } from 'vitest';
import { makeRow } from './rows';
import { isOverdue } from '../../../../shared/domain/lifecycle/projection';
import { createLedgerStore } from '../../../../renderer/state/ledger-store';
import {
  EMPTY_FILTERS,
  filterLedger,
  filterRows,
  hasFilters,
  indexRow,
  normalizeFilters,
  sortRows,
  type IndexedRow,
  type LedgerFilters,
} from '../../../../renderer/state/ledger-filter';
import { factoryDayStart } from '../../../../shared/domain/factory-calendar';

const NOW = Date.parse('2026-11-23T10:00:00+08:00');
const ids = (list: IndexedRow[]) => list.map((e) => e.row.id);
const f = (over: Partial<LedgerFilters>): LedgerFilters => ({ ...EMPTY_FILTERS, ...over });
/** Factory noon of a day: the received-date filter counts factory days. */
const localNoon = (day: string) => new Date(factoryDayStart(day)! + 12 * 3_600_000).toISOString();

const list = [
  indexRow(makeRow(1, { state: 'analysis', severity: 'urgent', departments: ['quality'], nextDueAt: '2026-11-23T09:00:00+08:00', customerName: '宁波电器', productModel: 'KX-1', receivedAt: localNoon('2026-11-01') })),
  indexRow(makeRow(2, { state: 'analysis', severity: 'general', departments: ['production', 'purchasing'], nextDueAt: '2026-11-24T09:00:00+08:00', customerName: 'Acme GmbH', productModel: 'ZZ-9', receivedAt: localNoon('2026-11-10') })),
  indexRow(makeRow(3, { state: 'closed', severity: 'urgent', departments: [], nextDueAt: null, customerName: '苏州精密', productModel: 'kx-10', receivedAt: localNoon('2026-11-20') })),
  indexRow(makeRow(4, { state: 'registered', severity: null, nextDueAt: '2026-11-20T17:30:00+08:00', customerName: 'ACME Asia', productModel: 'Q-1', receivedAt: localNoon('2026-10-31') })),
];

describe('ledger filters', () => {
  it('no filters: same as the search alone', () => {
    expect(hasFilters(EMPTY_FILTERS)).toBe(false);
    expect(ids(filterLedger(list, '', EMPTY_FILTERS, NOW))).toEqual(ids(list));
    expect(ids(filterLedger(list, 'acme', EMPTY_FILTERS, NOW))).toEqual(ids(filterRows(list, 'acme')));
  });

  it('state, severity and department', () => {
    expect(ids(filterLedger(list, '', f({ state: 'analysis' }), NOW))).toEqual(['id-000001', 'id-000002']);
    expect(ids(filterLedger(list, '', f({ severity: 'urgent' }), NOW))).toEqual(['id-000001', 'id-000003']);
    expect(ids(filterLedger(list, '', f({ department: 'purchasing' }), NOW))).toEqual(['id-000002']);
    expect(ids(filterLedger(list, '', f({ state: 'analysis', severity: 'urgent' }), NOW))).toEqual(['id-000001']);
  });

  it('overdue only: an open deadline before now, like isOverdue', () => {
    const result = filterLedger(list, '', f({ overdueOnly: true }), NOW);
    expect(ids(result)).toEqual(['id-000001', 'id-000004']);
    expect(ids(result)).toEqual(ids(list.filter((e) => isOverdue(e.row, NOW))));
    // a deadline exactly now is not overdue yet
    expect(filterLedger([indexRow(makeRow(9, { nextDueAt: new Date(NOW).toISOString() }))], '', f({ overdueOnly: true }), NOW)).toHaveLength(0);
  });

  it('customer and model: part of the text, case-insensitive, only in that field', () => {
    expect(ids(filterLedger(list, '', f({ customer: 'acme' }), NOW))).toEqual(['id-000002', 'id-000004']);
    expect(ids(filterLedger(list, '', f({ customer: ' 宁波 ' }), NOW))).toEqual(['id-000001']);
    expect(ids(filterLedger(list, '', f({ model: 'KX-1' }), NOW))).toEqual(['id-000001', 'id-000003']);
    expect(filterLedger(list, '', f({ customer: 'kx' }), NOW)).toHaveLength(0);
  });

  it('received date range: local days, both ends included', () => {
    expect(ids(filterLedger(list, '', f({ receivedFrom: '2026-11-01' }), NOW))).toEqual(['id-000001', 'id-000002', 'id-000003']);
    expect(ids(filterLedger(list, '', f({ receivedTo: '2026-11-10' }), NOW))).toEqual(['id-000001', 'id-000002', 'id-000004']);
    expect(ids(filterLedger(list, '', f({ receivedFrom: '2026-11-10', receivedTo: '2026-11-10' }), NOW))).toEqual(['id-000002']);
    expect(filterLedger(list, '', f({ receivedFrom: '2026-11-21', receivedTo: '2026-11-02' }), NOW)).toHaveLength(0);
    // a date that is not one is ignored
    expect(filterLedger(list, '', f({ receivedFrom: '2026-02-30' }), NOW)).toHaveLength(4);
  });

  it('combines the search with every filter (AND)', () => {
    expect(ids(filterLedger(list, 'kx', f({ severity: 'urgent', overdueOnly: true }), NOW))).toEqual(['id-000001']);
    expect(filterLedger(list, 'zz', f({ severity: 'urgent' }), NOW)).toHaveLength(0);
  });

  it('normalizeFilters keeps known values and drops the rest', () => {
    expect(normalizeFilters('x')).toBeNull();
    expect(normalizeFilters(null)).toBeNull();
    expect(normalizeFilters({ state: 'flying', severity: 'urgent', department: 7, overdueOnly: 'yes', customer: 5, receivedFrom: '2026-13-01', receivedTo: '2026-11-02' })).toEqual(
      f({ severity: 'urgent', receivedTo: '2026-11-02' }),
    );
  });

  it('100,000 rows: one pass gives what a plain check of each row gives', () => {
    const big = sortRows(
      Array.from({ length: 100_000 }, (_, i) =>
        indexRow(
          makeRow(i, {
            state: (['registered', 'analysis', 'closed'] as const)[i % 3],
            severity: (['general', 'serious', 'urgent', null] as const)[i % 4],
            departments: i % 5 === 0 ? ['quality'] : [],
            nextDueAt: i % 7 === 0 ? null : new Date(NOW + ((i % 13) - 6) * 3_600_000).toISOString(),
          }),
        ),
      ),
      { field: 'receivedAt', direction: 'desc' },
    );
    const filters = f({ state: 'analysis', severity: 'urgent', department: 'quality', overdueOnly: true, customer: '宁波', model: 'kx-1', receivedFrom: '2024-03-01', receivedTo: '2025-06-30' });
    const from = factoryDayStart('2024-03-01')!;
    const to = factoryDayStart('2025-07-01')!;
    const expected = big.filter(
      (e) =>
        e.row.state === 'analysis' &&
        e.row.severity === 'urgent' &&
        e.row.departments.includes('quality') &&
        isOverdue(e.row, NOW) &&
        e.row.customerName.includes('宁波') &&
        e.row.productModel.toLowerCase().includes('kx-1') &&
        Date.parse(e.row.receivedAt) >= from &&
        Date.parse(e.row.receivedAt) < to,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(filterLedger(big, '', filters, NOW))).toEqual(ids(expected));
  });
});

describe('ledger store with filters', () => {
  const rows = list.map((e) => e.row);
  const loaded = async () => {
    const store = createLedgerStore(() => NOW);
    await store.getState().load({ cases: { listRecent: () => Promise.resolve(rows), listAll: () => Promise.resolve(rows) } });
    return store;
  };
  const visible = (store: ReturnType<typeof createLedgerStore>) => store.getState().matched.map((e) => e.row.id).sort();

  it('applies, combines and clears filters', async () => {
    const store = await loaded();
    store.getState().setFilters({ severity: 'urgent' });
    expect(visible(store)).toEqual(['id-000001', 'id-000003']);
    store.getState().setFilters({ overdueOnly: true });
    expect(visible(store)).toEqual(['id-000001']);
    store.getState().setQuery('zz');
    expect(visible(store)).toEqual([]);
    store.getState().setQuery('');
    store.getState().replaceFilters(EMPTY_FILTERS);
    expect(visible(store)).toHaveLength(4);
  });

  it('a saved row is shown or hidden by the current filters', async () => {
    const store = await loaded();
    store.getState().setFilters({ severity: 'urgent' });
    store.getState().apply([{ ...rows[1]!, severity: 'urgent' }]);
    expect(visible(store)).toEqual(['id-000001', 'id-000002', 'id-000003']);
    store.getState().apply([{ ...rows[0]!, severity: 'general' }]);
    expect(visible(store)).toEqual(['id-000002', 'id-000003']);
  });
});
