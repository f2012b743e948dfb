import { describe, expect, it } from 'vitest';
import { addMonthsToDate, closedEffectCheck, validateEffectCheck, validateEffectCheckDue } from '../../../../../shared/domain/lifecycle/effect-check';

describe('effect check rules', () => {
  it('is due 3 months after the factory day of closing, on the last day of a shorter month', () => {
    expect(closedEffectCheck('2026-11-30T17:00:00Z')).toEqual({ effectCheckDueDate: '2027-03-01', effectCheck: null }); // 01:00 on Dec 1st at the factory
    expect(closedEffectCheck('2026-11-30T10:00:00+08:00').effectCheckDueDate).toBe('2027-02-28');
    expect(addMonthsToDate('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonthsToDate('2026-10-15', 3)).toBe('2027-01-15');
  });

  it('needs a result, a real date not after today, and a note when the measures did not work', () => {
    expect(validateEffectCheck({ result: 'effective', checkedOn: '2026-12-01', note: '' }, '2026-12-01')).toEqual({});
    expect(validateEffectCheck({ result: 'effective', checkedOn: '2026-12-02', note: '' }, '2026-12-01')).toEqual({ checkedOn: 'future' });
    expect(validateEffectCheck({ result: 'effective', checkedOn: '2026-02-30', note: '' }, '2026-12-01')).toEqual({ checkedOn: 'invalid' });
    expect(validateEffectCheck({ result: 'ineffective', checkedOn: '2026-11-01', note: '  ' }, '2026-12-01')).toEqual({ note: 'required' });
    expect(validateEffectCheck({ result: 'maybe' as 'effective', checkedOn: '2026-11-01', note: 'x'.repeat(2001) }, '2026-12-01')).toEqual({ result: 'required', note: 'tooLong' });
  });

  it('a due date is a real date on or after the day of closing', () => {
    expect(validateEffectCheckDue('2027-03-01', '2026-12-01')).toEqual({});
    expect(validateEffectCheckDue('2026-12-01', '2026-12-01')).toEqual({});
    expect(validateEffectCheckDue('2026-11-30', '2026-12-01')).toEqual({ effectCheckDueDate: 'beforeClosing' });
    expect(validateEffectCheckDue('2027-3-1', '2026-12-01')).toEqual({ effectCheckDueDate: 'invalid' });
  });
});
