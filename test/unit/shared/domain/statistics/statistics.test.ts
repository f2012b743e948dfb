import { describe, expect, it } from 'vitest';
import { computeStatistics } from '../../../../../shared/domain/statistics/statistics';
import { periodRange } from '../../../../../shared/domain/statistics/periods';
import { closureDueMs } from '../../../../../shared/domain/statistics/closure';
import { pareto } from '../../../../../shared/domain/statistics/pareto';
import type { BreakdownItem } from '../../../../../shared/domain/statistics/tally';
import type { StatsRow } from '../../../../../shared/domain/statistics/rows';
import { MASTER, NOVEMBER, NOVEMBER_ROWS, row } from './month-fixture';

const at = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;
const NOV = periodRange({ kind: 'month', month: '2026-11' })!;
const counts = (items: readonly BreakdownItem[]) => Object.fromEntries(items.map((i) => [i.key, i.count]));
const labels = (items: readonly BreakdownItem[]) => Object.fromEntries(items.map((i) => [i.key, i.label]));
const rounded = (items: readonly BreakdownItem[]) => Object.fromEntries(items.map((i) => [i.key, Math.round(i.count * 1000) / 1000]));

describe('statistics of a hand-built November 2026 (received basis)', () => {
  const s = computeStatistics(NOVEMBER_ROWS, { range: NOV, masterData: MASTER });

  it('counts the 9 complaints received in November and the two 7-day returns apart', () => {
    // r1 r2 r3 r4 r9 r11 r12 r13 r14; r9 at 23:30 on the 30th is November, r10 at midnight is December.
    expect(s.complaints).toBe(9);
    expect(s.sevenDayReturns).toBe(2);
    expect(s.selected).toBe(9);
  });

  it('merges spellings of one customer: an alias and a typed name count with the entry; free text by its trimmed, case-blind key', () => {
    expect(counts(s.byCustomer)).toEqual({ 'id:c-hw': 4, 'id:c-md': 3, 'name:acme gmbh': 2 });
    expect(labels(s.byCustomer)).toEqual({ 'id:c-hw': '华为', 'id:c-md': '美的', 'name:acme gmbh': 'Acme GmbH' });
    expect(s.byCustomer.map((i) => i.key)).toEqual(['id:c-hw', 'id:c-md', 'name:acme gmbh']); // largest first
  });

  it('a free-text group is named by its smallest spelling, whatever the order of the rows', () => {
    const reversed = computeStatistics([...NOVEMBER_ROWS].reverse(), { range: NOV, masterData: MASTER });
    expect(labels(reversed.byCustomer)).toEqual(labels(s.byCustomer));
    expect(labels(reversed.byModel)['name:zx-9']).toBe('ZX-9');
  });

  it('by model, by severity, by category, by domestic/foreign — each sums to the 9 complaints', () => {
    expect(counts(s.byModel)).toEqual({ 'id:m-100': 5, 'name:zx-9': 2, 'id:m-200': 1, '': 1 });
    expect(counts(s.bySeverity)).toEqual({ general: 6, serious: 1, urgent: 1, '': 1 });
    expect(counts(s.byCategory)).toEqual({ product_quality: 7, delivery_logistics: 1, '': 1 });
    expect(counts(s.byMarket)).toEqual({ domestic: 7, foreign: 2 });
    expect(counts(s.byTriage)).toEqual({ production_quality: 8, '': 1 });
  });

  it('by defect type on two levels: a level-2 type counts under its level 1; a level-1 type picked itself counts as its "" child', () => {
    expect(s.byDefectType.map((p) => [p.key, p.count, counts(p.children)])).toEqual([
      ['id:d-look', 4, { 'id:d-scratch': 3, 'id:d-dent': 1 }],
      ['id:d-func', 3, { 'id:d-noboot': 2, '': 1 }],
      ['', 2, { '': 2 }],
    ]);
  });

  it('sums the defective quantities stated and counts the unknown ones apart (never as 0)', () => {
    expect(s.defectiveQuantity).toBe(5 + 10 + 1 + 2 + 3 + 4);
    expect(s.quantityUnknown).toBe(3); // r3, r9, r12
  });

  it('weights responsibility by percent: department counts sum to the 6 cases with shares', () => {
    expect(s.responsibility.casesWithShares).toBe(6);
    expect(s.responsibility.casesWithoutShares).toBe(3); // r9, r12, r13
    expect(rounded(s.responsibility.byDepartment)).toEqual({
      production: 2.033, // r1 0.7 + r4 0.333 + r11 1
      quality: 1.8, // r1 0.3 + r3 0.5 + r14 1
      purchasing: 1.5, // r2 1 + r3 0.5
      sales: 0.334,
      technical: 0.333,
    });
    const total = s.responsibility.byDepartment.reduce((sum, d) => sum + d.count, 0);
    expect(total).toBeCloseTo(6, 12);
    expect(s.responsibility.byDepartment.find((d) => d.key === 'purchasing')!.ratio).toBeCloseTo(0.25, 12);
  });

  it('by supplier: purchasing shares only, the alias 宁波五金厂 merged with 宁波五金', () => {
    expect(rounded(s.responsibility.bySupplier)).toEqual({ 'id:s-nb': 1.5 });
    expect(labels(s.responsibility.bySupplier)).toEqual({ 'id:s-nb': '宁波五金' });
  });

  it('losses in fen by kind and by bearing department, without the 7-day return freight', () => {
    expect(s.losses.totalFen).toBe(65_000);
    expect(counts(s.losses.byKind)).toEqual({ compensation: 50_000, loss: 10_000, repair: 3_000, freight: 2_000 });
    expect(counts(s.losses.byDepartment)).toEqual({ purchasing: 50_000, production: 10_000, quality: 3_000, '': 2_000 });
    expect(s.losses.casesWithCosts).toBe(3);
  });

  it('opened / closed / still open: a case opened in October and closed in November is closed in November', () => {
    expect(s.flow).toEqual({ openAtStart: 2, opened: 9, closed: 7, openAtEnd: 4 });
    // r7, r8 open at the start; r8, r9, r11, r13 (closed 12-03) open at the end.
  });

  it('closure on time: 13 days domestic (day 13 on time, day 14 late), 17 days foreign', () => {
    // On time: r1 (day 13 exactly), r3 (foreign, day 16), r12, r14. Late: r2 23 h, r4 25 h, r7 192 h.
    expect(s.closure.closedOnTime).toBe(4);
    expect(s.closure.closedLate).toBe(3);
    expect(s.closure.onTimeRate).toBeCloseTo(4 / 7, 12);
    expect(s.closure.averageLateMs).toBe(((23 + 25 + 192) / 3) * HOUR);
    expect(s.closure.worstLateMs).toBe(192 * HOUR);
    // Open at the end and past due at 12-01 00:00: r8 566 h, r11 182 h, r13 86 h.
    expect(s.closure.openOverdue).toBe(3);
    expect(s.closure.averageOverdueMs).toBe(((566 + 182 + 86) / 3) * HOUR);
    expect(s.closure.worstOverdueMs).toBe(566 * HOUR);
  });

  it('the trend of a one-month period is that month', () => {
    expect(s.trend).toEqual([{ month: '2026-11', received: 9, closed: 7, defective: 25, defectiveUnknown: 3 }]);
  });
});

describe('statistics of November on the closed basis (the seed\'s 统计表: cases closed last month)', () => {
  const s = computeStatistics(NOVEMBER_ROWS, { range: NOV, masterData: MASTER, basis: 'closed' });

  it('breakdowns, responsibility and losses count the 7 complaints closed in November', () => {
    expect(s.complaints).toBe(9); // received: unchanged by the basis
    expect(s.selected).toBe(7); // r1 r2 r3 r4 r7 r12 r14
    expect(counts(s.byCustomer)).toEqual({ 'id:c-hw': 4, 'id:c-md': 1, 'name:acme gmbh': 2 });
    expect(s.responsibility.casesWithShares).toBe(6);
    expect(s.responsibility.casesWithoutShares).toBe(1);
    expect(rounded(s.responsibility.byDepartment)).toEqual({ production: 2.033, quality: 1.8, purchasing: 1.5, sales: 0.334, technical: 0.333 });
    expect(s.losses.totalFen).toBe(73_000); // r7's loss joins
    expect(s.flow).toEqual({ openAtStart: 2, opened: 9, closed: 7, openAtEnd: 4 });
  });
});

describe('closure deadline: calendar days to the minute of receipt, as on the case', () => {
  const received = at('2026-11-02T10:00:00+08:00');
  it('day 13 at the same minute is on time; a minute later, or day 14, is late', () => {
    expect(closureDueMs(received, 'domestic')).toBe(at('2026-11-15T10:00:00+08:00'));
    expect(closureDueMs(received, 'foreign')).toBe(at('2026-11-19T10:00:00+08:00'));
    const closedAt = (iso: string) => computeStatistics([row({ closedAt: iso })], { range: NOV, masterData: [] }).closure;
    expect(closedAt('2026-11-15T10:00:00+08:00').closedOnTime).toBe(1);
    expect(closedAt('2026-11-15T10:01:00+08:00')).toMatchObject({ closedOnTime: 0, closedLate: 1, worstLateMs: 60_000 });
    expect(closedAt('2026-11-16T08:00:00+08:00')).toMatchObject({ closedOnTime: 0, closedLate: 1 });
  });

  it('settable days: 10 domestic makes day 11 late', () => {
    const s = computeStatistics([row({ closedAt: '2026-11-13T10:00:00+08:00' })], { range: NOV, masterData: [], closureRules: { closureDaysDomestic: 10, closureDaysForeign: 17 } });
    expect(s.closure.closedLate).toBe(1);
  });

  it('"now" before the end of the period counts overdue time up to now', () => {
    const s = computeStatistics(NOVEMBER_ROWS, { range: NOV, masterData: MASTER, nowMs: at('2026-11-24T10:00:00+08:00') });
    // r8 due 11-07 10:00 → 17 days; r11 due 11-23 10:00 → 1 day; r13 due 11-27 is not yet due.
    expect(s.closure.openOverdue).toBe(2);
    expect(s.closure.worstOverdueMs).toBe(17 * 24 * HOUR);
  });
});

describe('edge cases', () => {
  it('an empty period: zeros for counts, null (not 0 %) for rates and averages', () => {
    const s = computeStatistics(NOVEMBER_ROWS, { range: periodRange({ kind: 'month', month: '2025-02' })!, masterData: MASTER });
    expect(s.complaints).toBe(0);
    expect(s.byCustomer).toEqual([]);
    expect(s.responsibility).toEqual({ casesWithShares: 0, casesWithoutShares: 0, byDepartment: [], bySupplier: [] });
    expect(s.closure).toEqual({ closedOnTime: 0, closedLate: 0, onTimeRate: null, averageLateMs: null, worstLateMs: null, openOverdue: 0, averageOverdueMs: null, worstOverdueMs: null });
    expect(s.losses.totalFen).toBe(0);
  });

  it('no rows at all', () => {
    const s = computeStatistics([], { range: NOV, masterData: [] });
    expect(s.flow).toEqual({ openAtStart: 0, opened: 0, closed: 0, openAtEnd: 0 });
    expect(s.trend).toEqual([{ month: '2026-11', received: 0, closed: 0, defective: 0, defectiveUnknown: 0 }]);
  });

  it('a row whose stored projection lacks shares and costs counts as "no shares" and "no costs", without crashing', () => {
    const old = { ...row({}), shares: undefined, costs: undefined } as unknown as StatsRow;
    const s = computeStatistics([old], { range: NOV, masterData: MASTER });
    expect(s.responsibility.casesWithoutShares).toBe(1);
    expect(s.losses).toMatchObject({ totalFen: 0, casesWithCosts: 0 });
  });

  it('an unreadable receivedAt is in no period', () => {
    const s = computeStatistics([row({ receivedAt: 'garbage' })], { range: NOV, masterData: [] });
    expect(s.complaints).toBe(0);
    expect(s.flow.openAtEnd).toBe(0);
  });

  it('shares still short of 100 % leave the rest undecided (key ""), so the case still counts 1', () => {
    const s = computeStatistics([row({ shares: [{ department: 'quality', percent: 70, supplierName: '' }] })], { range: NOV, masterData: [] });
    expect(rounded(s.responsibility.byDepartment)).toEqual({ quality: 0.7, '': 0.3 });
  });

  it('an entry id this PC does not know yet is its own group, not "none"', () => {
    const s = computeStatistics([row({ customerId: 'c-new', customerName: '' })], { range: NOV, masterData: MASTER });
    expect(counts(s.byCustomer)).toEqual({ 'id:c-new': 1 });
  });

  it('a quarter trend has its three months', () => {
    const s = computeStatistics(NOVEMBER_ROWS, { range: periodRange({ kind: 'quarter', year: 2026, quarter: 4 })!, masterData: MASTER });
    expect(s.trend).toEqual([
      { month: '2026-10', received: 2, closed: 1, defective: 2, defectiveUnknown: 0 },
      { month: '2026-11', received: 9, closed: 7, defective: 25, defectiveUnknown: 3 },
      { month: '2026-12', received: 1, closed: 1, defective: 1, defectiveUnknown: 0 },
    ]);
    expect(s.complaints).toBe(12);
  });
});

describe('pareto', () => {
  it('cumulative shares and the vital few up to 80 %', () => {
    const p = pareto([
      { key: 'b', label: 'B', count: 2 },
      { key: 'a', label: 'A', count: 6 },
      { key: 'c', label: 'C', count: 1 },
      { key: 'd', label: 'D', count: 1 },
    ]);
    expect(p.map((i) => [i.key, i.cumulative, i.vital])).toEqual([
      ['a', 0.6, true],
      ['b', 0.8, true],
      ['c', 0.9, false],
      ['d', 1, false],
    ]);
    expect(pareto([])).toEqual([]);
  });
});

it('NOVEMBER fixture is what the tests say', () => {
  expect(Object.keys(NOVEMBER)).toHaveLength(15);
});
