// 委托授权 through a real folder share: the general manager delegates his
// role to 张三 for his trip on PC A; PC B learns the delegation with its
// history; 张三 approves a return above the deputy GM's limit with his own
// password and the approval reads "张三 代 王总"; the signature is verified
// on both PCs; a clerk without a delegation is refused. An admin on B ends
// the delegation early; A learns it, and 张三 can no longer approve there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ValidationFailedError } from '../../../renderer/db';
import { intake } from '../renderer/db/helpers';
import { makePc, T0, type Pc } from './pcs';
import { folderBackend, type ShareBackend } from './share-backends';

let folder: ShareBackend;
beforeAll(async () => {
  folder = await folderBackend();
});
afterAll(async () => folder?.close());

const PASSWORD = 'temp-123';
const DAY = 86_400_000;

/** A case with decision C for 200,000.00 yuan (the general manager's), in the approval step. */
async function bigCaseAtApproval(pc: Pc): Promise<string> {
  const c = await pc.repos.cases.create(intake());
  await pc.repos.lifecycle.update(c.id, { triage: 'production_quality', severity: 'serious', category: 'product_quality' });
  await pc.repos.lifecycle.transition(c.id, { action: 'start_analysis' });
  await pc.repos.lifecycle.update(c.id, { analysisSummary: '波峰焊连锡' });
  await pc.repos.lifecycle.transition(c.id, { action: 'finish_analysis' });
  await pc.repos.lifecycle.update(c.id, { decision: 'C', decisionAmountFen: 20_000_000 });
  await pc.repos.lifecycle.transition(c.id, { action: 'confirm_decision' });
  return c.id;
}

const as = (pc: Pc, clerk: { id: string; name: string }) => {
  pc.ctx.clerkId = clerk.id;
  pc.ctx.user = clerk.name;
};
const approveAs = (pc: Pc, clerk: { id: string; name: string }, caseId: string) => {
  as(pc, clerk);
  return pc.repos.lifecycle.recordApproval(caseId, { outcome: 'approved', reason: '' }, { password: PASSWORD, meaning: '批准退货 200,000.00 元' });
};
const refusalOf = (write: Promise<unknown>) =>
  write.then(
    () => null,
    (e: unknown) => (e instanceof ValidationFailedError ? e.fieldErrors : e),
  );
const verdicts = async (pc: Pc, caseId: string) => (await pc.repos.signatureChecks.ofCase(caseId)).map((s) => [s.clerkName, s.role, s.check.status === 'verified' ? 'verified' : s.check.reason]);

describe('delegation of authority between two PCs', () => {
  it('replicates with its history, lets the delegate approve with both names recorded, and ends early everywhere', async () => {
    const dir = await folder.fresh();
    const a = await makePc('a', dir);
    const b = await makePc('b', dir);
    const admin = await a.repos.clerks.createFirst({ name: '管理员', department: '' }, PASSWORD);
    as(a, admin);
    const gm = await a.repos.clerks.create({ name: '王总', department: '', roles: ['generalManager'] }, PASSWORD);
    const zhang = await a.repos.clerks.create({ name: '张三', department: '品质部', roles: ['qualityEngineer'] }, PASSWORD);
    const li = await a.repos.clerks.create({ name: '李四', department: '品质部', roles: ['qualityEngineer'] }, PASSWORD);
    const caseId = await bigCaseAtApproval(a);
    const secondCase = await bigCaseAtApproval(a);

    // The GM himself, before his two-week trip: 2026-11-23 … 2026-12-06.
    a.clock.now = T0 + 60_000;
    as(a, gm);
    const made = await a.repos.delegations.create({ delegatorId: gm.id, delegateId: zhang.id, role: 'generalManager', from: '2026-11-23', to: '2026-12-06', reason: '出差' });
    expect(made).toMatchObject({ delegatorName: '王总', delegateName: '张三', createdBy: gm.id, endedAt: null });
    await a.round();
    b.clock.now = a.clock.now;
    await b.round();
    expect(await b.repos.delegations.list()).toEqual([made]);
    expect((await b.repos.delegations.history()).map((e) => [e.delegationId, e.user, e.field, e.newValue]).filter(([, , f]) => f === 'delegateId' || f === 'to')).toEqual([
      [made.id, '王总', 'to', '2026-12-06'],
      [made.id, '王总', 'delegateId', zhang.id],
    ]);

    // On A: 李四 has no delegation and is refused; 张三 approves for the GM.
    a.clock.now = T0 + DAY;
    expect(await refusalOf(approveAs(a, li, caseId))).toEqual({ signer: 'roleMissing' });
    const { approval } = await approveAs(a, zhang, caseId);
    expect(approval).toMatchObject({ approverRole: 'gm', approverName: '张三', onBehalfOfName: '王总', outcome: 'approved' });
    const [signature] = await a.db.signatures.where('caseId').equals(caseId).toArray();
    expect(signature).toMatchObject({ clerkId: zhang.id, clerkName: '张三', role: 'generalManager', delegationId: made.id, onBehalfOfId: gm.id, onBehalfOfName: '王总' });
    expect(approval.amountFen).toBe(20_000_000);
    await a.repos.signatureChecks.settled();
    expect(await verdicts(a, caseId)).toEqual([['张三', 'generalManager', 'verified']]);

    await a.round();
    b.clock.now = a.clock.now;
    await b.round();
    expect(await verdicts(b, caseId)).toEqual([['张三', 'generalManager', 'verified']]);

    // An admin on B ends it early; A learns it, and 张三 can no longer sign for the GM.
    b.clock.now = T0 + 2 * DAY;
    as(b, admin);
    const ended = await b.repos.delegations.end(made.id);
    expect(ended.endedBy).toBe(admin.id);
    await b.round();
    a.clock.now = b.clock.now + 1000;
    await a.round();
    expect(await a.repos.delegations.list()).toEqual([ended]);
    expect((await a.repos.delegations.history()).find((e) => e.field === 'endedAt')).toMatchObject({ user: '管理员', newValue: ended.endedAt });
    expect(await refusalOf(approveAs(a, zhang, secondCase))).toEqual({ signer: 'roleMissing' });
    // Signed while it was in force: still verified after the end.
    expect(await verdicts(a, caseId)).toEqual([['张三', 'generalManager', 'verified']]);
    // Never deleted, never ended twice.
    as(a, gm);
    expect(await refusalOf(a.repos.delegations.end(made.id))).toEqual({ actor: 'alreadyEnded' });
  });

  it('refuses a delegation the delegate makes for himself, and one to an inactive clerk', async () => {
    const dir = await folder.fresh();
    const a = await makePc('a', dir);
    const admin = await a.repos.clerks.createFirst({ name: '管理员', department: '' }, PASSWORD);
    as(a, admin);
    const gm = await a.repos.clerks.create({ name: '王总', department: '', roles: ['generalManager'] }, PASSWORD);
    const zhang = await a.repos.clerks.create({ name: '张三', department: '', roles: ['qualityEngineer'] }, PASSWORD);
    const gone = await a.repos.clerks.create({ name: '离职', department: '', roles: [] }, PASSWORD);
    await a.repos.clerks.setActive(gone.id, false);
    as(a, zhang);
    expect(await refusalOf(a.repos.delegations.create({ delegatorId: gm.id, delegateId: zhang.id, role: 'generalManager', from: '2026-11-23', to: '2026-11-30', reason: '出差' }))).toEqual({ actor: 'notAllowed' });
    as(a, gm);
    expect(await refusalOf(a.repos.delegations.create({ delegatorId: gm.id, delegateId: gone.id, role: 'generalManager', from: '2026-11-23', to: '2026-11-30', reason: '出差' }))).toEqual({ delegate: 'inactive' });
    expect(await a.repos.delegations.list()).toEqual([]);
  });
});
