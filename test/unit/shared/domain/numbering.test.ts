import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checkPattern,
  DEFAULT_CASE_NUMBER_PATTERN,
  formatCaseNumber,
  numberingContext,
  numberScope,
  serialInScope,
  splitScope,
  STATION_CODE,
  type NumberingContext,
} from '../../../../shared/domain/numbering';
import { defaultSettings, settingsSchema } from '../../../../shared/domain/settings';

const nov23B: NumberingContext = { year: 2026, month: 11, day: 23, station: 'B' };

describe('formatCaseNumber', () => {
  it('renders the default pattern as YYMM-STATION-SEQ', () => {
    expect(formatCaseNumber(DEFAULT_CASE_NUMBER_PATTERN, nov23B, 7)).toBe('2611-B-007');
  });

  it('renders every token', () => {
    expect(formatCaseNumber('KS{YYYY}{MM}{DD}-{STATION}-{SEQ:4}', { year: 2026, month: 3, day: 5, station: 'QC1' }, 42)).toBe('KS20260305-QC1-0042');
    expect(formatCaseNumber('{STATION}{YY}-{SEQ}', { year: 2005, month: 1, day: 1, station: 'A' }, 9)).toBe('A05-9');
  });

  it('lets the serial grow past the padding width', () => {
    expect(formatCaseNumber(DEFAULT_CASE_NUMBER_PATTERN, nov23B, 1234)).toBe('2611-B-1234');
  });
});

describe('numberScope and serialInScope', () => {
  it('the scope is the number without its serial', () => {
    expect(numberScope(DEFAULT_CASE_NUMBER_PATTERN, nov23B)).toBe('2611-B-{SEQ}');
    expect(splitScope('2611-B-{SEQ}')).toEqual({ before: '2611-B-', after: '' });
  });

  it('reads the serial back from numbers of the same scope only', () => {
    const scope = numberScope(DEFAULT_CASE_NUMBER_PATTERN, nov23B);
    expect(serialInScope(scope, '2611-B-007')).toBe(7);
    expect(serialInScope(scope, '2611-B-1234')).toBe(1234);
    expect(serialInScope(scope, '2611-C-007')).toBeNull(); // other station
    expect(serialInScope(scope, '2612-B-007')).toBeNull(); // other month
    expect(serialInScope(scope, '2611-B-007x')).toBeNull();
    expect(serialInScope(scope, '2611-B-')).toBeNull();
  });

  it('treats regex characters in the pattern literally', () => {
    const pattern = 'Q.C({YY}{MM})+{STATION}*{SEQ:3}';
    const scope = numberScope(pattern, nov23B);
    expect(serialInScope(scope, formatCaseNumber(pattern, nov23B, 12))).toBe(12);
    expect(serialInScope(scope, 'QxC(2611)+B*012')).toBeNull();
  });

  it('works with a "#" in the pattern text (regression: "#" used to be the serial marker)', () => {
    const pattern = '#{YY}{MM}-{STATION}-No.#{SEQ:3}';
    expect(checkPattern(pattern)).toBeNull();
    const scope = numberScope(pattern, nov23B);
    expect(serialInScope(scope, formatCaseNumber(pattern, nov23B, 5))).toBe(5);
  });

  it('works when the serial comes first', () => {
    const pattern = '{SEQ:3}/{STATION}/{YYYY}';
    const scope = numberScope(pattern, nov23B);
    expect(splitScope(scope).before).toBe('');
    expect(serialInScope(scope, '017/B/2026')).toBe(17);
  });

  it('round-trips any serial through format and serialInScope (property)', () => {
    const stations = fc.stringMatching(/^[A-Z0-9]{1,4}$/);
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        stations,
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.constantFrom(DEFAULT_CASE_NUMBER_PATTERN, '{YYYY}{MM}{DD}-{STATION}-{SEQ:4}', 'KS-{STATION}-{YY}-{SEQ}', '{SEQ:5}#{STATION}#{YY}{MM}'),
        (year, month, day, station, serial, pattern) => {
          const ctx = { year, month, day, station };
          return serialInScope(numberScope(pattern, ctx), formatCaseNumber(pattern, ctx, serial)) === serial;
        },
      ),
    );
  });

  it('rolls over to a new scope every month (YYMM), so serials restart', () => {
    const dec = numberingContext(Date.parse('2026-12-31T23:59:00+08:00'), 'B');
    const jan = numberingContext(Date.parse('2027-01-01T00:00:00+08:00'), 'B');
    const decScope = numberScope(DEFAULT_CASE_NUMBER_PATTERN, dec);
    const janScope = numberScope(DEFAULT_CASE_NUMBER_PATTERN, jan);
    expect(decScope).toBe('2612-B-{SEQ}');
    expect(janScope).toBe('2701-B-{SEQ}');
    expect(serialInScope(janScope, formatCaseNumber(DEFAULT_CASE_NUMBER_PATTERN, dec, 99))).toBeNull();
    expect(formatCaseNumber(DEFAULT_CASE_NUMBER_PATTERN, jan, 1)).toBe('2701-B-001');
  });

  it('numberingContext takes the factory date, whatever the PC zone', () => {
    expect(numberingContext(Date.parse('2026-02-28T23:59:59+08:00'), 'Z9')).toEqual({ year: 2026, month: 2, day: 28, station: 'Z9' });
    // 2026-02-28 16:30 UTC (still the 28th in London and New York) is already March 1st in the factory: number 2603.
    const march = numberingContext(Date.parse('2026-02-28T16:30:00Z'), 'B');
    expect(march).toEqual({ year: 2026, month: 3, day: 1, station: 'B' });
    expect(numberScope(DEFAULT_CASE_NUMBER_PATTERN, march)).toBe('2603-B-{SEQ}');
  });
});

describe('checkPattern', () => {
  it('accepts valid patterns', () => {
    expect(checkPattern(DEFAULT_CASE_NUMBER_PATTERN)).toBeNull();
    expect(checkPattern('{YYYY}{MM}{DD}{STATION}-{SEQ:6}')).toBeNull();
  });

  it.each([
    ['{YY}{MM}-{STATION}', 'missingSeq'],
    ['{YY}{MM}-{SEQ:3}', 'missingStation'],
    ['{YY}{SEQ}-{STATION}-{SEQ:3}', 'duplicateSeq'],
    ['{YY}{MM}-{STATION}-{SEQ:3}-{FOO}', 'unknownToken'],
    ['{YY}{MM}-{STATION}-{SEQ:10}', 'unknownToken'],
    ['{yy}-{STATION}-{SEQ}', 'unknownToken'],
    ['{YY}{MM}-{STATION}-{SEQ:3}}', 'unknownToken'],
    ['X'.repeat(50) + '{STATION}{SEQ}', 'tooLong'],
    ['{YY}{MM}-{STATION}{SEQ:3}', 'stationNextToSeq'],
    ['{YY}{MM}-{SEQ}{STATION}', 'stationNextToSeq'],
    ['{SEQ:4}{STATION}{YY}', 'stationNextToSeq'],
  ] as const)('%s → %s', (pattern, problem) => {
    expect(checkPattern(pattern)).toBe(problem);
  });
});

describe('station next to serial (the ambiguity checkPattern refuses)', () => {
  it('would give two PCs the same number', () => {
    const ctx = (station: string) => ({ year: 2026, month: 11, day: 23, station });
    expect(formatCaseNumber('{YY}{MM}-{STATION}{SEQ}', ctx('1'), 12)).toBe(formatCaseNumber('{YY}{MM}-{STATION}{SEQ}', ctx('11'), 2));
    expect(formatCaseNumber('{YY}{MM}-{STATION}{SEQ:3}', ctx('1'), 1234)).toBe(formatCaseNumber('{YY}{MM}-{STATION}{SEQ:3}', ctx('11'), 234));
  });

  it('a settings file that holds such a pattern still loads (numbering refuses it at use, the settings page shows why)', () => {
    const settings = { ...defaultSettings('22222222-2222-4222-8222-222222222222'), caseNumberPattern: '{YY}{MM}-{STATION}{SEQ:3}' };
    expect(settingsSchema.safeParse(settings).success).toBe(true);
    expect(settingsSchema.safeParse({ ...settings, caseNumberPattern: '{YY}{MM}-{SEQ:3}' }).success).toBe(false);
  });

  it('any literal text between them is accepted', () => {
    expect(checkPattern('{YY}{MM}-{STATION}-{SEQ:3}')).toBeNull();
    expect(checkPattern('{SEQ:3}/{STATION}')).toBeNull();
    expect(checkPattern('{STATION}{YY}{MM}-{SEQ}')).toBeNull();
  });
});

describe('STATION_CODE', () => {
  it('allows 1–4 capital letters or digits', () => {
    for (const ok of ['A', 'B2', 'QC01']) expect(STATION_CODE.test(ok)).toBe(true);
    for (const bad of ['', 'b', 'ABCDE', 'A-1', '#', '{SEQ}']) expect(STATION_CODE.test(bad)).toBe(false);
  });
});
