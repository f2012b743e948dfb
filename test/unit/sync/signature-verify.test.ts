// Issue 16.5 through a real folder share: a clerk op with no admin author
// (an older app, a tampered outbox) gives a service clerk the general
// manager's role; the other PC merges it — its clerk record follows the ops —
// but the clerk's signature shows as unverified there, and on the workbench
// list. The op and the signatures are written straight into PC A's outbox,
// as the signing code or an older app would (no lifecycle commands needed).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intake } from '../renderer/db/helpers';
import { rawOp, writeSignature } from '../renderer/db/signature-helpers';
import { makePc, T0, type Pc } from './pcs';
import { folderBackend, type ShareBackend } from './share-backends';

let folder: ShareBackend;
beforeAll(async () => {
  folder = await folderBackend();
});
afterAll(async () => folder?.close());

const verdicts = async (pc: Pc, caseId: string) => Object.fromEntries((await pc.repos.signatureChecks.ofCase(caseId)).map((s) => [s.clerkName, s.check.status === 'verified' ? 'verified' : s.check.reason]));

describe('signatures checked after a merge through the share', () => {
  it('a share tampered to give a clerk a role without an admin’s op shows that clerk’s signature as unverified on the other PC', async () => {
    const dir = await folder.fresh();
    const a = await makePc('a', dir);
    const b = await makePc('b', dir);
    const admin = await a.repos.clerks.createFirst({ name: '王丽', department: '' }, 'admin-pass');
    a.ctx.clerkId = admin.id;
    const manager = await a.repos.clerks.create({ name: '经理', department: '', roles: ['departmentManager'] }, 'temp-123');
    const service = await a.repos.clerks.create({ name: '客服', department: '', roles: ['service'] }, 'temp-123');
    const made = await a.repos.cases.create(intake());
    await a.round();
    await b.round();

    a.clock.now = T0 + 60_000;
    await rawOp(a, 'clerk', service.id, { roles: ['generalManager'] }, { user: 'clerk-a' }); // no clerkId, no admin's name
    a.clock.now = T0 + 120_000;
    await writeSignature(a, { caseId: made.id, clerkId: service.id, clerkName: '客服', role: 'generalManager', amountFen: 20_000_000 });
    await writeSignature(a, { caseId: made.id, clerkId: manager.id, clerkName: '经理', role: 'departmentManager', amountFen: 10_000_000 });
    await a.round();
    b.clock.now = a.clock.now;
    await b.round();

    expect((await b.repos.clerks.get(service.id))?.roles).toEqual(['generalManager']);
    expect(await verdicts(b, made.id)).toEqual({ 客服: 'roleMissing', 经理: 'verified' });
    expect(await b.repos.signatureChecks.unverifiedCases()).toEqual([{ caseId: made.id, caseNumber: made.caseNumber, customerName: made.customerName, count: 1, reasons: ['roleMissing'] }]);
    // A, which wrote them, says the same.
    await a.repos.signatureChecks.settled();
    expect(await verdicts(a, made.id)).toEqual({ 客服: 'roleMissing', 经理: 'verified' });
    expect((await a.repos.signatureChecks.unverifiedCases()).map((c) => c.count)).toEqual([1]);

    // The admin removes the manager's role afterwards: signed while they held it, the signature stays verified.
    a.clock.now = T0 + 180_000;
    await a.repos.clerks.setRoles(manager.id, []);
    await a.round();
    b.clock.now = a.clock.now;
    await b.round();
    expect(await verdicts(b, made.id)).toEqual({ 客服: 'roleMissing', 经理: 'verified' });
    expect((await b.db.unverifiedSignatures.toArray()).map((r) => r.reason)).toEqual(['roleMissing']);
  });
});
