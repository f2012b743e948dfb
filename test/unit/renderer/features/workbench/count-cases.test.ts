// The workbench's "this month": complaints only. A 7-day no-reason return is
// logged like any case but never counted as a complaint (seed 001 §3.1.6),
// so it is counted apart.
import { describe, expect, it } from 'vitest';
import { casesReceivedThisMonth } from '../../../../../renderer/features/workbench/countCases';
import { indexRow } from '../../../../../renderer/state/ledger-filter';
import { makeRow } from '../../state/rows';

const NOW = Date.parse('2026-11-20T02:00:00Z');

describe('this month on the workbench', () => {
  it('counts complaints received this month; 7-day no-reason returns apart; other months not at all', () => {
    const rows = [
      makeRow(1, { receivedAt: '2026-11-03T09:00:00+08:00', triage: 'production_quality' }),
      makeRow(2, { receivedAt: '2026-11-04T09:00:00+08:00', triage: null }), // not triaged yet: a complaint until said otherwise
      makeRow(3, { receivedAt: '2026-11-05T09:00:00+08:00', triage: 'seven_day_return' }),
      makeRow(4, { receivedAt: '2026-10-31T09:00:00+08:00', triage: 'seven_day_return' }),
      makeRow(5, { receivedAt: '2026-10-30T09:00:00+08:00', triage: 'production_quality' }),
    ].map(indexRow);
    expect(casesReceivedThisMonth(rows, NOW)).toEqual({ complaints: 2, sevenDayReturns: 1 });
  });
});
