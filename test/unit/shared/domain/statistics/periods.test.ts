import { describe, expect, it } from 'vitest';
import { inRange, monthsOf, periodOf, periodRange } from '../../../../../shared/domain/statistics/periods';

// Every instant carries its zone: the PC's zone cannot matter.
const at = (iso: string) => Date.parse(iso);

describe('statistics periods by the factory calendar (+08:00)', () => {
  it('a month runs from the factory midnight of its 1st to that of the next month', () => {
    expect(periodRange({ kind: 'month', month: '2026-11' })).toEqual({ from: at('2026-11-01T00:00:00+08:00'), to: at('2026-12-01T00:00:00+08:00') });
    expect(periodRange({ kind: 'month', month: '2026-12' })).toEqual({ from: at('2026-12-01T00:00:00+08:00'), to: at('2027-01-01T00:00:00+08:00') });
    expect(periodRange({ kind: 'month', month: '2028-02' })!.to).toBe(at('2028-03-01T00:00:00+08:00'));
  });

  it('a case received 2026-11-30 23:30 +08:00 (15:30 UTC) is November; 16:00 UTC that day is December', () => {
    const nov = periodRange({ kind: 'month', month: '2026-11' })!;
    const dec = periodRange({ kind: 'month', month: '2026-12' })!;
    expect(inRange(at('2026-11-30T23:30:00+08:00'), nov)).toBe(true);
    expect(inRange(at('2026-11-30T23:30:00+08:00'), dec)).toBe(false);
    expect(inRange(at('2026-11-30T16:00:00Z'), nov)).toBe(false);
    expect(inRange(at('2026-11-30T16:00:00Z'), dec)).toBe(true);
    expect(periodOf('month', at('2026-11-30T23:30:00+08:00'))).toEqual({ kind: 'month', month: '2026-11' });
    expect(periodOf('month', at('2026-10-31T16:00:00Z'))).toEqual({ kind: 'month', month: '2026-11' });
  });

  it('quarters and years', () => {
    expect(periodRange({ kind: 'quarter', year: 2026, quarter: 4 })).toEqual({ from: at('2026-10-01T00:00:00+08:00'), to: at('2027-01-01T00:00:00+08:00') });
    expect(periodRange({ kind: 'quarter', year: 2026, quarter: 1 })).toEqual({ from: at('2026-01-01T00:00:00+08:00'), to: at('2026-04-01T00:00:00+08:00') });
    expect(periodRange({ kind: 'year', year: 2026 })).toEqual({ from: at('2026-01-01T00:00:00+08:00'), to: at('2027-01-01T00:00:00+08:00') });
    expect(periodOf('quarter', at('2026-09-30T23:59:00+08:00'))).toEqual({ kind: 'quarter', year: 2026, quarter: 3 });
    expect(periodOf('quarter', at('2026-09-30T16:00:00Z'))).toEqual({ kind: 'quarter', year: 2026, quarter: 4 });
    expect(periodOf('year', at('2026-12-31T16:00:00Z'))).toEqual({ kind: 'year', year: 2027 });
  });

  it('a custom range includes both its days', () => {
    expect(periodRange({ kind: 'range', from: '2026-11-28', to: '2026-12-02' })).toEqual({ from: at('2026-11-28T00:00:00+08:00'), to: at('2026-12-03T00:00:00+08:00') });
    expect(periodRange({ kind: 'range', from: '2026-11-28', to: '2026-11-28' })).toEqual({ from: at('2026-11-28T00:00:00+08:00'), to: at('2026-11-29T00:00:00+08:00') });
  });

  it('names that are no real span give null', () => {
    expect(periodRange({ kind: 'month', month: '2026-13' })).toBeNull();
    expect(periodRange({ kind: 'month', month: '2026-1' })).toBeNull();
    expect(periodRange({ kind: 'quarter', year: 2026, quarter: 5 })).toBeNull();
    expect(periodRange({ kind: 'range', from: '2026-12-02', to: '2026-11-28' })).toBeNull();
    expect(periodRange({ kind: 'range', from: '2026-02-30', to: '2026-03-02' })).toBeNull();
  });

  it('the months of a period, in order', () => {
    expect(monthsOf(periodRange({ kind: 'quarter', year: 2026, quarter: 4 })!)).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(monthsOf(periodRange({ kind: 'year', year: 2026 })!)).toHaveLength(12);
    expect(monthsOf(periodRange({ kind: 'range', from: '2026-11-28', to: '2027-01-02' })!)).toEqual(['2026-11', '2026-12', '2027-01']);
    expect(monthsOf({ from: 5, to: 5 })).toEqual([]);
    expect(inRange(NaN, { from: 0, to: 10 })).toBe(false);
  });
});
