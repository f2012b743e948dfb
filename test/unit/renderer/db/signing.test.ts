/**
 * Signed steps in storage (issue 16.4): the password is proven like a
 * sign-in (wrong ones count toward the lockout and sign nothing), the signer
 * is read again inside the write (a clerk deactivated or stripped of the role
 * since signs nothing), and the signature is written with the record.
 */
import { describe, expect, it } from 'vitest';
import { ValidationFailedError } from '../../../../renderer/db';
import { LOCKOUT_MS } from '../../../../shared/domain/clerks/lockout';
import { caseAtApproval, snapshot } from './lifecycle-helpers';
import { openHarness, sign, signInWithRoles, SIGNER_PASSWORD, type Harness } from './helpers';

const approve = { outcome: 'approved' as const, reason: '' };
const refusal = async (h: Harness, write: () => Promise<unknown>) => {
  const before = await snapshot(h);
  const error = await write().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationFailedError);
  const after = await snapshot(h);
  delete before.signInFailures;
  delete after.signInFailures;
  expect(after).toEqual(before);
  return (error as ValidationFailedError).fieldErrors;
};

describe('signed writes', () => {
  it('a wrong password signs nothing and counts toward the lockout; five lock the signer out even with the right one', async () => {
    const h = await openHarness();
    const id = await caseAtApproval(h, 12_000_000);
    await signInWithRoles(h, '钱副总', ['deputyGeneralManager']);
    for (let i = 0; i < 4; i++) expect(await refusal(h, () => h.repos.lifecycle.recordApproval(id, approve, { password: `wrong-${i}`, meaning: '批准退货' }))).toEqual({ password: 'wrongPassword' });
    expect(await refusal(h, () => h.repos.lifecycle.recordApproval(id, approve, { password: 'wrong-4', meaning: '批准退货' }))).toEqual({ password: 'locked' });
    expect(await refusal(h, () => h.repos.lifecycle.recordApproval(id, approve, { password: SIGNER_PASSWORD, meaning: '批准退货' }))).toEqual({ password: 'locked' });
    expect(await refusal(h, () => h.repos.lifecycle.recordApproval(id, approve, { password: '', meaning: '批准退货' }))).toEqual({ password: 'required' });
    h.setNow(h.ctx.now() + LOCKOUT_MS + 1);
    const { approval } = await h.repos.lifecycle.recordApproval(id, approve, { password: SIGNER_PASSWORD, meaning: '批准退货 120,000.00 元' });
    expect(approval).toMatchObject({ approverName: '钱副总', approverRole: 'deputy_gm' });
  });

  it('nobody signed in: refused before any password is checked', async () => {
    const h = await openHarness();
    const id = await caseAtApproval(h);
    expect(await refusal(h, () => h.repos.lifecycle.recordApproval(id, approve, { password: 'x', meaning: '批准' }))).toEqual({ signer: 'notSignedIn' });
  });

  it('a clerk deactivated, or whose role was removed, signs nothing — the record and the signature are checked in the write itself', async () => {
    const h = await openHarness();
    const id = await caseAtApproval(h, 5_000_000);
    await sign(h);
    const admin = h.ctx.clerkId!;
    const manager = await signInWithRoles(h, '赵经理', ['departmentManager']);
    h.ctx.clerkId = admin;
    await h.repos.clerks.setRoles(manager, ['service']);
    h.ctx.clerkId = manager;
    expect(await refusal(h, () => h.repos.lifecycle.recordApproval(id, approve, { password: SIGNER_PASSWORD, meaning: '批准' }))).toEqual({ signer: 'roleMissing' });
    h.ctx.clerkId = admin;
    await h.repos.clerks.setRoles(manager, ['departmentManager']);
    await h.repos.clerks.setActive(manager, false);
    h.ctx.clerkId = manager;
    expect(await refusal(h, () => h.repos.lifecycle.recordApproval(id, approve, { password: SIGNER_PASSWORD, meaning: '批准' }))).toEqual({ password: 'deactivated' });
    expect(await h.db.signatures.count()).toBe(0);
  });

  it('unsigned actions need no password; a signed one without its signing is refused', async () => {
    const h = await openHarness();
    const id = await caseAtApproval(h);
    await sign(h);
    expect(await refusal(h, () => h.repos.lifecycle.transition(id, { action: 'close' }))).toEqual({ password: 'required' });
    expect(await h.repos.lifecycle.transition(id, { action: 'send_back', to: 'decision', reason: '改判' })).toMatchObject({ to: 'decision' });
    expect(await h.db.signatures.count()).toBe(0);
  });
});
