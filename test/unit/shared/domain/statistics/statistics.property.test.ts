// Properties a clerk sees on the 统计 page, for random cases:
//  - the departments' weighted counts always add up to the cases that have
//    shares (split 70/30, thirds 33.3/33.3/33.4, still short of 100 %, or
//    over 100 % after two PCs' shares merged), and every breakdown adds up
//    to the complaints it counts;
//  - open at the start + opened − closed = open at the end.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEPARTMENTS } from '../../../../../shared/domain/lifecycle/records';
import { periodRange } from '../../../../../shared/domain/statistics/periods';
import { computeStatistics } from '../../../../../shared/domain/statistics/statistics';
import type { StatsRow } from '../../../../../shared/domain/statistics/rows';
import { MASTER, row } from './month-fixture';

const NOV = periodRange({ kind: 'month', month: '2026-11' })!;
const DAY = 86_400_000;
const toIso = (ms: number) => new Date(ms).toISOString();

// Instants near the period's edges land exactly on them often.
const instant = fc.oneof(
  fc.constantFrom(NOV.from, NOV.to, NOV.from - 1, NOV.to - 1),
  fc.integer({ min: NOV.from - 40 * DAY, max: NOV.to + 40 * DAY }),
);
const share = fc.record({
  department: fc.constantFrom(...DEPARTMENTS),
  percent: fc.integer({ min: 1, max: 1000 }).map((tenths) => tenths / 10),
  supplierName: fc.constantFrom('', '宁波五金', '宁波五金厂', 'Other Co'),
});
const aRow: fc.Arbitrary<StatsRow> = fc
  .record({
    received: instant,
    closed: fc.option(instant, { nil: null }),
    shares: fc.array(share, { maxLength: 4 }),
    complaint: fc.boolean(),
    customer: fc.constantFrom('华为', '华为技术', ' Acme ', 'acme', ''),
    market: fc.constantFrom('domestic' as const, 'foreign' as const),
  })
  .map((r) =>
    row({
      receivedAt: toIso(r.received),
      // Closed no earlier than received (the edges again likely).
      closedAt: r.closed === null ? null : toIso(Math.max(r.received, r.closed)),
      shares: r.shares,
      countsAsComplaint: r.complaint,
      triage: r.complaint ? 'production_quality' : 'seven_day_return',
      customerId: '',
      customerName: r.customer,
      market: r.market,
    }),
  );

const sum = (items: readonly { count: number }[]) => items.reduce((s, i) => s + i.count, 0);

describe('statistics properties', () => {
  it('department counts sum to the cases with shares; breakdowns sum to the complaints counted', () => {
    fc.assert(
      fc.property(fc.array(aRow, { maxLength: 40 }), fc.constantFrom('received' as const, 'closed' as const), (rows, basis) => {
        const s = computeStatistics(rows, { range: NOV, masterData: MASTER, basis });
        const r = s.responsibility;
        expect(sum(r.byDepartment)).toBeCloseTo(r.casesWithShares, 9);
        expect(r.casesWithShares + r.casesWithoutShares).toBe(s.selected);
        for (const d of r.byDepartment) expect(d.count).toBeGreaterThan(0);
        for (const list of [s.byCustomer, s.byModel, s.byDefectType, s.bySeverity, s.byCategory, s.byMarket, s.byTriage]) expect(sum(list)).toBe(s.selected);
        expect(sum(s.losses.byKind)).toBe(s.losses.totalFen);
      }),
      { numRuns: 500 },
    );
  });

  it('open at the start + opened − closed = open at the end', () => {
    fc.assert(
      fc.property(fc.array(aRow, { maxLength: 40 }), (rows) => {
        const { flow } = computeStatistics(rows, { range: NOV, masterData: MASTER });
        expect(flow.openAtStart + flow.opened - flow.closed).toBe(flow.openAtEnd);
      }),
      { numRuns: 500 },
    );
  });
});
