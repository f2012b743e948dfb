// 我的任务 and 待我审批 by the signed-in clerk's roles (issue 16.6): the open
// cases whose current step their roles do, and the approvals their amount
// authority covers, sorted by due time.
import { describe, expect, it } from 'vitest';
import { roleWork } from '../../../../../renderer/features/workbench/role-tasks';
import { indexRow } from '../../../../../renderer/state/ledger-filter';
import type { LedgerRow } from '../../../../../shared/domain/ledger-row';
import { DEFAULT_AUTHORITY_MATRIX } from '../../../../../shared/domain/lifecycle/authority';
import { makeRow } from '../../state/rows';

const yuan = (y: number) => Math.round(y * 100);
const at = (hour: number) => `2026-11-20T${String(hour).padStart(2, '0')}:00:00+08:00`;

const rows = [
  makeRow(1, { state: 'analysis', nextDueAt: at(15) }),
  makeRow(2, { state: 'inspection', nextDueAt: at(9) }),
  makeRow(3, { state: 'registered', nextDueAt: null }),
  makeRow(4, { state: 'receiving', nextDueAt: at(8) }),
  makeRow(5, { state: 'costs', nextDueAt: at(10) }),
  makeRow(6, { state: 'closed', nextDueAt: null }),
  makeRow(7, { state: 'approval', decisionAmountFen: yuan(100_000), nextDueAt: at(12) }),
  makeRow(8, { state: 'approval', decisionAmountFen: yuan(100_001), nextDueAt: at(11) }),
  makeRow(9, { state: 'approval', decisionAmountFen: yuan(150_000), nextDueAt: at(14) }),
  makeRow(10, { state: 'approval', decisionAmountFen: yuan(150_001), nextDueAt: at(13) }),
  makeRow(11, { state: 'reply', nextDueAt: at(16) }),
].map(indexRow);
const ids = (items: { row: LedgerRow }[]) => items.map((i) => Number(i.row.id.slice(3)));
const work = (roles: Parameters<typeof roleWork>[1]) => roleWork(rows, roles, DEFAULT_AUTHORITY_MATRIX);

describe('role work on the workbench', () => {
  it('gives a QE the open steps of quality, soonest due first, no deadline last', () => {
    expect(ids(work(['qualityEngineer']).steps)).toEqual([2, 1, 3]);
    expect(work(['qualityEngineer']).approvals).toEqual([]);
  });

  it('gives each role its steps; closed cases never', () => {
    expect(ids(work(['warehouse']).steps)).toEqual([4]);
    expect(ids(work(['finance']).steps)).toEqual([5]);
    expect(ids(work(['service']).steps)).toEqual([1, 11, 3]);
    expect(ids(work(['service', 'warehouse']).steps)).toEqual([4, 1, 11, 3]);
  });

  it('lists for each manager the approvals their role may give (boundaries 100,000 / 100,001 / 150,000 / 150,001 yuan)', () => {
    expect(ids(work(['departmentManager']).approvals)).toEqual([7]);
    expect(ids(work(['deputyGeneralManager']).approvals)).toEqual([8, 7, 9]);
    expect(ids(work(['generalManager']).approvals)).toEqual([8, 7, 10, 9]);
    // approvals go to their own list, not to 我的任务 as well; a department manager also closes from reply
    expect(ids(work(['departmentManager']).steps)).toEqual([11]);
    expect(work(['generalManager']).steps).toEqual([]);
  });

  it('shows an approval whose amount the row does not carry (stored before 16.6) to every manager', () => {
    const old = { ...makeRow(20, { state: 'approval', nextDueAt: at(7) }) } as Partial<LedgerRow>;
    delete old.decisionAmountFen;
    const oldRows = [indexRow(old as LedgerRow)];
    expect(ids(roleWork(oldRows, ['departmentManager'], DEFAULT_AUTHORITY_MATRIX).approvals)).toEqual([20]);
  });

  it('gives nothing to a clerk who is only admin, or has no roles', () => {
    expect(work(['admin'])).toEqual({ steps: [], approvals: [] });
    expect(work([])).toEqual({ steps: [], approvals: [] });
  });

  it('sorts cases due at the same time by case number', () => {
    const same = [makeRow(31, { state: 'receiving', nextDueAt: at(9) }), makeRow(30, { state: 'receiving', nextDueAt: at(9) })].map(indexRow);
    expect(ids(roleWork(same, ['warehouse'], DEFAULT_AUTHORITY_MATRIX).steps)).toEqual([30, 31]);
  });

  it('gives a delegate (委托授权) the approvals the delegated role covers, marked with the delegator; the delegator keeps them', () => {
    const forGm = [{ delegationId: 'delegation-1', role: 'generalManager' as const, delegatorId: 'gm', delegatorName: '王总' }];
    const delegate = roleWork(rows, ['qualityEngineer'], DEFAULT_AUTHORITY_MATRIX, forGm);
    // The GM's role covers every amount: all four approvals, by due time, each 代 王总; the QE's own steps stay.
    expect(delegate.approvals.map((i) => [Number(i.row.id.slice(3)), i.onBehalfOf])).toEqual([
      [8, ['王总']],
      [7, ['王总']],
      [10, ['王总']],
      [9, ['王总']],
    ]);
    expect(ids(delegate.steps)).toEqual([2, 1, 3]);
    expect(ids(work(['generalManager']).approvals)).toEqual([8, 7, 10, 9]);
    // A deputy GM with the department manager's role delegated: own role first (no mark), the delegation adds nothing above it.
    const deputy = roleWork(rows, ['deputyGeneralManager'], DEFAULT_AUTHORITY_MATRIX, [{ delegationId: 'delegation-2', role: 'departmentManager', delegatorId: 'dm', delegatorName: '李经理' }]);
    expect(deputy.approvals.map((i) => [Number(i.row.id.slice(3)), i.onBehalfOf])).toEqual([
      [8, []],
      [7, []],
      [9, []],
    ]);
    // Only the department manager's role delegated: only the amounts up to 100,000.00 yuan.
    const dmDelegate = roleWork(rows, [], DEFAULT_AUTHORITY_MATRIX, [{ delegationId: 'delegation-2', role: 'departmentManager', delegatorId: 'dm', delegatorName: '李经理' }]);
    expect(dmDelegate.approvals.map((i) => [Number(i.row.id.slice(3)), i.onBehalfOf])).toEqual([[7, ['李经理']]]);
  });
});
