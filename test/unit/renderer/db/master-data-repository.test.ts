/** The master-data repository: validated writes of changed fields only, never deleted, seeded once, replicated. */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createSyncRepository, ValidationFailedError } from '../../../../renderer/db';
import { DEFAULT_MASTER_ENTRIES } from '../../../../shared/domain/master-data/seed';
import type { WireOp } from '../../../../shared/sync/codec';
import { openAdminHarness, T0, type Harness } from './helpers';

const allOps = async (h: Harness) => (await h.db.ops.toArray()).map(({ published: _p, ...op }) => op) as WireOp[];
const masterOps = async (h: Harness) => (await h.db.ops.orderBy('hlc').toArray()).filter((op) => op.entity === 'masterEntry');

describe('master-data repository', () => {
  it('creates, updates only the changed fields, deactivates and confirms; never deletes', async () => {
    const h = await openAdminHarness();
    const created = await h.repos.masterData.create('customer', { code: ' C001 ', name: '华为电子', aliases: ['华为', ' 华为 ', '华为电子'], market: 'foreign', toleranceOverPercent: 3 });
    expect(created).toMatchObject({ kind: 'customer', code: 'C001', name: '华为电子', aliases: ['华为'], active: true, confirmed: true, parentId: '', market: 'foreign', toleranceOverPercent: 3 });
    const [createOp] = await masterOps(h);
    expect(createOp).toMatchObject({ entity: 'masterEntry', entityId: created.id, user: '张三' });
    expect(createOp!.fields).toMatchObject({ kind: 'customer', code: 'C001', name: '华为电子', aliases: ['华为'] });

    h.setNow(T0 + 1000);
    const updated = await h.repos.masterData.update(created.id, { name: '华为电子', aliases: ['华为', '华为技术'] });
    expect(updated.aliases).toEqual(['华为', '华为技术']);
    expect((await masterOps(h)).at(-1)!.fields).toEqual({ aliases: ['华为', '华为技术'] });

    const opsBefore = (await masterOps(h)).length;
    await h.repos.masterData.update(created.id, { name: '华为电子' });
    expect((await masterOps(h)).length).toBe(opsBefore);

    expect((await h.repos.masterData.setActive(created.id, false)).active).toBe(false);
    expect((await masterOps(h)).at(-1)!.fields).toEqual({ active: false });
    expect(await h.repos.masterData.get(created.id)).toMatchObject({ active: false, name: '华为电子' });

    const onTheSpot = await h.repos.masterData.create('customer', { code: 'C002', name: '小米', confirmed: false });
    expect((await h.repos.masterData.confirm(onTheSpot.id)).confirmed).toBe(true);
    expect((await h.repos.masterData.list('customer')).map((e) => e.code)).toEqual(['C001', 'C002']);
  });

  it('bad input gets field errors and writes nothing', async () => {
    const h = await openAdminHarness();
    await h.repos.masterData.create('customer', { code: 'C001', name: '华为' });
    const ops = await h.db.ops.count();
    const entries = await h.db.masterEntries.count();
    await expect(h.repos.masterData.create('customer', { code: 'c001', name: '' })).rejects.toMatchObject({ fieldErrors: { code: 'duplicateCode', name: 'required' } });
    await expect(h.repos.masterData.create('customer', { code: 'C9', name: 'x', toleranceUnderPercent: 120 })).rejects.toBeInstanceOf(ValidationFailedError);
    const scratch = DEFAULT_MASTER_ENTRIES.find((e) => e.name === '划伤')!;
    await expect(h.repos.masterData.update(scratch.id, { code: 'A02' })).rejects.toMatchObject({ fieldErrors: { code: 'duplicateCode' } });
    await expect(h.repos.masterData.update('nope', { name: 'x' })).rejects.toThrow(/not found/);
    expect(await h.db.ops.count()).toBe(ops);
    expect(await h.db.masterEntries.count()).toBe(entries);
  });

  it('seeds the defaults once, without ops; seeding again adds nothing', async () => {
    const h = await openAdminHarness();
    expect((await h.repos.masterData.list('rootCause')).map((e) => e.name).sort()).toEqual(['人', '机', '料', '法', '测', '环'].sort());
    const count = await h.db.masterEntries.count();
    expect(count).toBe(DEFAULT_MASTER_ENTRIES.length);
    expect(await h.repos.masterData.seedDefaults()).toBe(0);
    const again = await h.reopen();
    expect(await again.repos.masterData.seedDefaults()).toBe(0);
    expect(await again.db.masterEntries.count()).toBe(count);
    expect(await masterOps(again)).toEqual([]);
  });

  it('two PCs: each merges the other\'s ops and holds the same entries; seeds are never duplicated', async () => {
    const a = await openAdminHarness();
    const b = await openAdminHarness({ deviceId: '33333333-3333-4333-8333-333333333333', stationCode: 'C', user: '李四' }, new IDBFactory());
    const syncA = createSyncRepository(a.db, () => a.ctx);
    const syncB = createSyncRepository(b.db, () => b.ctx);
    await a.repos.masterData.seedDefaults();
    await b.repos.masterData.seedDefaults();
    const scratch = DEFAULT_MASTER_ENTRIES.find((e) => e.name === '划伤')!;

    const huawei = await a.repos.masterData.create('customer', { code: 'C001', name: '华为' });
    await a.repos.masterData.update(scratch.id, { aliases: ['刮花'] });
    b.setNow(T0 + 5000);
    await b.repos.masterData.create('customer', { code: 'C002', name: '中兴' });
    await b.repos.masterData.setActive(scratch.id, false);

    await syncA.applyRemote(await allOps(b), {}, { now: T0 + 60_000 });
    await syncB.applyRemote(await allOps(a), {}, { now: T0 + 60_000 });
    const listA = await a.repos.masterData.list();
    const listB = await b.repos.masterData.list();
    expect(listA).toEqual(listB);
    expect(listA.length).toBe(DEFAULT_MASTER_ENTRIES.length + 2);
    expect(listA.find((e) => e.id === scratch.id)).toMatchObject({ name: '划伤', aliases: ['刮花'], active: false });
    expect(listB.find((e) => e.id === huawei.id)?.name).toBe('华为');
    expect(await a.db.table('conflicts').count()).toBe(0);
  });

  it('a PC that merges an edit of a default entry before seeding still gets the whole entry', async () => {
    const a = await openAdminHarness();
    const b = await openAdminHarness({ deviceId: '33333333-3333-4333-8333-333333333333' }, new IDBFactory());
    const scratch = DEFAULT_MASTER_ENTRIES.find((e) => e.name === '划伤')!;
    await a.repos.masterData.setActive(scratch.id, false);
    await createSyncRepository(b.db, () => b.ctx).applyRemote(await allOps(a), {}, { now: T0 + 60_000 });
    expect(await b.db.masterEntries.get(scratch.id)).toEqual({ ...scratch, active: false });
  });

  it('a clerk who is not an admin adds entries unconfirmed and cannot edit, deactivate or confirm', async () => {
    const h = await openAdminHarness();
    const qe = await h.repos.clerks.create({ name: '赵工', department: '品质部', roles: ['qualityEngineer'] }, 'temp-pass');
    h.ctx.clerkId = qe.id;
    const added = await h.repos.masterData.create('customer', { code: 'C900', name: '新客户', confirmed: true });
    expect(added.confirmed).toBe(false);
    const before = await h.db.ops.count();
    await expect(h.repos.masterData.update(added.id, { name: '改名' })).rejects.toMatchObject({ fieldErrors: { actor: 'notAdmin' } });
    await expect(h.repos.masterData.confirm(added.id)).rejects.toMatchObject({ fieldErrors: { actor: 'notAdmin' } });
    await expect(h.repos.masterData.setActive(added.id, false)).rejects.toMatchObject({ fieldErrors: { actor: 'notAdmin' } });
    expect(await h.db.ops.count()).toBe(before);
    expect(await h.repos.masterData.get(added.id)).toMatchObject({ name: '新客户', confirmed: false, active: true });
  });
});
