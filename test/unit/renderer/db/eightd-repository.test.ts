/** The 8D repository: numbering, child lists, validation, guards, ops, locking, photos, the case projection. */
import { describe, expect, it } from 'vitest';
import { eightDPhotoOwner } from '../../../../shared/domain/eightd/records';
import { defaultSettings } from '../../../../shared/domain/settings';
import { CaseLockedError, EightDRefusedError, lifecycleSettingsFrom, ValidationFailedError, type LifecycleSettings } from '../../../../renderer/db';
import { fillThroughD7 } from './eightd-helpers';
import { intake, openHarness, signInWithRoles, SIGNER_PASSWORD, T0, type Harness } from './helpers';

const signing = { password: SIGNER_PASSWORD, meaning: '8D' };
import { snapshot } from './lifecycle-helpers';

const settings = defaultSettings('22222222-2222-4222-8222-222222222222');
function lifecycleWith(eightD: Partial<LifecycleSettings['eightD'] & object>): LifecycleSettings {
  return { ...lifecycleSettingsFrom(settings), eightD: { ...settings.eightD, ...eightD } };
}

/** Runs `write`, expects it to fail, and checks that nothing at all was written (no op, no lastHlc change). */
async function refused(h: Harness, write: () => Promise<unknown>): Promise<unknown> {
  const before = await snapshot(h);
  const error = await write().then(
    () => new Error('the write was accepted'),
    (e: unknown) => e,
  );
  expect(await snapshot(h)).toEqual(before);
  return error;
}

const fieldErrors = (e: unknown) => (e instanceof ValidationFailedError ? e.fieldErrors : e);
const reasons = (e: unknown) => (e instanceof EightDRefusedError ? e.missing.map((m) => `${m.discipline}:${m.code}`) : e);

async function newCase(h: Harness): Promise<string> {
  return (await h.repos.cases.create(intake())).id;
}

describe('8D repository', () => {
  it('opens a numbered report, marks the case, and writes one op for the report', async () => {
    const h = await openHarness();
    const caseId = await newCase(h);
    const before = (await h.db.ops.toArray()).map((o) => o.id);
    const report = await h.repos.eightD.open(caseId, ' 外壳开裂 ');
    expect(report).toMatchObject({ caseId, number: '8D20261123001-B', title: '外壳开裂', openedBy: '张三', containmentDueAt: '2026-11-24T10:00:00+08:00', containmentRepliedAt: null });
    expect((await h.repos.lifecycle.get(caseId)).eightDStarted).toBe(true);
    const ops = (await h.db.ops.toArray()).filter((o) => !before.includes(o.id));
    const reportOps = ops.filter((o) => o.entity === 'eightD');
    expect(reportOps).toHaveLength(1);
    expect(reportOps.flatMap((o) => Object.keys(o.fields)).sort()).toEqual(Object.keys(report).filter((k) => k !== 'id').sort());
    expect(new Set(ops.map((o) => o.hlc)).size).toBe(1);
    expect((await h.db.meta.get('lastHlc'))?.value).toBe(ops[0]!.hlc);
    expect(await h.repos.eightD.listForCase(caseId)).toEqual([report]);
  });

  it('numbers never collide or repeat, also after a remove; numbers of the scope stored from elsewhere are skipped', async () => {
    const h = await openHarness();
    const caseId = await newCase(h);
    const first = await h.repos.eightD.open(caseId);
    h.setNow(T0 + 60_000);
    const second = await h.repos.eightD.open(caseId);
    expect([first.number, second.number]).toEqual(['8D20261123001-B', '8D20261123002-B']);
    await h.repos.eightD.remove(second.id);
    expect((await h.repos.lifecycle.get(caseId)).eightDStarted).toBe(true); // the first one is still live
    h.setNow(T0 + 120_000);
    expect((await h.repos.eightD.open(caseId)).number).toBe('8D20261123003-B');
    // a reinstalled PC (meta lost) still skips what the database holds, tombstones included
    await h.db.meta.delete('serial:8d:8D20261123{SEQ}-B');
    await h.db.eightDs.put({ ...first, id: 'from-elsewhere', number: '8D20261123007-B', deleted: true });
    expect((await h.repos.eightD.open(caseId)).number).toBe('8D20261123008-B');
    h.setNow(T0 + 86_400_000);
    expect((await h.repos.eightD.open(caseId)).number).toBe('8D20261124001-B');
    expect((await h.repos.eightD.listForCase(caseId)).map((r) => r.number)).toEqual(['8D20261124001-B', '8D20261123008-B', '8D20261123003-B', '8D20261123001-B']);
  });

  it('without a station code it refuses to number and writes nothing', async () => {
    const h = await openHarness({ stationCode: '' });
    const caseId = await newCase(h).catch(() => null);
    expect(caseId).toBeNull(); // cases need it too; open an 8D on a case made with a code
    const h2 = await openHarness();
    const id = await newCase(h2);
    h2.ctx.stationCode = '';
    expect(await refused(h2, () => h2.repos.eightD.open(id))).toMatchObject({ name: 'NumberingNotConfiguredError', problem: 'stationCodeMissing' });
  });

  it('removing the only report clears the case mark; its number stays taken', async () => {
    const h = await openHarness();
    const caseId = await newCase(h);
    const report = await h.repos.eightD.open(caseId);
    await h.repos.eightD.remove(report.id);
    expect((await h.repos.lifecycle.get(caseId)).eightDStarted).toBe(false);
    expect(await h.repos.eightD.get(report.id)).toBeUndefined();
    expect(await h.repos.eightD.listForCase(caseId)).toEqual([]);
    expect((await h.repos.eightD.open(caseId)).number).toBe('8D20261123002-B');
  });

  it('"Start 8D" on the case opens a report once', async () => {
    const h = await openHarness();
    const caseId = await newCase(h);
    expect((await h.repos.actions.startEightD(caseId)).eightDStarted).toBe(true);
    await h.repos.actions.startEightD(caseId);
    expect((await h.repos.eightD.listForCase(caseId)).map((r) => r.number)).toEqual(['8D20261123001-B']);
  });

  it('every child list: add, update, remove (tombstone); get() shows the live ones in the order added', async () => {
    const h = await openHarness();
    const caseId = await newCase(h);
    const report = await h.repos.eightD.open(caseId);
    const r = h.repos.eightD;
    const m1 = await r.members.add(report.id, { name: ' 李四 ', role: 'leader', department: '品质部', organisation: 'internal', responsibility: '', contact: '' });
    h.setNow(T0 + 1);
    const m2 = await r.members.add(report.id, { name: '王经理', role: 'member', department: '', organisation: 'supplier', responsibility: '', contact: '' });
    expect(m1.name).toBe('李四');
    expect((await r.members.update(m2.id, { organisation: 'customer' })).organisation).toBe('customer');
    const k = await r.containment.add(report.id, { description: '挑选', location: 'customer', owner: '王五', startedOn: '2026-11-23', finishedOn: '', quantityInspected: 100, quantityDefective: 2, result: '' });
    expect((await r.containment.update(k.id, { finishedOn: '2026-11-24' })).finishedOn).toBe('2026-11-24');
    const c = await r.causes.add(report.id, { analysis: 'occurrence', category: 'method', description: '参数错误', whys: ['a', 'b', ' '], isRootCause: false, verification: '' });
    expect(c.whys).toEqual(['a', 'b']);
    expect((await r.causes.update(c.id, { isRootCause: true })).isRootCause).toBe(true);
    const a = await r.correctives.add(report.id, { causeId: c.id, description: '改参数', owner: '赵六', dueDate: '2026-11-30' });
    expect(a).toMatchObject({ status: 'planned', implementedOn: '', verifiedOn: '' });
    expect((await r.correctives.update(a.id, { dueDate: '2026-12-02' })).dueDate).toBe('2026-12-02');
    const p = await r.prevention.add(report.id, { kind: 'work_instruction', description: '修订 WI-023', documentRef: 'WI-023 Rev.B', owner: '李四', dueDate: '', done: false });
    expect((await r.prevention.update(p.id, { done: true })).done).toBe(true);
    await r.members.remove(m1.id);
    await r.containment.remove(k.id);
    await r.prevention.remove(p.id);
    const file = (await r.get(report.id))!;
    expect(file.caseNumber).toBe('2611-B-001');
    expect(file.bundle.members.map((x) => x.id)).toEqual([m2.id]);
    expect(file.bundle.containment).toEqual([]);
    expect(file.bundle.causes.map((x) => x.id)).toEqual([c.id]);
    expect(file.bundle.correctives.map((x) => x.id)).toEqual([a.id]);
    expect(file.bundle.prevention).toEqual([]);
    expect((await h.db.eightDMembers.get(m1.id))?.deleted).toBe(true);
    await expect(r.members.update(m1.id, { name: 'x' })).rejects.toMatchObject({ name: 'RecordNotFoundError' });
    await expect(r.members.add('no-such-report', { name: 'x', role: 'member', department: '', organisation: 'internal', responsibility: '', contact: '' })).rejects.toMatchObject({ name: 'RecordNotFoundError' });
  });

  it('an update writes one op with the changed fields, nothing when unchanged', async () => {
    const h = await openHarness();
    const report = await h.repos.eightD.open(await newCase(h));
    const before = new Set((await h.db.ops.toArray()).map((o) => o.id));
    const count = before.size;
    await h.repos.eightD.update(report.id, { what: '开裂', where: 'IQC', title: report.title });
    const written = (await h.db.ops.toArray()).filter((o) => !before.has(o.id));
    expect(written.map((o) => [o.entity, o.fields])).toEqual([['eightD', { what: '开裂', where: 'IQC' }]]);
    expect(new Set(written.map((o) => o.hlc)).size).toBe(1);
    await h.repos.eightD.update(report.id, { what: '开裂' });
    expect(await h.db.ops.count()).toBe(count + 1);
  });

  it('invalid input is refused with field codes and writes nothing', async () => {
    const h = await openHarness();
    const report = await h.repos.eightD.open(await newCase(h));
    const r = h.repos.eightD;
    const member = await r.members.add(report.id, { name: '李四', role: 'leader', department: '', organisation: 'internal', responsibility: '', contact: '' });
    expect(fieldErrors(await refused(h, () => r.members.add(report.id, { name: ' ', role: 'leader', department: '', organisation: 'internal', responsibility: '', contact: '' })))).toEqual({ name: 'required' });
    expect(fieldErrors(await refused(h, () => r.members.update(member.id, { role: 'boss' as never })))).toEqual({ role: 'invalid' });
    expect(fieldErrors(await refused(h, () => r.containment.add(report.id, { description: '挑选', location: 'customer', owner: '', startedOn: '', finishedOn: '', quantityInspected: 10, quantityDefective: 11, result: '' })))).toEqual({ quantityDefective: 'moreThanInspected' });
    expect(fieldErrors(await refused(h, () => r.containment.add(report.id, { description: '挑选', location: 'customer', owner: '', startedOn: '', finishedOn: '', quantityInspected: -1, quantityDefective: 0.5, result: '' })))).toEqual({ quantityInspected: 'negative', quantityDefective: 'notAnInteger' });
    expect(fieldErrors(await refused(h, () => r.causes.add(report.id, { analysis: 'escape', category: 'man', description: 'x', whys: ['a', '', 'c'], isRootCause: true, verification: '' })))).toEqual({ whys: 'emptyWhy' });
    expect(fieldErrors(await refused(h, () => r.causes.add(report.id, { analysis: 'escape', category: 'man', description: 'x', whys: Array<string>(8).fill('y'), isRootCause: true, verification: '' })))).toEqual({ whys: 'tooManyWhys' });
    expect(fieldErrors(await refused(h, () => r.correctives.add(report.id, { causeId: '', description: 'x', owner: '赵六', dueDate: '2026-02-30' })))).toEqual({ dueDate: 'invalid' });
    expect(fieldErrors(await refused(h, () => r.correctives.add(report.id, { causeId: 'no-such-cause', description: 'x', owner: '赵六', dueDate: '2026-12-01' })))).toEqual({ causeId: 'notFound' });
    expect(fieldErrors(await refused(h, () => r.prevention.add(report.id, { kind: 'control_plan', description: '出货加强检验', documentRef: '', owner: '', dueDate: '', done: false })))).toEqual({ description: 'inspectionIsNotPrevention' });
    expect(fieldErrors(await refused(h, () => r.prevention.add(report.id, { kind: 'other', description: 'Quarterly audit by QA', documentRef: '', owner: '', dueDate: '', done: false })))).toEqual({ description: 'inspectionIsNotPrevention' });
    expect(fieldErrors(await refused(h, () => r.update(report.id, { occurrence: 'often' as never, closureDueDate: 'tomorrow' })))).toEqual({ occurrence: 'invalid', closureDueDate: 'invalid' });
    expect(fieldErrors(await refused(h, () => r.setContainmentReplied(report.id, 'yesterday')))).toEqual({ containmentRepliedAt: 'invalid' });
    const action = await r.correctives.add(report.id, { causeId: '', description: 'x', owner: '赵六', dueDate: '2026-12-01' });
    expect(fieldErrors(await refused(h, () => r.correctives.setStatus(action.id, 'verified', { verificationResult: '', verifiedBy: '李四' })))).toEqual({
      implementedOn: 'required',
      verificationResult: 'required',
      verifiedOn: 'required',
    });
    expect(fieldErrors(await refused(h, () => r.correctives.setStatus(action.id, 'done' as never)))).toEqual({ status: 'invalid' });
  });

  it('approval: refused with the reasons, allowed for a quality head once D1–D7 are complete; then frozen; close; reopen', async () => {
    const h = await openHarness();
    const report = await h.repos.eightD.open(await newCase(h));
    const r = h.repos.eightD;
    await signInWithRoles(h, '品质工程师', ['qualityEngineer']);
    expect(reasons(await refused(h, () => r.approve(report.id, '', signing)))).toEqual([
      'D1:leaderMissing', 'D1:memberMissing',
      'D2:required', 'D2:required', 'D2:required', 'D2:required', 'D2:required', 'D2:required',
      'D3:containmentActionMissing', 'D3:containmentReplyMissing',
      'D4:occurrenceRootCauseMissing', 'D4:escapeRootCauseMissing',
      'D5:correctiveActionMissing', 'D6:correctiveActionMissing', 'D7:preventionMissing',
      'D8:notQualityHead',
    ]);
    expect(reasons(await refused(h, () => r.close(report.id, signing)))).toEqual(['D8:approvalMissing']);
    await fillThroughD7(h, report);
    const extra = await r.correctives.add(report.id, { causeId: '', description: '模具改水路', owner: '赵六', dueDate: '2026-12-03' });
    expect(reasons(await refused(h, () => r.approve(report.id, 'ok', signing)))).toEqual(['D6:correctiveNotVerified', 'D8:notQualityHead']);
    await r.correctives.remove(extra.id);
    expect((await r.get(report.id))!.approvalMissing.map((m) => m.code)).toEqual(['notQualityHead']);
    const head = await signInWithRoles(h, '质量部长', ['qualityHead']);
    const file = (await r.get(report.id))!;
    expect(file.approvalMissing).toEqual([]);
    expect(file.progress.map((p) => p.complete)).toEqual([true, true, true, true, true, true, true, false]);
    const approved = await r.approve(report.id, ' 同意 ', { ...signing, meaning: '批准 8D 报告' });
    expect(approved).toMatchObject({ approvedBy: '质量部长', approvalComment: '同意', closedAt: null });
    expect(approved.approvedAt).not.toBeNull();
    expect(await h.db.signatures.where('caseId').equals(report.caseId).toArray()).toMatchObject([
      { step: 'approveEightD', subjectEntity: 'eightD', subjectId: report.id, clerkId: head, clerkName: '质量部长', role: 'qualityHead', amountFen: null, meaning: '批准 8D 报告', at: approved.approvedAt },
    ]);
    expect(reasons(await refused(h, () => r.approve(report.id, '', signing)))).toEqual(['D8:alreadyApproved']);
    // approved content is frozen; D8's team recognition is not
    expect(fieldErrors(await refused(h, () => r.update(report.id, { what: '改' })))).toEqual({ report: 'reportApproved' });
    expect(fieldErrors(await refused(h, () => r.members.add(report.id, { name: '新人', role: 'member', department: '', organisation: 'internal', responsibility: '', contact: '' })))).toEqual({ report: 'reportApproved' });
    expect((await r.update(report.id, { teamRecognition: '感谢团队' })).teamRecognition).toBe('感谢团队');
    const closed = await r.close(report.id, signing);
    expect(closed).toMatchObject({ closedBy: '质量部长' });
    expect((await h.db.signatures.toArray()).map((s) => s.step).sort()).toEqual(['approveEightD', 'closeEightD']);
    expect((await r.get(report.id))!.progress.every((p) => p.complete)).toBe(true);
    expect(reasons(await refused(h, () => r.close(report.id, signing)))).toEqual(['D8:alreadyClosed']);
    expect(fieldErrors(await refused(h, () => r.update(report.id, { teamRecognition: '再改' })))).toEqual({ report: 'reportClosed' });
    expect(fieldErrors(await refused(h, () => r.reopen(report.id, ' ', signing)))).toEqual({ reason: 'required' });
    const reopened = await r.reopen(report.id, '客户要求补充举一反三', { ...signing, meaning: '修订 8D 报告' });
    expect(reopened).toMatchObject({ approvedBy: '', approvedAt: null, approvalComment: '', closedAt: null, closedBy: '', revision: 1, revisionReason: '客户要求补充举一反三', revisionRaisedBy: '质量部长' });
    expect(fieldErrors(await refused(h, () => r.reopen(report.id, '再次', signing)))).toEqual({ report: 'notApproved' });
    expect((await h.db.signatures.toArray()).map((s) => s.step).sort()).toEqual(['approveEightD', 'closeEightD', 'reopenEightD']);
    expect((await r.update(report.id, { what: '改' })).what).toBe('改');
    const history = (await h.db.ops.where('[entity+entityId]').equals(['eightD', report.id]).toArray()).filter((o) => 'approvedBy' in o.fields).sort((a, b) => (a.hlc < b.hlc ? -1 : 1)).map((o) => o.fields.approvedBy);
    expect(history).toEqual(['', '质量部长', '']);
    // Rev.0 was frozen at the approval, with the content as approved, and travels as an op of its own.
    const revisions = (await r.get(report.id))!.revisions;
    expect(revisions.map((v) => [v.revision, v.approvedBy, v.snapshot.report.what])).toEqual([[0, '质量部长', approved.what]]);
    expect(await h.db.ops.where('[entity+entityId]').equals(['eightDRevision', revisions[0]!.id]).count()).toBe(1);
  });

  it('举一反三: rows are child records with ops; marking one affected opens a D3 containment action in the same write', async () => {
    const h = await openHarness();
    const report = await h.repos.eightD.open(await newCase(h));
    const r = h.repos.eightD;
    const row = await r.checks.add(report.id, { kind: 'model', subject: ' KX-300 ', basis: 'samePart', scope: '成品仓', note: '' });
    expect(row).toMatchObject({ subject: 'KX-300', result: '', containmentId: '' });
    expect(fieldErrors(await refused(h, () => r.checks.setResult(row.id, { result: 'affected', checkedBy: '李四', checkedOn: '2026-11-26' })))).toEqual({ 'containment.description': 'required' });
    const marked = await r.checks.setResult(row.id, { result: 'affected', checkedBy: '李四', checkedOn: '2026-11-26', containment: { description: '举一反三：KX-300 隔离', location: 'finished_goods', owner: '王五' } });
    const file = (await r.get(report.id))!;
    expect(file.bundle.containment).toMatchObject([{ id: marked.containmentId, description: '举一反三：KX-300 隔离', quantityInspected: 0 }]);
    expect(file.bundle.checks).toMatchObject([{ id: row.id, result: 'affected', containmentId: marked.containmentId }]);
    expect(await h.db.ops.where('[entity+entityId]').equals(['eightDHorizontalCheck', row.id]).count()).toBe(2);
    await r.checks.setResult(row.id, { result: 'affected', checkedBy: '李四', checkedOn: '2026-11-27' });
    expect((await r.get(report.id))!.bundle.containment).toHaveLength(1);
    await r.checks.remove(row.id);
    expect((await r.get(report.id))!.bundle.checks).toEqual([]);
  });

  it('a closed case refuses every 8D write', async () => {
    const h = await openHarness();
    const caseId = await newCase(h);
    const report = await h.repos.eightD.open(caseId);
    const member = await h.repos.eightD.members.add(report.id, { name: '李四', role: 'leader', department: '', organisation: 'internal', responsibility: '', contact: '' });
    const lc = await h.db.caseLifecycles.get(caseId);
    await h.db.caseLifecycles.put({ ...lc!, state: 'closed' });
    for (const write of [
      () => h.repos.eightD.open(caseId),
      () => h.repos.eightD.update(report.id, { what: 'x' }),
      () => h.repos.eightD.members.update(member.id, { name: 'x' }),
      () => h.repos.eightD.members.add(report.id, { name: 'x', role: 'member', department: '', organisation: 'internal', responsibility: '', contact: '' }),
      () => h.repos.eightD.remove(report.id),
    ]) {
      expect(await refused(h, write)).toBeInstanceOf(CaseLockedError);
    }
  });

  it('photos of D2/D4/D6 are attachments of the case grouped by discipline; other owners are refused', async () => {
    const h = await openHarness();
    const caseId = await newCase(h);
    const report = await h.repos.eightD.open(caseId);
    const bytes = (s: string) => new TextEncoder().encode(s);
    const d2 = await h.repos.attachments.add(caseId, { ownerId: eightDPhotoOwner(report.id, 'D2'), fileName: 'crack.jpg', mimeType: 'image/jpeg', bytes: bytes('a') });
    const d6 = await h.repos.attachments.add(caseId, { ownerId: eightDPhotoOwner(report.id, 'D6'), fileName: 'ok.jpg', mimeType: 'image/jpeg', bytes: bytes('b') });
    await h.repos.attachments.add(caseId, { ownerId: caseId, fileName: 'case.jpg', mimeType: 'image/jpeg', bytes: bytes('c') });
    const file = (await h.repos.eightD.get(report.id))!;
    expect({ D2: file.photos.D2.map((a) => a.id), D4: file.photos.D4, D6: file.photos.D6.map((a) => a.id) }).toEqual({ D2: [d2.id], D4: [], D6: [d6.id] });
    expect(fieldErrors(await refused(h, () => h.repos.attachments.add(caseId, { ownerId: `${report.id}/D9`, fileName: 'x.jpg', mimeType: 'image/jpeg', bytes: bytes('d') })))).toEqual({ ownerId: 'notFound' });
  });

  it("the case's ledger projection picks the 8D containment deadline while it is the next one", async () => {
    const h = await openHarness();
    h.ctx.lifecycle = lifecycleWith({ containmentReplyHours: 6 });
    const caseId = await newCase(h);
    await h.repos.lifecycle.update(caseId, { callbackAt: '2026-11-23T10:00:00+08:00' });
    const row = async () => (await h.repos.cases.listAll()).find((x) => x.id === caseId)!;
    expect((await row()).nextDueKind).toBe('first_reply');
    const report = await h.repos.eightD.open(caseId);
    expect(report.containmentDueAt).toBe('2026-11-23T16:00:00+08:00');
    expect(await row()).toMatchObject({ nextDueKind: 'eightd_containment', nextDueAt: '2026-11-23T16:00:00+08:00' });
    const file = (await h.repos.eightD.get(report.id))!;
    expect(file.deadlines.map((d) => [d.kind, d.dueAt, d.doneAt])).toEqual([['eightd_containment', '2026-11-23T16:00:00+08:00', null]]);
    await h.repos.eightD.setContainmentReplied(report.id, '2026-11-23T15:00:00+08:00');
    expect((await row()).nextDueKind).toBe('first_reply');
    // an open corrective action due before the first reply becomes the next due date
    const action = await h.repos.eightD.correctives.add(report.id, { causeId: '', description: '改参数', owner: '赵六', dueDate: '2026-11-23' });
    expect(await row()).toMatchObject({ nextDueKind: 'eightd_corrective', nextDueAt: '2026-11-23T23:59:59+08:00' });
    await h.repos.eightD.correctives.remove(action.id);
    await h.repos.eightD.update(report.id, { rootCauseDueDate: '2026-11-23' });
    expect((await row()).nextDueKind).toBe('eightd_root_cause');
    await h.repos.eightD.remove(report.id);
    expect((await row()).nextDueKind).toBe('first_reply');
  });

  it("the case file lists the 8D report's deadlines with the case's own, so the case page, the 催办单 and its ledger row agree", async () => {
    const h = await openHarness();
    h.ctx.lifecycle = lifecycleWith({ containmentReplyHours: 6 });
    const caseId = await newCase(h);
    await h.repos.lifecycle.update(caseId, { callbackAt: '2026-11-23T10:00:00+08:00' });
    const report = await h.repos.eightD.open(caseId);
    const action = await h.repos.eightD.correctives.add(report.id, { causeId: '', description: '改参数', owner: '赵六', dueDate: '2026-11-24' });
    const file = await h.repos.lifecycle.getCaseFile(caseId);
    const eightD = file.deadlines.filter((d) => d.kind.startsWith('eightd_'));
    expect(eightD.map((d) => [d.kind, d.recordId])).toEqual([
      ['eightd_containment', report.id],
      ['eightd_corrective', action.id],
    ]);
    expect(file.deadlines.some((d) => d.kind === 'first_reply')).toBe(true);
    const row = (await h.repos.cases.listAll()).find((x) => x.id === caseId)!;
    expect(row).toMatchObject({ nextDueKind: 'eightd_containment', nextDueAt: '2026-11-23T16:00:00+08:00' });
    await h.repos.eightD.remove(report.id);
    expect((await h.repos.lifecycle.getCaseFile(caseId)).deadlines.filter((d) => d.kind.startsWith('eightd_'))).toEqual([]);
  });
});
