import { describe, expect, it } from 'vitest';
import { createSyncRepository, ImportValidationError } from '../../../../renderer/db';
import { counts, intake, openHarness } from './helpers';

describe('cases.importMany', () => {
  it('stores every row with the same ops as create(), numbered in the month received', async () => {
    const h = await openHarness();
    await h.repos.cases.create(intake()); // 2611-B-001 registered today
    const rows = [
      intake({ receivedAt: '2026-10-05T09:00:00+08:00', lotNumber: 'A' }),
      intake({ receivedAt: '2026-11-02T09:00:00+08:00', lotNumber: 'B' }),
      intake({ receivedAt: '2026-10-30T09:00:00+08:00', lotNumber: 'C' }),
      intake({ receivedAt: '2026-10-31T23:30:00+08:00', lotNumber: 'D' }),
      intake({ receivedAt: '2026-11-20T09:00:00+08:00', lotNumber: 'E' }),
    ];
    expect(await h.repos.cases.importMany(rows, 2)).toBe(5);
    const all = await h.repos.cases.listAll();
    const byLot = Object.fromEntries(all.map((r) => [r.lotNumber, r.caseNumber]));
    expect(byLot).toMatchObject({ A: '2610-B-001', C: '2610-B-002', D: '2610-B-003', B: '2611-B-002', E: '2611-B-003' });
    const perCase = (await h.db.ops.count()) / 6;
    expect(perCase).toBe(1); // one op per record write, like create()
    // one HLC per chunk transaction
    const hlcs = new Set((await h.db.ops.toArray()).map((o) => o.hlc));
    expect(hlcs.size).toBe(1 + 3);
    expect((await h.repos.cases.create(intake())).caseNumber).toBe('2611-B-004');
    expect((await h.db.meta.get('serial:2610-B-{SEQ}'))?.value).toBe(3);
  });

  it('gives imported cases their deadlines at once, like create() (the workbench reads them from the ledger row)', async () => {
    const h = await openHarness();
    await h.repos.cases.importMany([intake({ receivedAt: '2026-11-20T09:00:00+08:00' })]);
    const [row] = await h.repos.cases.listAll();
    expect(row).toMatchObject({ state: 'registered', nextDueKind: 'callback', nextDueAt: '2026-11-20T11:00:00+08:00' });
  });

  it('writes nothing when any row is invalid, and says which', async () => {
    const h = await openHarness();
    const rows = [intake(), intake({ productModel: '' }), intake(), intake({ quantityDefective: 2.5 })];
    const error = await h.repos.cases.importMany(rows).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportValidationError);
    expect((error as ImportValidationError).rows).toEqual([
      { index: 1, fieldErrors: { productModel: 'required' } },
      { index: 3, fieldErrors: { quantityDefective: 'notAnInteger' } },
    ]);
    expect(await counts(h.db)).toEqual({ cases: 0, ops: 0, meta: 0, clerks: 0 });
  });

  it('imports nothing for an empty list', async () => {
    const h = await openHarness();
    expect(await h.repos.cases.importMany([])).toBe(0);
  });
});

describe('clerks', () => {
  it('the first clerk creates themself as admin and writes one clerk op', async () => {
    const h = await openHarness({ user: '' });
    const a = await h.repos.clerks.createFirst({ name: '  Zhang San ', department: ' 客服部 ' }, 'secret-1');
    expect(a).toMatchObject({ name: 'Zhang San', department: '客服部', roles: ['admin'], active: true, hasPassword: true, mustChangePassword: false, createdBy: a.id, deleted: false });
    expect(a).not.toHaveProperty('nameKey');
    expect(a).not.toHaveProperty('credential');
    const ops = await h.db.ops.where('[entity+entityId]').equals(['clerk', a.id]).toArray();
    expect(ops.flatMap((o) => Object.keys(o.fields)).sort()).toEqual(['active', 'createdAt', 'createdBy', 'credential', 'deleted', 'department', 'name', 'passwordTemporary', 'roles']);
    expect(ops[0]?.user).toBe('Zhang San'); // nobody is signed in yet: the clerk creates themselves
    expect(await h.repos.clerks.get(a.id)).toEqual(a);
    expect(await h.repos.clerks.get('nope')).toBeUndefined();
    expect(await h.repos.pendingOpCount()).toBe(1);
    await expect(h.repos.clerks.createFirst({ name: '李四', department: '' }, 'secret-2')).rejects.toMatchObject({ fieldErrors: { name: 'clerksExist' } });
  });

  it('refuses an empty or overlong name or a short password without writing', async () => {
    const h = await openHarness();
    await expect(h.repos.clerks.createFirst({ name: '   ', department: '' }, 'secret-1')).rejects.toMatchObject({ fieldErrors: { name: 'required' } });
    await expect(h.repos.clerks.createFirst({ name: '名'.repeat(61), department: '' }, 'secret-1')).rejects.toMatchObject({ fieldErrors: { name: 'tooLong' } });
    await expect(h.repos.clerks.createFirst({ name: '王五', department: '' }, '12345')).rejects.toMatchObject({ fieldErrors: { password: 'tooShort' } });
    expect(await counts(h.db)).toEqual({ cases: 0, ops: 0, meta: 0, clerks: 0 });
  });

  it('pendingOpCount counts only unpublished ops', async () => {
    const h = await openHarness();
    for (let i = 0; i < 10; i++) await h.repos.cases.create(intake());
    const total = await h.db.ops.count();
    const some = (await h.db.ops.limit(5).toArray()).map((o) => ({ ...o, published: 1 as const }));
    await h.db.ops.bulkPut(some);
    expect(await h.repos.pendingOpCount()).toBe(total - 5);
    // Bounded: at most atMost + 1 (the status bar shows "atMost+" beyond), exact below the bound.
    expect(await h.repos.pendingOpCount(3)).toBe(4);
    expect(await h.repos.pendingOpCount(total)).toBe(total - 5);
  });

  it('the sync status counts the outbox with the same bound (an exact count blocks the database for seconds)', async () => {
    const h = await openHarness();
    for (let i = 0; i < 8; i++) await h.repos.cases.create(intake());
    const sync = createSyncRepository(h.db, () => h.ctx);
    const total = await h.db.ops.count();
    expect(await sync.pendingCount()).toBe(total);
    expect(await sync.pendingCount(3)).toBe(4);
    expect(await sync.pendingCount(total)).toBe(total);
  });
});
