/** The office's rules replicate like a case: one op per save, history, per-field conflicts, and a PC's migrated values lose to office edits. */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createSyncRepository } from '../../../../renderer/db';
import { OFFICE_SETTINGS_ID } from '../../../../shared/domain/office-settings';
import type { WireOp } from '../../../../shared/sync/codec';
import { openAdminHarness, openHarness, T0, type Harness } from './helpers';

const B_DEVICE = '33333333-3333-4333-8333-333333333333';
const MATRIX = { rows: [{ upToFen: 5_000_000, role: 'department_manager' as const }, { upToFen: 10_000_000, role: 'deputy_gm' as const }], aboveRole: 'gm' as const };

async function opsOf(h: Harness): Promise<WireOp[]> {
  return (await h.db.ops.toArray()).map(({ published: _p, ...op }) => op);
}

async function exchange(from: Harness, to: Harness): Promise<void> {
  await createSyncRepository(to.db, () => to.ctx).applyRemote(await opsOf(from), {}, { now: to.ctx.now() });
}

describe('office settings replication', () => {
  it('the admin on A changes the authority matrix; B follows after one round, with who and when in the history', async () => {
    const a = await openAdminHarness({ user: '王管理' });
    const b = await openAdminHarness({ deviceId: B_DEVICE, stationCode: 'C' }, new IDBFactory());
    await a.repos.officeSettings.write({ authorityMatrix: MATRIX, companyName: '宁波某电器有限公司' });
    expect((await a.db.ops.toArray()).filter((op) => op.entity === 'officeSettings')).toHaveLength(1);
    await exchange(a, b);
    expect((await b.repos.officeSettings.read()).values).toEqual({ authorityMatrix: MATRIX, companyName: '宁波某电器有限公司' });
    const history = await b.repos.officeSettings.history();
    expect(history.map((h) => [h.field, h.user, h.at])).toEqual(expect.arrayContaining([['authorityMatrix', '王管理', T0]]));
  });

  it('two PCs changing the same rule offline: one value wins everywhere, the other is a conflict on the office record', async () => {
    const a = await openAdminHarness({ user: '王管理' });
    const b = await openAdminHarness({ deviceId: B_DEVICE, stationCode: 'C', user: '李管理' }, new IDBFactory());
    await a.repos.officeSettings.write({ receivingTolerancePercent: 3 });
    b.setNow(T0 + 60_000);
    await b.repos.officeSettings.write({ receivingTolerancePercent: 8, companyName: '某公司' });
    await exchange(a, b);
    await exchange(b, a);
    for (const h of [a, b]) {
      expect((await h.repos.officeSettings.read()).values).toEqual({ receivingTolerancePercent: 8, companyName: '某公司' });
      const conflicts = await createSyncRepository(h.db, () => h.ctx).conflictsOfCase(OFFICE_SETTINGS_ID);
      expect(conflicts.map((c) => [c.field, c.value, c.winnerValue])).toEqual([['receivingTolerancePercent', 3, 8]]);
    }
  });

  it('a migrated PC value fills a field nobody set, and loses to any office edit (made before or after)', async () => {
    const a = await openAdminHarness({ user: '王管理' });
    const b = await openAdminHarness({ deviceId: B_DEVICE, stationCode: 'C' }, new IDBFactory());
    b.setNow(T0 + 3_600_000); // B migrates later than A's edit, and still loses
    await a.repos.officeSettings.write({ receivingTolerancePercent: 3 });
    await b.repos.officeSettings.migrate({ receivingTolerancePercent: 7, companyName: 'B 的公司名' });
    await exchange(a, b);
    await exchange(b, a);
    for (const h of [a, b]) expect((await h.repos.officeSettings.read()).values).toEqual({ receivingTolerancePercent: 3, companyName: 'B 的公司名' });
    // A PC that already holds the office's value brings nothing for that field.
    await a.repos.officeSettings.migrate({ receivingTolerancePercent: 9 });
    expect((await a.repos.officeSettings.read()).values.receivingTolerancePercent).toBe(3);
  });

  it('a form that saw an older value than the one merged underneath it leaves the merged value as a conflict', async () => {
    const a = await openAdminHarness();
    const b = await openAdminHarness({ deviceId: B_DEVICE, stationCode: 'C', user: '李管理' }, new IDBFactory());
    await a.repos.officeSettings.write({ companyName: '甲' });
    await exchange(a, b);
    b.setNow(T0 + 1000);
    await b.repos.officeSettings.write({ companyName: '乙' });
    await exchange(b, a); // while A's settings page still shows 甲
    a.setNow(T0 + 2000);
    await a.repos.officeSettings.write({ companyName: '丙' }, { seen: { companyName: '甲' } });
    const conflicts = await createSyncRepository(a.db, () => a.ctx).conflictsOfCase(OFFICE_SETTINGS_ID);
    expect(conflicts.map((c) => [c.field, c.value, c.user])).toEqual([['companyName', '乙', '李管理']]);
    expect((await a.repos.officeSettings.read()).values.companyName).toBe('丙');
  });

  it('refuses a clerk who is not an admin, and writes nothing', async () => {
    const a = await openAdminHarness({ user: '王管理' });
    const qe = await a.repos.clerks.create({ name: '赵工', department: '品质部', roles: ['qualityEngineer'] }, 'temp-pass');
    const before = await a.db.ops.count();
    a.ctx.clerkId = qe.id;
    await expect(a.repos.officeSettings.write({ companyName: '甲' })).rejects.toMatchObject({ fieldErrors: { actor: 'notAdmin' } });
    a.ctx.clerkId = undefined;
    await expect(a.repos.officeSettings.write({ companyName: '甲' })).rejects.toMatchObject({ fieldErrors: { actor: 'notAdmin' } });
    expect(await a.db.officeSettings.count()).toBe(0);
    expect(await a.db.ops.count()).toBe(before);
  });

  it('writes nothing while read-only (an older app on a newer share)', async () => {
    const a = await openHarness({ readOnly: true });
    await expect(a.repos.officeSettings.write({ companyName: '甲' })).rejects.toThrow();
    await expect(a.repos.officeSettings.migrate({ companyName: '甲' })).rejects.toThrow();
    expect(await a.db.officeSettings.count()).toBe(0);
    expect(await a.db.ops.count()).toBe(0);
  });
});
