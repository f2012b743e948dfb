import { describe, expect, it, vi } from 'vitest';
import type { LedgerRow } from '../../../../shared/domain/ledger-row';
import { createLedgerStore, FIRST_PAINT_ROWS } from '../../../../renderer/state/ledger-store';
import { makeRow } from './rows';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

function fakeCases(all: LedgerRow[]) {
  const gate = deferred<void>();
  const recentAsked: number[] = [];
  return {
    gate,
    recentAsked,
    cases: {
      listRecent: (limit: number) => {
        recentAsked.push(limit);
        return Promise.resolve([...all].sort((a, b) => Date.parse(b.receivedAt) - Date.parse(a.receivedAt)).slice(0, limit));
      },
      listAll: async () => {
        await gate.promise;
        return all;
      },
    },
  };
}

const visibleIds = (store: ReturnType<typeof createLedgerStore>) => store.getState().matched.map((e) => e.row.id);

describe('ledger store', () => {
  it('paints the newest rows first, then all rows', async () => {
    const all = Array.from({ length: 1000 }, (_, i) => makeRow(i));
    const store = createLedgerStore();
    const fake = fakeCases(all);
    const loading = store.getState().load(fake);
    await vi.waitFor(() => expect(store.getState().status).toBe('partial'));
    expect(fake.recentAsked).toEqual([FIRST_PAINT_ROWS]);
    expect(store.getState().matched).toHaveLength(FIRST_PAINT_ROWS);
    fake.gate.resolve();
    await loading;
    expect(store.getState().status).toBe('complete');
    expect(store.getState().matched).toHaveLength(1000);
    const times = store.getState().matched.map((e) => Date.parse(e.row.receivedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('keeps saves made while the full list was loading', async () => {
    const all = Array.from({ length: 300 }, (_, i) => makeRow(i));
    const store = createLedgerStore();
    const fake = fakeCases(all);
    const loading = store.getState().load(fake);
    await vi.waitFor(() => expect(store.getState().status).toBe('partial'));
    const fresh = makeRow(5000, { receivedAt: '2030-01-01T00:00:00+08:00', customerName: '新客户' });
    store.getState().apply([fresh]);
    store.getState().apply([{ ...all[7]!, customerName: '改过的名字' }]);
    store.getState().apply([], [all[8]!.id]);
    fake.gate.resolve(); // listAll returns the old snapshot
    await loading;
    const state = store.getState();
    expect(state.matched).toHaveLength(300);
    expect(state.matched[0]?.row.id).toBe(fresh.id);
    expect(state.matched.find((e) => e.row.id === all[7]!.id)?.row.customerName).toBe('改过的名字');
    expect(state.matched.find((e) => e.row.id === all[8]!.id)).toBeUndefined();
  });

  it('indexes a large ledger a slice per task: the window is given back, and a save made meanwhile wins', async () => {
    const all = Array.from({ length: 25_000 }, (_, i) => makeRow(i));
    const store = createLedgerStore();
    const fake = fakeCases(all);
    const loading = store.getState().load(fake);
    await vi.waitFor(() => expect(store.getState().status).toBe('partial'));
    fake.gate.resolve();
    // A task queued now runs before the load completes only if the indexing yields.
    const during = new Promise<string>((resolve) => setTimeout(() => resolve(store.getState().status), 0));
    expect(await during).toBe('partial');
    store.getState().apply([{ ...all[20_000]!, customerName: '索引期间改的' }]);
    await loading;
    const state = store.getState();
    expect(state.status).toBe('complete');
    expect(state.matched).toHaveLength(25_000);
    expect(state.matched.find((e) => e.row.id === all[20_000]!.id)?.row.customerName).toBe('索引期间改的');
    const times = state.matched.map((e) => e.receivedMs);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('reports a failed load', async () => {
    const store = createLedgerStore();
    await store.getState().load({ cases: { listRecent: () => Promise.reject(new Error('db closed')), listAll: () => Promise.resolve([]) } });
    expect(store.getState()).toMatchObject({ status: 'error', error: 'db closed' });
  });

  it('filters and sorts, and keeps both across changed and removed rows', async () => {
    const store = createLedgerStore();
    const rows = [
      makeRow(1, { customerName: '宁波电器', productModel: 'KX-10', receivedAt: '2026-11-01T09:00:00+08:00' }),
      makeRow(2, { customerName: '苏州精密', productModel: 'KX-2', receivedAt: '2026-11-03T09:00:00+08:00' }),
      makeRow(3, { customerName: '宁波机械', productModel: 'ZZ-1', receivedAt: '2026-11-02T09:00:00+08:00' }),
    ];
    const fake = fakeCases(rows);
    fake.gate.resolve();
    await store.getState().load(fake);
    expect(visibleIds(store)).toEqual(['id-000002', 'id-000003', 'id-000001']);

    store.getState().setQuery('宁波');
    expect(visibleIds(store)).toEqual(['id-000003', 'id-000001']);
    store.getState().setQuery('宁波 kx');
    expect(visibleIds(store)).toEqual(['id-000001']);
    store.getState().setQuery('kx'); // wider again
    expect(visibleIds(store)).toEqual(['id-000002', 'id-000001']);

    store.getState().setSort('productModel');
    expect(store.getState().sort).toEqual({ field: 'productModel', direction: 'asc' });
    expect(visibleIds(store)).toEqual(['id-000002', 'id-000001']); // KX-2 before KX-10
    store.getState().setSort('productModel');
    expect(store.getState().sort.direction).toBe('desc');
    expect(visibleIds(store)).toEqual(['id-000001', 'id-000002']);

    // a save that makes a row match, one that stops matching, a new matching row
    store.getState().apply([{ ...rows[2]!, productModel: 'KX-5' }]);
    store.getState().apply([{ ...rows[0]!, productModel: 'AB-1' }]);
    store.getState().apply([makeRow(9, { productModel: 'KX-9' })]);
    expect(store.getState().matched.map((e) => e.row.productModel)).toEqual(['KX-9', 'KX-5', 'KX-2']);
    expect(store.getState().entries).toHaveLength(4);

    store.getState().apply([], ['id-000002']);
    expect(store.getState().matched.map((e) => e.row.productModel)).toEqual(['KX-9', 'KX-5']);
    store.getState().setQuery('');
    expect(store.getState().matched.map((e) => e.row.productModel)).toEqual(['KX-9', 'KX-5', 'AB-1']);
  });

  // Speed per keystroke is measured by `npm run bench` (chromium); here the results at that size.
  it('types a query into 100,000 rows and back, showing what a plain scan shows', async () => {
    const all = Array.from({ length: 100_000 }, (_, i) => makeRow(i));
    const store = createLedgerStore();
    const fake = fakeCases(all);
    fake.gate.resolve();
    await store.getState().load(fake);
    const expectedCount = (query: string) => all.filter((r) => [r.caseNumber, r.customerName, r.productModel, r.partNumber, r.lotNumber, r.orderNumber].some((v) => v.toLowerCase().includes(query))).length;
    let typed = '';
    for (const ch of 'kx-31') {
      typed += ch;
      store.getState().setQuery(typed);
      expect(store.getState().matched).toHaveLength(expectedCount(typed));
    }
    for (let i = 0; i < 5; i++) {
      typed = typed.slice(0, -1);
      store.getState().setQuery(typed);
      expect(store.getState().matched).toHaveLength(typed ? expectedCount(typed) : all.length);
    }
    expect(store.getState().matched).toHaveLength(100_000);
  });
});
