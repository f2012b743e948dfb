/** The statistics facts of the ledger projection: when a case closed, its costs, its responsibility shares; returns, survey, supplier claims and deadlines (issue 17). */
import { describe, expect, it } from 'vitest';
import type { ComplaintCase } from '../../../../../shared/domain/case';
import { toLedgerRow } from '../../../../../shared/domain/ledger-row';
import { EMPTY_PROJECTION, projectCase, statisticsFacts, type CaseProjection } from '../../../../../shared/domain/lifecycle/projection';
import type { CostRecord, ResponsibilityShare, ReturnLine, SupplierClaim, SurveyRecord, TransitionRecord } from '../../../../../shared/domain/lifecycle/records';
import { view } from './fixtures';

const transition = (id: string, round: number, to: TransitionRecord['to'], at: string): TransitionRecord => ({
  id, caseId: 'c1', action: to === 'closed' ? 'close' : 'reopen', from: to === 'closed' ? 'follow_up' : 'closed', to, round, reason: '', by: '张三', at,
});
const cost = (id: string, kind: CostRecord['kind'], amountFen: number, department: CostRecord['department'], round = 1, deleted = false): CostRecord => ({
  id, caseId: 'c1', round, kind, amountFen, department, note: '', deleted,
});
const share = (id: string, department: ResponsibilityShare['department'], percent: number, round = 1, supplierName = ''): ResponsibilityShare => ({
  id, caseId: 'c1', round, department, percent, supplierName, note: '', deleted: false,
});

describe('statistics facts', () => {
  it('an untouched case has none (as the empty projection says), and known-empty returns, survey and claims', () => {
    const facts = statisticsFacts(view());
    expect(facts).toEqual({
      closedAt: EMPTY_PROJECTION.closedAt,
      costs: EMPTY_PROJECTION.costs,
      shares: EMPTY_PROJECTION.shares,
      returns: { lines: 0, approved: 0, received: 0, linesNotReceived: 0, defectiveFound: 0 },
      survey: null,
      supplierClaims: { count: 0, raisedFen: 0, recoveredFen: 0 },
    });
  });

  it('read from the tables without return lines, surveys or claims (a schema upgrade), those facts are left out: unknown, not 0', () => {
    const { lifecycle, transitions, costs, shares } = view();
    expect(Object.keys(statisticsFacts({ lifecycle, transitions, costs, shares })).sort()).toEqual(['closedAt', 'costs', 'shares']);
  });

  it('returns of every round summed, tombstones left out; lines not counted in yet counted apart', () => {
    const line = (id: string, approved: number, received: number | null, defective: number | null, round = 1, deleted = false) =>
      ({ id, caseId: 'c1', round, quantityApproved: approved, quantityReceived: received, quantityDefective: defective, deleted }) as ReturnLine;
    const returnLines = [line('a', 100, 98, 7), line('b', 20, null, null, 2), line('c', 5, 5, 5, 1, true)];
    expect(statisticsFacts(view({ round: 2 }, { returnLines })).returns).toEqual({ lines: 2, approved: 120, received: 98, linesNotReceived: 1, defectiveFound: 7 });
  });

  it('the survey is the current round’s latest live one', () => {
    const survey = (id: string, round: number, surveyedAt: string, score: number, deleted = false): SurveyRecord =>
      ({ id, caseId: 'c1', round, surveyedAt, answers: [], score, satisfied: score >= 80, remarks: '', by: 'x', deleted });
    const surveys = [
      survey('s1', 1, '2026-11-20T10:00:00+08:00', 96),
      survey('s2', 2, '2026-11-28T10:00:00+08:00', 72),
      survey('s3', 2, '2026-11-25T10:00:00+08:00', 90),
      survey('s4', 2, '2026-11-29T10:00:00+08:00', 100, true),
    ];
    expect(statisticsFacts(view({ round: 2 }, { surveys })).survey).toEqual({ surveyedAt: '2026-11-28T10:00:00+08:00', score: 72, satisfied: false });
  });

  it('supplier claims: raised = every status but draft, recovered = settled', () => {
    const claim = (id: string, status: SupplierClaim['status'], amountFen: number, deleted = false): SupplierClaim =>
      ({ id, caseId: 'c1', round: 1, shareId: 's', supplierName: '宁波五金', amountFen, status, note: '', deleted });
    const supplierClaims = [claim('a', 'draft', 100), claim('b', 'sent', 2_000), claim('c', 'settled', 30_000), claim('d', 'settled', 9, true)];
    expect(statisticsFacts(view({}, { supplierClaims })).supplierClaims).toEqual({ count: 3, raisedFen: 32_000, recoveredFen: 30_000 });
  });

  it('projectCase keeps every deadline it was given (kind, due, met, the 8D record); a ledger row of an older projection has none: unknown', () => {
    const p = projectCase(view(), [
      { kind: 'closure', dueAt: '2026-12-06T10:00:00+08:00', doneAt: null, late: false, departments: [] },
      { kind: 'eightd_corrective', dueAt: '2026-12-01T17:30:00+08:00', doneAt: '2026-12-02T09:00:00+08:00', late: true, departments: [], recordId: 'a1', byDay: true },
    ]);
    expect(p.deadlines).toEqual([
      { kind: 'closure', dueAt: '2026-12-06T10:00:00+08:00', doneAt: null },
      { kind: 'eightd_corrective', dueAt: '2026-12-01T17:30:00+08:00', doneAt: '2026-12-02T09:00:00+08:00', recordId: 'a1' },
    ]);
    const stored = { id: 'c1', caseNumber: '2611-B-001', customerName: '', productModel: '', partNumber: '', lotNumber: '', orderNumber: '', receivedAt: '', market: 'domestic', quantityDefective: null, updatedAt: '', createdBy: '' };
    expect(toLedgerRow({ ...(stored as unknown as ComplaintCase), projection: p })).toMatchObject({ deadlines: p.deadlines, survey: null, returns: p.returns });
    const { deadlines: _d, returns: _r, survey: _s, supplierClaims: _c, ...older } = p;
    const row = toLedgerRow({ ...(stored as unknown as ComplaintCase), projection: older });
    expect(['deadlines', 'returns', 'survey', 'supplierClaims'].filter((k) => k in row)).toEqual([]);
  });

  it('closedAt is the current round’s last closing, and only while the case is closed', () => {
    const transitions = [
      transition('t3', 2, 'closed', '2026-12-04T09:00:00+08:00'),
      transition('t1', 1, 'closed', '2026-11-25T09:00:00+08:00'),
      transition('t2', 2, 'analysis', '2026-11-26T09:00:00+08:00'),
    ];
    expect(statisticsFacts(view({ state: 'closed', round: 2 }, { transitions })).closedAt).toBe('2026-12-04T09:00:00+08:00');
    // reopened into round 2 and not closed again: open
    expect(statisticsFacts(view({ state: 'analysis', round: 2 }, { transitions: transitions.slice(1) })).closedAt).toBeNull();
  });

  it('costs of every round are summed by kind and department, tombstones left out, in a stable order', () => {
    const costs = [
      cost('a', 'freight', 1200, 'sales'),
      cost('b', 'loss', 5000, null, 2),
      cost('c', 'freight', 800, 'sales', 2),
      cost('d', 'loss', 300, 'production'),
      cost('e', 'loss', 99_999, 'production', 2, true),
    ];
    expect(statisticsFacts(view({ round: 2 }, { costs })).costs).toEqual([
      { kind: 'loss', department: 'production', amountFen: 300 },
      { kind: 'loss', department: null, amountFen: 5000 },
      { kind: 'freight', department: 'sales', amountFen: 2000 },
    ]);
  });

  it('shares are the current round’s, with the supplier at fault', () => {
    const shares = [share('s0', 'quality', 100, 1), share('s2', 'purchasing', 40, 2, '华强电子'), share('s1', 'production', 60, 2)];
    expect(statisticsFacts(view({ round: 2 }, { shares })).shares).toEqual([
      { department: 'production', percent: 60, supplierName: '' },
      { department: 'purchasing', percent: 40, supplierName: '华强电子' },
    ]);
  });

  it('projectCase carries them', () => {
    const v = view({ state: 'closed' }, { transitions: [transition('t1', 1, 'closed', '2026-11-25T09:00:00+08:00')], costs: [cost('a', 'repair', 700, 'technical')], shares: [share('s', 'technical', 100)] });
    expect(projectCase(v, [])).toMatchObject({
      state: 'closed',
      closedAt: '2026-11-25T09:00:00+08:00',
      costs: [{ kind: 'repair', department: 'technical', amountFen: 700 }],
      shares: [{ department: 'technical', percent: 100, supplierName: '' }],
    });
  });
});

describe('decision amount (issue 16.6: who approves, on the workbench)', () => {
  it('projectCase carries the decision amount; a ledger row of a projection stored before reads it as null', () => {
    expect(projectCase(view({ state: 'approval', decision: 'C', decisionAmountFen: 10_000_001 }), []).decisionAmountFen).toBe(10_000_001);
    expect(projectCase(view(), []).decisionAmountFen).toBeNull();
    const { decisionAmountFen: _gone, ...older } = projectCase(view({ state: 'approval', decisionAmountFen: 5 }), []);
    const stored = { id: 'c1', caseNumber: '2611-B-001', customerName: '', productModel: '', partNumber: '', lotNumber: '', orderNumber: '', receivedAt: '', market: 'domestic', quantityDefective: null, updatedAt: '', createdBy: '' };
    expect(toLedgerRow({ ...(stored as unknown as ComplaintCase), projection: older as CaseProjection }).decisionAmountFen).toBeNull();
  });
});
