/**
 * The compact ledger rows follow every write to cases in the same
 * transaction: what the ledger reads whole is always the live cases' rows.
 */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createSyncRepository, type DeskDatabase } from '../../../../renderer/db';
import type { StoredCase } from '../../../../renderer/db/schema';
import { toLedgerRow } from '../../../../shared/domain/ledger-row';
import type { WireOp } from '../../../../shared/sync/codec';
import { caseAtDecision } from './lifecycle-helpers';
import { intake, openHarness } from './helpers';

/** The rows as the cases say they must be: one per live case, from its stored record. */
async function expectRowsFollowCases(db: DeskDatabase): Promise<void> {
  const live = (await db.cases.toArray()).filter((c: StoredCase) => !c.deleted);
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
  expect((await db.ledgerRows.toArray()).sort(byId)).toEqual(live.map(toLedgerRow).sort(byId));
}

describe('ledger rows', () => {
  it('follow creates, edits, lifecycle writes, imports and tombstones', async () => {
    const h = await openHarness();
    const first = await h.repos.cases.create(intake({ customerName: '华东电器' }));
    const second = await h.repos.cases.create(intake({ customerName: '苏州精密' }));
    await h.repos.cases.update(first.id, { customerName: '华东电器有限公司' });
    const decided = await caseAtDecision(h);
    await h.repos.costs.add(decided, { kind: 'loss', amountFen: 5_000, department: 'production', note: '' });
    await h.repos.cases.importMany([intake({ customerName: '宁波家电' }), intake({ customerName: '常州恒通' })], 1);
    await h.repos.cases.remove(second.id);
    await expectRowsFollowCases(h.db);
    expect(await h.db.ledgerRows.get(second.id)).toBeUndefined();
    expect((await h.db.ledgerRows.get(first.id))?.customerName).toBe('华东电器有限公司');
    expect((await h.db.ledgerRows.get(decided))?.costs).toEqual([{ kind: 'loss', department: 'production', amountFen: 5_000 }]);
    expect((await h.repos.cases.listAll({ pageSize: 2 })).map((r) => r.id).sort()).toEqual((await h.db.ledgerRows.toArray()).map((r) => r.id).sort());
  });

  it('a write that rolls back leaves no row', async () => {
    const h = await openHarness();
    const c = await h.repos.cases.create(intake());
    const stored = (await h.db.cases.get(c.id))!;
    await expect(
      h.db.transaction('rw', h.db.cases, async () => {
        await h.db.cases.put({ ...stored, id: 'c0ffee00-0000-4000-8000-00000000dead', caseNumber: '2611-B-999' });
        await h.db.cases.put({ ...stored, customerName: '改了又撤回' });
        throw new Error('the rest of the write failed');
      }),
    ).rejects.toThrow('the rest of the write failed');
    await expectRowsFollowCases(h.db);
    expect(await h.db.ledgerRows.count()).toBe(1);
    expect((await h.db.ledgerRows.get(c.id))?.customerName).toBe(c.customerName);
  });

  it('a bulk write that partly fails gives rows only to the cases stored', async () => {
    const h = await openHarness();
    const c = await h.repos.cases.create(intake());
    const stored = (await h.db.cases.get(c.id))!;
    const fresh = { ...stored, id: 'c0ffee00-0000-4000-8000-00000000beef', caseNumber: '2611-B-998', customerName: '新客户' };
    const clash = { ...stored, id: 'c0ffee00-0000-4000-8000-00000000f00d', customerName: '撞号' }; // the same case number: refused by the unique index
    await h.db.transaction('rw', h.db.cases, async () => {
      await h.db.cases.bulkAdd([fresh, clash]).catch(() => undefined);
    });
    await expectRowsFollowCases(h.db);
    expect((await h.db.ledgerRows.toArray()).map((r) => r.customerName).sort()).toEqual([c.customerName, '新客户'].sort());
  });

  it('follow merges from another PC, tombstones included', async () => {
    const a = await openHarness();
    const kept = await a.repos.cases.create(intake({ customerName: '华东电器' }));
    const removed = await a.repos.cases.create(intake({ customerName: '苏州精密' }));
    await caseAtDecision(a);
    await a.repos.cases.remove(removed.id);
    const ops = (await a.db.ops.toArray()).map(({ published: _p, ...op }) => op) as WireOp[];
    const b = await openHarness({ deviceId: '33333333-3333-4333-8333-333333333333', stationCode: 'C' }, new IDBFactory());
    await createSyncRepository(b.db, () => b.ctx).applyRemote(ops, {}, { now: a.ctx.now() });
    await expectRowsFollowCases(b.db);
    expect((await b.db.ledgerRows.get(kept.id))?.customerName).toBe('华东电器');
    expect(await b.db.ledgerRows.get(removed.id)).toBeUndefined();
    expect(await b.db.ledgerRows.count()).toBe(2);
  });
});
