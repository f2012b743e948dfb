import { describe, expect, it } from 'vitest';
import { DEFAULT_AUTHORITY_MATRIX, type AuthorityMatrix } from '../../../../../shared/domain/lifecycle/authority';
import { CASE_STATES } from '../../../../../shared/domain/lifecycle/state-names';
import { CLERK_ROLES, type ClerkRole } from '../../../../../shared/domain/clerks/roles';
import { hasWorkRole, isManager, isMyStep, myStepTest, rolesActingOn, WORK_ROLES } from '../../../../../shared/domain/clerks/work-of-roles';

const matrix = DEFAULT_AUTHORITY_MATRIX;
const yuan = (y: number) => Math.round(y * 100);
const approval = (amountFen: number | null, m: AuthorityMatrix = matrix) => ({ state: 'approval' as const, amountFen, matrix: m });

describe('rolesActingOn', () => {
  it('names who works on each step', () => {
    const of = (state: (typeof CASE_STATES)[number]) => rolesActingOn({ state, amountFen: null, matrix });
    expect(of('registered')).toEqual(['service', 'qualityEngineer']);
    expect(of('analysis')).toEqual(['service', 'qualityEngineer']);
    expect(of('decision')).toEqual(['service', 'qualityEngineer']);
    expect(of('return_logistics')).toEqual(['warehouse', 'service']);
    expect(of('receiving')).toEqual(['warehouse']);
    expect(of('inspection')).toEqual(['qualityEngineer']);
    expect(of('disposition')).toEqual(['qualityEngineer', 'qualityHead']);
    expect(of('responsibility')).toEqual(['qualityEngineer', 'qualityHead']);
    expect(of('costs')).toEqual(['finance']);
    expect(of('corrective_action')).toEqual(['qualityEngineer']);
    expect(of('reply')).toEqual(['service', 'qualityHead', 'departmentManager']);
    expect(of('follow_up')).toEqual(['service', 'qualityHead', 'departmentManager']);
    expect(of('closed')).toEqual([]);
  });

  it('never gives a step to admin', () => {
    for (const state of CASE_STATES) for (const amount of [null, 0, yuan(200_000)]) expect(rolesActingOn({ state, amountFen: amount, matrix })).not.toContain('admin');
    expect(isMyStep(['admin'], { state: 'registered', amountFen: null, matrix })).toBe(false);
  });

  it('gives an approval to the required manager and those above, at the matrix boundaries', () => {
    expect(rolesActingOn(approval(yuan(100_000)))).toEqual(['departmentManager', 'deputyGeneralManager', 'generalManager']);
    expect(rolesActingOn(approval(yuan(100_000.01)))).toEqual(['deputyGeneralManager', 'generalManager']);
    expect(rolesActingOn(approval(yuan(100_001)))).toEqual(['deputyGeneralManager', 'generalManager']);
    expect(rolesActingOn(approval(yuan(150_000)))).toEqual(['deputyGeneralManager', 'generalManager']);
    expect(rolesActingOn(approval(yuan(150_000.01)))).toEqual(['generalManager']);
    expect(rolesActingOn(approval(yuan(150_001)))).toEqual(['generalManager']);
    // An amount not known (a row stored before the amount was projected): every manager sees it.
    expect(rolesActingOn(approval(null))).toEqual(['departmentManager', 'deputyGeneralManager', 'generalManager']);
  });

  it('shows each manager the approvals their role may sign', () => {
    const sees = (roles: ClerkRole[], y: number) => isMyStep(roles, approval(yuan(y)));
    expect([100_000, 100_001, 150_000, 150_001].map((y) => sees(['departmentManager'], y))).toEqual([true, false, false, false]);
    expect([100_000, 100_001, 150_000, 150_001].map((y) => sees(['deputyGeneralManager'], y))).toEqual([true, true, true, false]);
    expect([100_000, 100_001, 150_000, 150_001].map((y) => sees(['generalManager'], y))).toEqual([true, true, true, true]);
    expect(sees(['departmentManager'], 100_000.01)).toBe(false);
    expect(sees(['qualityEngineer', 'service', 'finance', 'admin'], 1)).toBe(false);
  });

  it('follows an office matrix from the settings', () => {
    const office: AuthorityMatrix = { rows: [{ upToFen: yuan(5_000), role: 'department_manager' }], aboveRole: 'gm' };
    expect(isMyStep(['departmentManager'], approval(yuan(5_000), office))).toBe(true);
    expect(isMyStep(['departmentManager'], approval(yuan(5_000.01), office))).toBe(false);
    expect(isMyStep(['deputyGeneralManager'], approval(yuan(5_000.01), office))).toBe(false);
    expect(isMyStep(['generalManager'], approval(yuan(5_000.01), office))).toBe(true);
  });
});

describe('myStepTest', () => {
  it('answers as isMyStep for every role, state and boundary amount', () => {
    const amounts = [null, 0, yuan(100_000), yuan(100_000.01), yuan(150_000), yuan(150_000.01), yuan(9_999_999)];
    const roleSets: ClerkRole[][] = [[], ['admin'], ...CLERK_ROLES.map((r) => [r]), ['service', 'departmentManager'], ['qualityHead', 'generalManager']];
    for (const roles of roleSets) {
      const test = myStepTest(roles, matrix);
      for (const state of CASE_STATES) for (const amountFen of amounts) expect(test(state, amountFen)).toBe(isMyStep(roles, { state, amountFen, matrix }));
    }
  });
});

describe('work roles', () => {
  it('tells work roles and managers apart', () => {
    expect(WORK_ROLES).not.toContain('admin');
    expect(WORK_ROLES).toHaveLength(CLERK_ROLES.length - 1);
    expect(hasWorkRole(['admin'])).toBe(false);
    expect(hasWorkRole([])).toBe(false);
    expect(hasWorkRole(['planning'])).toBe(true);
    expect(isManager(['deputyGeneralManager'])).toBe(true);
    expect(isManager(['qualityHead', 'admin'])).toBe(false);
  });
});
