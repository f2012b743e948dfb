import { describe, expect, it } from 'vitest';
import { counts, intake, openHarness } from './helpers';

/** Makes the n-th op insert of the next write fail, as a full disk or a crash in the middle would (a write stores its record first, then its op). */
function failOnOp(db: Awaited<ReturnType<typeof openHarness>>['db'], n: number): () => void {
  let seen = 0;
  const hook = () => {
    seen += 1;
    if (seen === n) throw new Error('disk full (injected)');
  };
  db.ops.hook('creating', hook);
  return () => db.ops.hook('creating').unsubscribe(hook);
}

describe('a write that fails midway leaves nothing half-written', () => {
  it('create: no case, no ops, no serial, no lastHlc', async () => {
    const h = await openHarness();
    const first = await h.repos.cases.create(intake());
    const before = await counts(h.db);
    const metaBefore = await h.db.meta.toArray();
    const undo = failOnOp(h.db, 1);
    await expect(h.repos.cases.create(intake({ customerName: '失败公司' }))).rejects.toThrow(/disk full/);
    undo();
    expect(await counts(h.db)).toEqual(before);
    expect(await h.db.meta.toArray()).toEqual(metaBefore);
    expect((await h.repos.cases.listAll()).map((r) => r.id)).toEqual([first.id]);
    // the number the failed write would have had is issued to the next one
    expect((await h.repos.cases.create(intake())).caseNumber).toBe('2611-B-002');
  });

  it('update: the record keeps its old values and no op is kept', async () => {
    const h = await openHarness();
    const c = await h.repos.cases.create(intake());
    const before = await counts(h.db);
    const undo = failOnOp(h.db, 1);
    await expect(h.repos.cases.update(c.id, { productModel: 'KX-300', lotNumber: 'L-2' })).rejects.toThrow(/disk full/);
    undo();
    expect(await counts(h.db)).toEqual(before);
    expect(await h.repos.cases.get(c.id)).toEqual(c);
  });

  it('remove: the case stays live', async () => {
    const h = await openHarness();
    const c = await h.repos.cases.create(intake());
    const undo = failOnOp(h.db, 1);
    await expect(h.repos.cases.remove(c.id)).rejects.toThrow(/disk full/);
    undo();
    expect((await h.repos.cases.get(c.id))?.deleted).toBe(false);
    expect(await h.repos.cases.count()).toBe(1);
  });

  it('a value IndexedDB cannot store rejects the whole write', async () => {
    const h = await openHarness();
    const bad = { ...intake(), quantityPending: (() => false) as unknown as boolean }; // not cloneable, not checked by validation
    await expect(h.repos.cases.create(bad)).rejects.toMatchObject({ name: 'DataCloneError' });
    expect(await counts(h.db)).toEqual({ cases: 0, ops: 0, meta: 0, clerks: 0 });
  });

  it('importMany: a failing chunk leaves the earlier chunks and nothing of itself', async () => {
    const h = await openHarness();
    const rows = Array.from({ length: 10 }, (_, i) => intake({ lotNumber: `L${i}` }));
    const opsPerCase = (await (async () => {
      const probe = await openHarness();
      await probe.repos.cases.create(intake());
      return probe.db.ops.count();
    })());
    const undo = failOnOp(h.db, opsPerCase * 4 + 3); // inside the 2nd chunk of 4
    await expect(h.repos.cases.importMany(rows, 4)).rejects.toThrow(/disk full/);
    undo();
    expect(await counts(h.db)).toMatchObject({ cases: 4, ops: opsPerCase * 4 });
  });
});
