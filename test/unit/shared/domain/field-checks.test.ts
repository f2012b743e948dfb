import { describe, expect, it } from 'vitest';
import { hasErrors, isMoment, isPlainDate, pick } from '../../../../shared/domain/field-checks';

describe('field checks', () => {
  it('a plain date is a real calendar day', () => {
    expect(isPlainDate('2028-02-29')).toBe(true);
    expect(isPlainDate('2026-02-29')).toBe(false);
    expect(isPlainDate('2026-13-01')).toBe(false);
    expect(isPlainDate('2026-11-23T00:00')).toBe(false);
    expect(isPlainDate(20261123)).toBe(false);
  });

  it('a moment is ISO date-time text that parses', () => {
    expect(isMoment('2026-11-23T09:30:00+08:00')).toBe(true);
    expect(isMoment('2026-11-23')).toBe(false);
    expect(isMoment('2026-11-23Tlater')).toBe(false);
  });

  it('pick keeps the listed keys that are given, and copies arrays', () => {
    const photos = ['p1'];
    const input: { a: number; b?: number; c: string[]; d: string } = { a: 1, b: undefined, c: photos, d: 'not listed' };
    const out = pick(input, ['a', 'b', 'c']);
    expect(out).toEqual({ a: 1, c: ['p1'] });
    expect(out.c).not.toBe(photos);
    expect(hasErrors({})).toBe(false);
    expect(hasErrors({ a: 'required' })).toBe(true);
  });
});
