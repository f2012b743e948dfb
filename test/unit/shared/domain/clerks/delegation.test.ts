import { describe, expect, it } from 'vitest';
import {
  approversOf,
  checkDelegation,
  checkEndDelegation,
  delegatedRolesOf,
  delegationStatus,
  isInForce,
  readDelegation,
  signedOnBehalfText,
  type Delegation,
  type DelegationClerk,
  type DelegationInput,
} from '../../../../../shared/domain/clerks/delegation';
import { rolesThatSign } from '../../../../../shared/domain/signatures/steps';
import { checkSigner } from '../../../../../shared/domain/signatures/signature';
import { DEFAULT_AUTHORITY_MATRIX } from '../../../../../shared/domain/lifecycle/authority';

/** Factory midnight (+08:00) of a factory day, plus hours. */
const at = (day: string, hours = 0) => Date.parse(`${day}T00:00:00+08:00`) + hours * 3_600_000;

const clerk = (id: string, name: string, roles: DelegationClerk['roles'], extra: Partial<DelegationClerk> = {}): DelegationClerk => ({ id, name, roles, active: true, hasPassword: true, ...extra });
const GM = clerk('gm', '王总', ['generalManager']);
const DM = clerk('dm', '李经理', ['departmentManager']);
const ZHANG = clerk('zhang', '张三', ['qualityEngineer']);
const ADMIN = clerk('admin', '管理员', ['admin']);
const GONE = clerk('gone', '离职', ['service'], { active: false });
const CLERKS = [GM, DM, ZHANG, ADMIN, GONE];

const delegation = (over: Partial<Delegation> = {}): Delegation => ({
  id: 'delegation-1',
  delegatorId: 'gm',
  delegatorName: '王总',
  delegateId: 'zhang',
  delegateName: '张三',
  role: 'generalManager',
  from: '2026-12-01',
  to: '2026-12-14',
  reason: '出差',
  createdBy: 'gm',
  createdAt: '2026-11-30T02:00:00.000Z',
  endedAt: null,
  endedBy: null,
  ...over,
});

const input = (over: Partial<DelegationInput> = {}): DelegationInput => ({ delegatorId: 'gm', delegateId: 'zhang', role: 'generalManager', from: '2026-12-01', to: '2026-12-14', reason: '出差', ...over });
const NOW = at('2026-11-30', 10);

describe('a delegation in force', () => {
  it('is in force from the first factory minute of its first day to the last minute of its last day', () => {
    const d = delegation();
    expect(delegationStatus(d, at('2026-12-01') - 1)).toBe('upcoming');
    expect(isInForce(d, at('2026-12-01'))).toBe(true);
    expect(isInForce(d, at('2026-12-14', 23.99))).toBe(true);
    expect(delegationStatus(d, at('2026-12-15'))).toBe('ended');
  });

  it('reads the day in factory time, not UTC: 2026-11-30 16:30 UTC is already 12-01 at the factory', () => {
    expect(isInForce(delegation(), Date.UTC(2026, 10, 30, 16, 30))).toBe(true);
    expect(isInForce(delegation(), Date.UTC(2026, 10, 30, 15, 59))).toBe(false);
  });

  it('ended early: in force before the end, not from it on', () => {
    const d = delegation({ endedAt: new Date(at('2026-12-05', 9)).toISOString(), endedBy: 'gm' });
    expect(isInForce(d, at('2026-12-05', 8.9))).toBe(true);
    expect(delegationStatus(d, at('2026-12-05', 9))).toBe('ended');
    expect(delegationStatus(d, at('2026-12-10'))).toBe('ended');
  });

  it('ended before it began: never in force', () => {
    const d = delegation({ endedAt: new Date(at('2026-11-30', 11)).toISOString(), endedBy: 'admin' });
    expect(delegationStatus(d, at('2026-12-02'))).toBe('ended');
  });
});

describe('checkDelegation', () => {
  it('accepts a delegation made by the delegator himself or by an admin', () => {
    expect(checkDelegation(input(), CLERKS, 'gm', NOW)).toEqual({});
    expect(checkDelegation(input(), CLERKS, 'admin', NOW)).toEqual({});
  });

  it('refuses a delegation made by anybody else', () => {
    expect(checkDelegation(input(), CLERKS, 'dm', NOW)).toEqual({ actor: 'notAllowed' });
    expect(checkDelegation(input(), CLERKS, null, NOW)).toEqual({ actor: 'notAllowed' });
  });

  it('refuses a delegation to oneself', () => {
    expect(checkDelegation(input({ delegateId: 'gm' }), CLERKS, 'gm', NOW)).toEqual({ delegate: 'self' });
  });

  it('refuses an inactive, unknown or missing delegate', () => {
    expect(checkDelegation(input({ delegateId: 'gone' }), CLERKS, 'gm', NOW)).toEqual({ delegate: 'inactive' });
    expect(checkDelegation(input({ delegateId: 'nobody' }), CLERKS, 'gm', NOW)).toEqual({ delegate: 'unknown' });
    expect(checkDelegation(input({ delegateId: '' }), CLERKS, 'gm', NOW)).toEqual({ delegate: 'required' });
  });

  it('refuses a role the delegator does not hold, and a role that is not an approver role', () => {
    expect(checkDelegation(input({ role: 'deputyGeneralManager' }), CLERKS, 'gm', NOW)).toEqual({ delegator: 'notHolder' });
    expect(checkDelegation(input({ role: 'admin' }), CLERKS, 'admin', NOW)).toEqual({ role: 'notDelegable' });
  });

  it('refuses dates the wrong way round, a span already past, and a date that is not one', () => {
    expect(checkDelegation(input({ from: '2026-12-14', to: '2026-12-01' }), CLERKS, 'gm', NOW)).toEqual({ to: 'beforeFrom' });
    expect(checkDelegation(input({ from: '2026-11-01', to: '2026-11-29' }), CLERKS, 'gm', NOW)).toEqual({ to: 'inPast' });
    expect(checkDelegation(input({ from: '2026-11-01', to: '2026-11-30' }), CLERKS, 'gm', NOW)).toEqual({});
    expect(checkDelegation(input({ from: '2026-02-30' }), CLERKS, 'gm', NOW)).toEqual({ from: 'invalidDate' });
    expect(checkDelegation(input({ to: '14.12.2026' }), CLERKS, 'gm', NOW)).toEqual({ to: 'invalidDate' });
  });

  it('wants a reason of at most 100 characters', () => {
    expect(checkDelegation(input({ reason: '  ' }), CLERKS, 'gm', NOW)).toEqual({ reason: 'required' });
    expect(checkDelegation(input({ reason: '差'.repeat(101) }), CLERKS, 'gm', NOW)).toEqual({ reason: 'tooLong' });
  });
});

describe('ending a delegation early', () => {
  it('is the delegator’s or an admin’s, once', () => {
    expect(checkEndDelegation(delegation(), GM)).toBeNull();
    expect(checkEndDelegation(delegation(), ADMIN)).toBeNull();
    expect(checkEndDelegation(delegation(), ZHANG)).toBe('notAllowed');
    expect(checkEndDelegation(delegation({ endedAt: '2026-12-02T00:00:00.000Z', endedBy: 'gm' }), GM)).toBe('alreadyEnded');
  });
});

describe('who may approve', () => {
  const inTrip = at('2026-12-03', 10);
  const covering = rolesThatSign('approveReturn', { amountFen: 20_000_000, matrix: DEFAULT_AUTHORITY_MATRIX }); // above 150,000 yuan: GM only

  it('the holders of a covering role and the delegates in force for one', () => {
    expect(covering).toEqual(['generalManager']);
    expect(approversOf(covering, [delegation()], CLERKS, inTrip)).toEqual([
      { clerkId: 'gm', role: 'generalManager', onBehalfOf: null },
      { clerkId: 'zhang', role: 'generalManager', onBehalfOf: { delegationId: 'delegation-1', role: 'generalManager', delegatorId: 'gm', delegatorName: '王总' } },
    ]);
  });

  it('not the delegate outside the dates, after an early end, or for a role that does not cover the amount', () => {
    expect(approversOf(covering, [delegation()], CLERKS, at('2026-12-15')).map((a) => a.clerkId)).toEqual(['gm']);
    expect(approversOf(covering, [delegation({ endedAt: new Date(at('2026-12-02')).toISOString(), endedBy: 'gm' })], CLERKS, inTrip).map((a) => a.clerkId)).toEqual(['gm']);
    const dmDelegation = delegation({ delegatorId: 'dm', delegatorName: '李经理', role: 'departmentManager' });
    expect(approversOf(covering, [dmDelegation], CLERKS, inTrip).map((a) => a.clerkId)).toEqual(['gm']);
  });

  it('not a delegate who was deactivated since, nor one whose delegator lost the role', () => {
    const deactivated = CLERKS.map((c) => (c.id === 'zhang' ? { ...c, active: false } : c));
    expect(delegatedRolesOf('zhang', [delegation()], deactivated, inTrip)).toEqual([]);
    const demoted = CLERKS.map((c) => (c.id === 'gm' ? { ...c, roles: [] } : c));
    expect(delegatedRolesOf('zhang', [delegation()], demoted, inTrip)).toEqual([]);
  });

  it('a delegate signs an approval as the delegated role, on the delegator’s authority; a non-delegate is refused', () => {
    const facts = { amountFen: 20_000_000, matrix: DEFAULT_AUTHORITY_MATRIX };
    const delegated = delegatedRolesOf('zhang', [delegation()], CLERKS, inTrip);
    expect(checkSigner({ ...ZHANG, delegated }, 'approveReturn', facts)).toEqual({ ok: true, role: 'generalManager', onBehalfOf: delegated[0] });
    expect(checkSigner({ ...DM, delegated: [] }, 'approveReturn', facts)).toEqual({ ok: false, problem: 'roleMissing' });
    // The delegation is of approvals only: it does not let the delegate close a case.
    expect(checkSigner({ ...ZHANG, delegated: delegatedRolesOf('zhang', [delegation({ role: 'departmentManager', delegatorId: 'dm' })], CLERKS, inTrip) }, 'closeCase', facts)).toEqual({ ok: false, problem: 'roleMissing' });
  });
});

describe('reading', () => {
  it('shows the signer and on whose authority', () => {
    expect(signedOnBehalfText('张三', '王总')).toBe('张三 代 王总 (委托授权)');
    expect(signedOnBehalfText('王总', undefined)).toBe('王总');
  });

  it('reads a stored record, refusing one that is not a delegation', () => {
    const { ...stored } = delegation();
    expect(readDelegation(stored)).toEqual(delegation());
    expect(readDelegation({ ...stored, id: 'office' })).toBeNull();
    expect(readDelegation({ ...stored, role: 'admin' })).toBeNull();
    expect(readDelegation({ ...stored, from: 'soon' })).toBeNull();
    expect(readDelegation('x')).toBeNull();
  });
});
