// Property: the ledger patched row by row through apply() (the change feed's
// one update path, by binary search) shows exactly what a ledger rebuilt from
// scratch with the same rows would show — same rows, same order, same matches —
// whatever the sort, search and changes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LedgerRow } from '../../../../shared/domain/ledger-row';
import { createLedgerStore } from '../../../../renderer/state/ledger-store';
import type { LedgerSortField } from '../../../../renderer/state/ledger-filter';
import { makeRow } from './rows';

const NOW = Date.UTC(2026, 10, 23);
const SORTS: LedgerSortField[] = ['receivedAt', 'customerName', 'productModel', 'quantityDefective', 'caseNumber'];

const change = fc.oneof(
  fc.record({ kind: fc.constant('edit' as const), pick: fc.nat(), model: fc.integer({ min: 0, max: 5 }), qty: fc.option(fc.integer({ min: 0, max: 9 })) }),
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('add' as const), n: fc.integer({ min: 1000, max: 1100 }) }),
);

async function loaded(rows: LedgerRow[], sort: LedgerSortField, query: string) {
  const store = createLedgerStore(() => NOW);
  await store.getState().load({ cases: { listRecent: () => Promise.resolve(rows.slice(0, 5)), listAll: () => Promise.resolve(rows) } });
  store.getState().setSort(sort, 'asc');
  store.getState().setQuery(query);
  return store;
}

describe('ledger apply (property)', () => {
  it('patching rows equals rebuilding from the same rows', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...SORTS), fc.constantFrom('', 'kx-1', '宁波'), fc.array(fc.array(change, { maxLength: 6 }), { maxLength: 8 }), async (sort, query, rounds) => {
        let rows = Array.from({ length: 60 }, (_, i) => makeRow(i, { productModel: `KX-${i % 4}`, quantityDefective: i % 3 === 0 ? null : i % 5 }));
        const store = await loaded(rows, sort, query);
        for (const round of rounds) {
          const changed: LedgerRow[] = [];
          const removed: string[] = [];
          for (const c of round) {
            if (rows.length === 0) break;
            if (c.kind === 'add') {
              if (!rows.some((r) => r.id === makeRow(c.n).id)) changed.push(makeRow(c.n));
              continue;
            }
            const target = rows[c.pick % rows.length]!;
            if (c.kind === 'remove') removed.push(target.id);
            else changed.push({ ...target, productModel: `KX-${c.model}`, quantityDefective: c.qty });
          }
          const last = new Map<string, LedgerRow | null>();
          for (const id of removed) last.set(id, null);
          for (const row of changed) if (!removed.includes(row.id)) last.set(row.id, row);
          const rowsNow = [...last.values()].filter((r): r is LedgerRow => r !== null);
          store.getState().apply(rowsNow, [...last].filter(([, r]) => r === null).map(([id]) => id));
          const byId = new Map(rows.map((r) => [r.id, r]));
          for (const [id, row] of last) {
            if (row) byId.set(id, row);
            else byId.delete(id);
          }
          rows = [...byId.values()];
        }
        const rebuilt = await loaded(rows, sort, query);
        const ids = (s: typeof store) => s.getState().entries.map((e) => e.row.id);
        const shown = (s: typeof store) => s.getState().matched.map((e) => `${e.row.id}:${e.row.productModel}:${e.row.quantityDefective}`);
        expect(ids(store)).toEqual(ids(rebuilt));
        expect(shown(store)).toEqual(shown(rebuilt));
      }),
      { numRuns: 150 },
    );
  });
});
