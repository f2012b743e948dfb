import { describe, expect, it } from 'vitest';
import { intake } from '../renderer/db/helpers';
import { clonePc, makePc, T0, type Pc } from './pcs';
import { useShareBackends } from './share-backends';

const shares = useShareBackends();

async function settle(pcs: Pc[]): Promise<void> {
  for (let i = 0; i < 2; i++) for (const pc of pcs) await pc.round();
}

async function digests(pcs: Pc[]): Promise<string[]> {
  return Promise.all(pcs.map((p) => p.sync.digest()));
}

for (const which of ['folder', 'samba'] as const) {
  describe(`several PCs on one ${which} share`, () => {
    const shareDir = async () => (which === 'folder' ? shares.folder.fresh() : shares.samba ? shares.samba.fresh() : null);

    it('create, edit, delete on every PC, concurrent edits of one field: all converge and the loser is a conflict everywhere', async (ctx) => {
      const dir = await shareDir();
      if (!dir) return ctx.skip();
      const [a, b, c] = [await makePc('a', dir), await makePc('b', dir), await makePc('c', dir)];
      const made = await a.repos.cases.create(intake({ customerName: '客户甲' }));
      const other = await c.repos.cases.create(intake({ customerName: '客户丙' }));
      await settle([a, b, c]);
      expect(await b.repos.cases.get(made.id)).toMatchObject({ customerName: '客户甲', caseNumber: made.caseNumber });
      // offline: B and C edit the same field; A edits another one
      b.clock.now = T0 + 60_000;
      c.clock.now = T0 + 61_000;
      a.clock.now = T0 + 62_000;
      await b.repos.cases.update(made.id, { quantityDefective: 20 });
      await c.repos.cases.update(made.id, { quantityDefective: 30 });
      await a.repos.cases.update(made.id, { lotNumber: 'L-NEW' });
      await b.repos.cases.remove(other.id);
      await settle([c, b, a]);
      const all = [a, b, c];
      const ds = await digests(all);
      expect(new Set(ds).size).toBe(1);
      for (const pc of all) {
        expect(await pc.repos.cases.get(made.id)).toMatchObject({ quantityDefective: 30, lotNumber: 'L-NEW' });
        expect((await pc.repos.cases.get(other.id))?.deleted).toBe(true);
        const conflicts = await pc.sync.conflictsOf(made.id);
        expect(conflicts.map((x) => [x.field, x.value, x.winnerValue])).toEqual([['quantityDefective', 20, 30]]);
      }
      expect(await a.repos.cases.count()).toBe(1);
      // a sequential edit after seeing the other is not a conflict
      a.clock.now = T0 + 120_000;
      await a.repos.cases.update(made.id, { lotNumber: 'L-3' });
      // the clerk on B resolves: keeps 20
      const [conflict] = await b.sync.conflictsOf(made.id);
      b.clock.now = T0 + 130_000;
      await b.sync.resolveConflict(conflict!.id, 20);
      await settle(all);
      for (const pc of all) {
        expect(await pc.repos.cases.get(made.id)).toMatchObject({ quantityDefective: 20, lotNumber: 'L-3' });
        expect(await pc.sync.conflictsOf(made.id)).toEqual([]);
        expect(await pc.sync.pendingCount()).toBe(0);
      }
      expect(new Set(await digests(all)).size).toBe(1);
      // history on B shows A's change, with A's clerk
      const history = await b.repos.cases.history(made.id);
      expect(history.some((h) => JSON.stringify(h).includes('clerk-a'))).toBe(true);
    }, 120_000);

    it('a new PC joins from a snapshot plus later segments; a clone takes a new id by itself', async (ctx) => {
      const dir = await shareDir();
      if (!dir) return ctx.skip();
      const a = await makePc('a', dir);
      const b = await makePc('b', dir);
      for (let i = 0; i < 5; i++) await a.repos.cases.create(intake({ customerName: `客户${i}` }));
      await settle([a, b]);
      const snap = await a.service.syncSnapshot({});
      expect(snap.count).toBeGreaterThan(0);
      expect((await b.service.syncSnapshot({})).hash).toBe(snap.hash); // same input ⇒ same bytes
      await b.repos.cases.create(intake({ customerName: '之后的客户' }));
      await b.round();
      const e = await makePc('e', dir);
      const report = await e.round();
      expect(report.snapshot).toBe(snap.hash);
      await settle([a, b, e]);
      expect(await e.repos.cases.count()).toBe(6);
      expect(new Set(await digests([a, b, e])).size).toBe(1);

      const oldId = a.settings.get().deviceId;
      const twin = await clonePc(a, 'a-twin', dir);
      await twin.repos.cases.create(intake({ customerName: '克隆机上的客户' }));
      const twinReport = await twin.round();
      expect(twinReport.renewedFrom).toBe(oldId);
      expect(twin.settings.get().deviceId).not.toBe(oldId);
      expect(twin.settings.get().databaseId).toBe(oldId);
      await settle([a, b, twin]);
      expect(await a.repos.cases.count()).toBe(7);
      // the twin's empty database numbered its case like A's first one: both kept, the greater id marked
      const numbers = (await a.repos.cases.listAll()).map((r) => r.caseNumber);
      expect(new Set(numbers).size).toBe(7);
      expect(new Set(await digests([a, b, twin])).size).toBe(1);
    }, 120_000);
  });
}

describe('clocks', () => {
  it('ops more than a day ahead are quarantined (clock warning) and applied once time catches up; −1 h is harmless', async () => {
    const dir = await shares.folder.fresh();
    const a = await makePc('a', dir);
    const fast = await makePc('fast', dir, { clock: { now: T0 + 25 * 3600_000 } });
    const slow = await makePc('slow', dir, { clock: { now: T0 - 3600_000 } });
    const c1 = await fast.repos.cases.create(intake({ customerName: '未来', receivedAt: '2026-11-23T08:00:00+08:00' }));
    const c2 = await slow.repos.cases.create(intake({ customerName: '过去', receivedAt: '2026-11-23T08:00:00+08:00' }));
    await settle([fast, slow, a]);
    expect(await a.repos.cases.get(c1.id)).toBeUndefined();
    expect(await a.sync.quarantineCount()).toBeGreaterThan(0);
    expect(await a.repos.cases.get(c2.id)).toMatchObject({ customerName: '过去' });
    // slow's HLC moved past what it received: its next edit still wins over older ones
    await slow.repos.cases.update(c2.id, { customerName: '过去2' });
    a.clock.now = T0 + 2 * 3600_000;
    await settle([slow, a]);
    expect(await a.repos.cases.get(c2.id)).toMatchObject({ customerName: '过去2' });
    a.clock.now = T0 + 25 * 3600_000;
    await a.round();
    expect(await a.repos.cases.get(c1.id)).toMatchObject({ customerName: '未来' });
    expect(await a.sync.quarantineCount()).toBe(0);
  }, 60_000);
});
