import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  factoryDate,
  factoryDateTime,
  factoryDateTimeText,
  factoryDayParts,
  factoryDayRange,
  factoryDayStart,
  factoryMonth,
  factoryMonthRange,
  factoryQuarterRange,
  factoryYearRange,
  isSameFactoryDay,
  parseFactoryDateTime,
  toFactoryIso,
} from '../../../../shared/domain/factory-calendar';

// Every instant is written with its zone, so the PC's time zone cannot matter
// (factory-calendar-pc-zone.test.ts runs the same functions under other zones).
const at = (iso: string) => Date.parse(iso);

describe('factory calendar (+08:00 by default)', () => {
  it('a factory day starts at 00:00 +08:00, which is 16:00 UTC the day before', () => {
    expect(factoryDate(at('2026-11-23T15:59:59.999Z'))).toBe('2026-11-23');
    expect(factoryDate(at('2026-11-23T16:00:00Z'))).toBe('2026-11-24');
    expect(factoryDayStart('2026-11-24')).toBe(at('2026-11-23T16:00:00Z'));
    expect(factoryDayRange(at('2026-11-24T12:00:00+08:00'))).toEqual({ from: at('2026-11-24T00:00:00+08:00'), to: at('2026-11-25T00:00:00+08:00') });
  });

  it('months end at the factory midnight, not UTC or the PC', () => {
    expect(factoryMonth(at('2026-11-30T23:59:59+08:00'))).toBe('2026-11');
    expect(factoryMonth(at('2026-11-30T16:00:00Z'))).toBe('2026-12');
    expect(factoryMonthRange(at('2026-11-15T08:00:00+08:00'))).toEqual({ from: at('2026-11-01T00:00:00+08:00'), to: at('2026-12-01T00:00:00+08:00') });
  });

  it('leap day: February 2028 has 29 days, 2026 has 28', () => {
    expect(factoryMonthRange(at('2028-02-10T10:00:00+08:00'))).toEqual({ from: at('2028-02-01T00:00:00+08:00'), to: at('2028-03-01T00:00:00+08:00') });
    expect(factoryDate(at('2028-02-29T16:00:00Z'))).toBe('2028-03-01');
    expect(factoryDayStart('2028-02-29')).toBe(at('2028-02-29T00:00:00+08:00'));
    expect(factoryDayStart('2026-02-29')).toBeNull();
    expect(daysBetween(at('2028-02-28T12:00:00+08:00'), at('2028-03-01T12:00:00+08:00'))).toBe(2);
    expect(daysBetween(at('2026-02-28T12:00:00+08:00'), at('2026-03-01T12:00:00+08:00'))).toBe(1);
  });

  it('year end: the new year starts at 2026-12-31T16:00Z', () => {
    const newYear = at('2027-01-01T00:00:00+08:00');
    expect(factoryDayParts(newYear - 1)).toEqual({ year: 2026, month: 12, day: 31 });
    expect(factoryDayParts(newYear)).toEqual({ year: 2027, month: 1, day: 1 });
    expect(factoryYearRange(newYear - 1)).toEqual({ from: at('2026-01-01T00:00:00+08:00'), to: newYear });
    expect(factoryQuarterRange(newYear - 1)).toEqual({ from: at('2026-10-01T00:00:00+08:00'), to: newYear });
    expect(factoryQuarterRange(at('2027-05-20T09:00:00+08:00'))).toEqual({ from: at('2027-04-01T00:00:00+08:00'), to: at('2027-07-01T00:00:00+08:00') });
  });

  it('same day and days between count factory days', () => {
    expect(isSameFactoryDay(at('2026-11-23T00:00:00+08:00'), at('2026-11-23T23:59:59+08:00'))).toBe(true);
    // the same UTC date, two factory days
    expect(isSameFactoryDay(at('2026-11-23T15:00:00Z'), at('2026-11-23T17:00:00Z'))).toBe(false);
    expect(daysBetween(at('2026-11-23T23:59:00+08:00'), at('2026-11-24T00:01:00+08:00'))).toBe(1);
    expect(daysBetween(at('2026-11-24T00:01:00+08:00'), at('2026-11-23T23:59:00+08:00'))).toBe(-1);
    expect(daysBetween(at('2026-12-31T08:00:00+08:00'), at('2027-01-02T08:00:00+08:00'))).toBe(2);
  });

  it('writes and reads factory-local times', () => {
    const ms = at('2026-11-23T01:30:45.123Z');
    expect(toFactoryIso(ms)).toBe('2026-11-23T09:30:45+08:00');
    expect(factoryDateTime(ms)).toBe('2026-11-23T09:30');
    expect(parseFactoryDateTime('2026-11-23T09:30')).toBe(at('2026-11-23T01:30:00Z'));
    expect(parseFactoryDateTime('2026-11-24T00:00:30')).toBe(at('2026-11-23T16:00:30Z'));
    for (const bad of ['2026-02-30T10:00', '2026-11-23T24:00', '2026-11-23 09:30', '2026-11-23', '']) expect(parseFactoryDateTime(bad)).toBeNull();
  });

  it('shows stored texts on the factory clock; plain dates and zoneless times as written', () => {
    expect(factoryDateTimeText('2026-11-23T17:30:00Z')).toBe('2026-11-24 01:30');
    expect(factoryDateTimeText('2026-11-24T01:30:00+08:00')).toBe('2026-11-24 01:30');
    expect(factoryDateTimeText('2026-11-23T12:30:00-05:00')).toBe('2026-11-24 01:30');
    expect(factoryDateTimeText('2026-11-24')).toBe('2026-11-24');
    expect(factoryDateTimeText('2026-11-24T01:30')).toBe('2026-11-24 01:30');
    expect(factoryDateTimeText('客户加工中')).toBe('客户加工中');
    expect(factoryDateTimeText(null)).toBe('');
  });

  it('another factory offset moves every boundary with it', () => {
    const ms = at('2026-11-23T03:00:00Z');
    expect(factoryDate(ms, -300)).toBe('2026-11-22');
    expect(toFactoryIso(ms, -300)).toBe('2026-11-22T22:00:00-05:00');
    expect(toFactoryIso(ms, 330)).toBe('2026-11-23T08:30:00+05:30');
    expect(parseFactoryDateTime('2026-11-22T22:00', -300)).toBe(ms);
    expect(factoryMonthRange(ms, 0)).toEqual({ from: at('2026-11-01T00:00:00Z'), to: at('2026-12-01T00:00:00Z') });
  });
});
