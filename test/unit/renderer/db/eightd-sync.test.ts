/** Two PCs replicating an 8D report: child lists merge by record, the case projection follows the merged 8D. */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createSyncRepository, lifecycleSettingsFrom } from '../../../../renderer/db';
import { defaultSettings } from '../../../../shared/domain/settings';
import type { WireOp } from '../../../../shared/sync/codec';
import { intake, openHarness, T0, type Harness } from './helpers';

const allOps = async (h: Harness) => (await h.db.ops.toArray()).map(({ published: _p, ...op }) => op) as WireOp[];
const settings = defaultSettings('22222222-2222-4222-8222-222222222222');

describe('8D replication', () => {
  it('concurrent member adds on two PCs both survive; the merged ledger row shows the 8D deadline', async () => {
    const a = await openHarness();
    a.ctx.lifecycle = { ...lifecycleSettingsFrom(settings), eightD: { ...settings.eightD, containmentReplyHours: 6 } };
    const b = await openHarness({ deviceId: '33333333-3333-4333-8333-333333333333', stationCode: 'C', user: '李四' }, new IDBFactory());
    const syncA = createSyncRepository(a.db, () => a.ctx);
    const syncB = createSyncRepository(b.db, () => b.ctx);

    const caseId = (await a.repos.cases.create(intake())).id;
    await a.repos.lifecycle.update(caseId, { callbackAt: '2026-11-23T10:00:00+08:00' });
    const report = await a.repos.eightD.open(caseId, '外壳开裂');
    const leader = await a.repos.eightD.members.add(report.id, { name: '张三', role: 'leader', department: '品质部', organisation: 'internal', responsibility: '', contact: '' });
    await syncB.applyRemote(await allOps(a), {}, { now: a.ctx.now() });
    expect((await b.repos.cases.listAll())[0]).toMatchObject({ id: caseId, nextDueKind: 'eightd_containment', nextDueAt: '2026-11-23T16:00:00+08:00' });
    expect((await b.repos.lifecycle.get(caseId)).eightDStarted).toBe(true);

    // offline on both PCs at the same time
    a.setNow(T0 + 60_000);
    b.setNow(T0 + 60_000);
    const fromA = await a.repos.eightD.members.add(report.id, { name: '王经理', role: 'member', department: '采购部', organisation: 'customer', responsibility: '', contact: '' });
    const fromB = await b.repos.eightD.members.add(report.id, { name: '赵供应', role: 'member', department: '', organisation: 'supplier', responsibility: '', contact: '' });
    await b.repos.eightD.update(report.id, { what: '外壳开裂 (B)' });

    await syncA.applyRemote(await allOps(b), {}, { now: T0 + 60_000 });
    await syncB.applyRemote(await allOps(a), {}, { now: T0 + 60_000 });

    const fileA = (await a.repos.eightD.get(report.id))!;
    const fileB = (await b.repos.eightD.get(report.id))!;
    expect(new Set(fileA.bundle.members.map((m) => m.id))).toEqual(new Set([leader.id, fromA.id, fromB.id]));
    expect(fileB.bundle).toEqual(fileA.bundle);
    expect(fileA.bundle.members[0]!.id).toBe(leader.id); // added first, listed first on both PCs
    expect(fileA.bundle.report.what).toBe('外壳开裂 (B)');
    expect(fileA.progress[0]).toMatchObject({ discipline: 'D1', complete: true });
    expect(await syncA.digest()).toBe(await syncB.digest());

    // the containment reply on B moves A's ledger row on when merged
    await b.repos.eightD.setContainmentReplied(report.id, '2026-11-23T15:00:00+08:00');
    await syncA.applyRemote(await allOps(b), {}, { now: T0 + 60_000 });
    expect((await a.repos.cases.listAll())[0]!.nextDueKind).toBe('first_reply');
    expect((await a.repos.eightD.get(report.id))!.deadlines.find((d) => d.kind === 'eightd_containment')?.doneAt).toBe('2026-11-23T15:00:00+08:00');
  });

  it('举一反三 rows added on two PCs at once both survive, each with its result', async () => {
    const a = await openHarness();
    const b = await openHarness({ deviceId: '33333333-3333-4333-8333-333333333333', stationCode: 'C', user: '李四' }, new IDBFactory());
    const syncA = createSyncRepository(a.db, () => a.ctx);
    const syncB = createSyncRepository(b.db, () => b.ctx);
    const caseId = (await a.repos.cases.create(intake())).id;
    const report = await a.repos.eightD.open(caseId, '卡扣断裂');
    await syncB.applyRemote(await allOps(a), {}, { now: a.ctx.now() });

    a.setNow(T0 + 60_000);
    b.setNow(T0 + 60_000);
    const pink = await a.repos.eightD.checks.add(report.id, { kind: 'material', subject: '粉色卡扣', basis: 'sameSupplier', scope: '材料仓', note: '' });
    const blue = await b.repos.eightD.checks.add(report.id, { kind: 'material', subject: '蓝色卡扣', basis: 'sameSupplier', scope: '车间', note: '' });
    await b.repos.eightD.checks.setResult(blue.id, { result: 'notAffected', checkedBy: '李四', checkedOn: '2026-11-24' });
    await syncA.applyRemote(await allOps(b), {}, { now: T0 + 60_000 });
    await syncB.applyRemote(await allOps(a), {}, { now: T0 + 60_000 });

    const fileA = (await a.repos.eightD.get(report.id))!;
    expect(fileA.bundle.checks.map((c) => [c.id, c.result]).sort()).toEqual([[blue.id, 'notAffected'], [pink.id, '']].sort());
    expect((await b.repos.eightD.get(report.id))!.bundle).toEqual(fileA.bundle);
    expect(fileA.progress.find((p) => p.discipline === 'D7')!.missing.map((m) => m.recordId)).toContain(pink.id);
  });
});
