import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../../../../../shared/domain/lifecycle/calendar';
import { applyResponsibilityRule } from '../../../../../shared/domain/lifecycle/commands/responsibility';
import { computeDeadlines } from '../../../../../shared/domain/lifecycle/deadlines';
import { DEFAULT_DEADLINE_RULES, type DeadlineFacts } from '../../../../../shared/domain/lifecycle/deadlines-types';
import { projectCase } from '../../../../../shared/domain/lifecycle/projection';
import { responsibilityRuleStatus, RESPONSIBILITY_RULE_NOTE, ruleFactsOfRow, ruleShareId } from '../../../../../shared/domain/lifecycle/responsibility-rule';
import { toLedgerRow } from '../../../../../shared/domain/ledger-row';
import type { ComplaintCase } from '../../../../../shared/domain/case';
import { view } from './fixtures';
import { contextOf, share, shapeOf, writesOf } from './commands/context';

const cal = createWorkingCalendar();

function facts(over: Partial<DeadlineFacts> = {}): DeadlineFacts {
  return {
    receivedAt: '2026-09-21T09:00:00+08:00', market: 'domestic', severity: 'general', customerDeadlineAt: null,
    callbackAt: null, containmentAt: null, firstReplyAt: null, writtenReplyAt: null, analysisStartedAt: null,
    analysisFinishedAt: null, responsibilityStartedAt: null, responsibilityFinishedAt: null, solutionDoneAt: null, followUpAt: null,
    closedAt: null, departments: [], ...over,
  };
}
const responsibility = (f: DeadlineFacts, rules = DEFAULT_DEADLINE_RULES) => computeDeadlines(f, cal, rules).find((d) => d.kind === 'responsibility');

/** Entered the step Wed 30 Sep 2026 10:00, the day before the National Day holiday (1–7 Oct; Sat 10 Oct is a make-up workday). */
const ENTERED = '2026-09-30T10:00:00+08:00';
const DUE = '2026-10-13T10:00:00+08:00';
const WARN = '2026-10-12T10:00:00+08:00';
const ms = (iso: string) => Date.parse(iso);

describe('the responsibility deadline', () => {
  it('is 5 working days after entering the step, across the holiday and its make-up Saturday, warned a working day ahead', () => {
    // Working days counted: Oct 8, 9, 10 (Sat, 调休), 12 (Mon), 13.
    expect(responsibility(facts({ responsibilityStartedAt: ENTERED }))).toEqual({ kind: 'responsibility', dueAt: DUE, doneAt: null, late: false, departments: [], warnAt: WARN });
  });

  it('is met when the case moves on from the step, late after the due time', () => {
    expect(responsibility(facts({ responsibilityStartedAt: ENTERED, responsibilityFinishedAt: '2026-10-14T09:00:00+08:00' }))).toMatchObject({ doneAt: '2026-10-14T09:00:00+08:00', late: true });
  });

  it('is off with 0 working days, and not there before the step', () => {
    expect(responsibility(facts({ responsibilityStartedAt: ENTERED }), { ...DEFAULT_DEADLINE_RULES, responsibilityWorkingDays: 0 })).toBeUndefined();
    expect(responsibility(facts())).toBeUndefined();
  });

  it('a reminder longer than the deadline warns from the start', () => {
    const d = responsibility(facts({ responsibilityStartedAt: ENTERED }), { ...DEFAULT_DEADLINE_RULES, responsibilityWorkingDays: 2, responsibilityReminderWorkingDays: 5 });
    expect(d).toMatchObject({ dueAt: '2026-10-09T10:00:00+08:00', warnAt: ENTERED });
  });
});

describe('the responsibility rule', () => {
  const deadline = { dueAt: DUE, doneAt: null, warnAt: WARN };
  const base = { state: 'responsibility' as const, shares: [], deadline, applied: false };

  it('waits, warns from the reminder, and is due from the due time on', () => {
    expect(responsibilityRuleStatus(base, ms(WARN) - 1)).toEqual({ stage: 'waiting', dueAt: DUE, remainderTenths: 1000 });
    expect(responsibilityRuleStatus(base, ms(WARN)).stage).toBe('warned');
    expect(responsibilityRuleStatus(base, ms(DUE) - 1).stage).toBe('warned');
    expect(responsibilityRuleStatus(base, ms(DUE)).stage).toBe('due');
  });

  it('gives only what nobody was given: 100 − 33.3 − 33.3 = 33.4 %', () => {
    const shares = [{ department: 'production' as const, percent: 33.3 }, { department: 'quality' as const, percent: 33.3 }];
    expect(responsibilityRuleStatus({ ...base, shares }, ms(DUE))).toEqual({ stage: 'due', dueAt: DUE, remainderTenths: 334 });
  });

  it('is off when decided, out of the step, met, off by setting, or applied in this round', () => {
    const now = ms(DUE) + 1;
    expect(responsibilityRuleStatus({ ...base, shares: [{ department: 'production', percent: 100 }] }, now).stage).toBe('off');
    expect(responsibilityRuleStatus({ ...base, state: 'costs' }, now).stage).toBe('off');
    expect(responsibilityRuleStatus({ ...base, deadline: { ...deadline, doneAt: '2026-10-12T09:00:00+08:00' } }, now).stage).toBe('off');
    expect(responsibilityRuleStatus({ ...base, deadline: undefined }, now).stage).toBe('off');
    expect(responsibilityRuleStatus({ ...base, applied: true }, now).stage).toBe('off');
  });
});

describe('applying the rule', () => {
  const deadline = { dueAt: DUE, doneAt: null, warnAt: WARN };
  const at = '2026-10-13T02:00:00.000Z'; // 10:00 at the factory: due

  it('writes a sales share of the remainder, with the rule as its note and an id every PC derives alike, and marks the round', () => {
    const ctx = contextOf(view({ state: 'responsibility' }, { shares: [share({ department: 'production', percent: 60 })] }), { at });
    const done = applyResponsibilityRule(ctx, deadline);
    expect(shapeOf(done)).toEqual(['caseLifecycle:responsibilityRuleRound', 'responsibilityShare:new']);
    expect(done.ok && done.value).toEqual({ id: ruleShareId('c1', 1), caseId: 'c1', round: 1, department: 'sales', percent: 40, supplierName: '', note: RESPONSIBILITY_RULE_NOTE, deleted: false });
    // Another PC, another clerk, another moment: the same record.
    const elsewhere = applyResponsibilityRule(contextOf(ctx.view, { at: '2026-10-14T01:00:00.000Z', user: '李娜' }), deadline);
    expect(writesOf(elsewhere)).toEqual(writesOf(done));
    expect(ruleShareId('c1', 1)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(ruleShareId('c1', 2)).not.toBe(ruleShareId('c1', 1));
  });

  it('adds the remainder to the round sales share when there is one', () => {
    const sales = share({ id: 's9', department: 'sales', percent: 20, note: '运输变形' });
    const ctx = contextOf(view({ state: 'responsibility' }, { shares: [share({ department: 'production', percent: 50 }), sales] }), { at });
    const writes = writesOf(applyResponsibilityRule(ctx, deadline));
    expect(writes.at(-1)).toMatchObject({ entity: 'responsibilityShare', before: sales, record: { ...sales, percent: 50, note: `运输变形；${RESPONSIBILITY_RULE_NOTE}` } });
  });

  it('is refused before it is due, and a second time in the same round', () => {
    const early = contextOf(view({ state: 'responsibility' }), { at: '2026-10-13T01:59:59.000Z' });
    expect(applyResponsibilityRule(early, deadline)).toEqual({ ok: false, refusal: { kind: 'invalid', fieldErrors: { responsibility: 'ruleNotDue' } } });
    const again = contextOf(view({ state: 'responsibility', responsibilityRuleRound: 1 }), { at });
    expect(applyResponsibilityRule(again, deadline).ok).toBe(false);
    const nextRound = contextOf(view({ state: 'responsibility', round: 2, responsibilityRuleRound: 1 }), { at });
    expect(applyResponsibilityRule(nextRound, deadline).ok).toBe(true);
  });

  it('reads the same from a ledger row as from the case', () => {
    const v = view({ state: 'responsibility', responsibilityRuleRound: 1 }, { shares: [share({ department: 'production', percent: 60 })] });
    const row = toLedgerRow({ id: 'c1', caseNumber: 'C1', projection: projectCase(v, computeDeadlines(facts({ responsibilityStartedAt: ENTERED }), cal)) } as ComplaintCase & { projection: ReturnType<typeof projectCase> });
    const read = ruleFactsOfRow(row);
    expect(read).toMatchObject({ state: 'responsibility', shares: [{ department: 'production', percent: 60, supplierName: '' }], applied: true });
    expect(read.deadline).toEqual({ kind: 'responsibility', dueAt: DUE, doneAt: null, warnAt: WARN });
  });
});
