import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EIGHTD_NUMBER_PATTERN, eightDNumberScope, formatEightDNumber, nextEightDSerial } from '../../../../../shared/domain/eightd/numbering';
import { checkPattern, serialInScope } from '../../../../../shared/domain/numbering';

const day = (station: string) => ({ year: 2026, month: 11, day: 23, station });

describe('8D numbers', () => {
  it('look like the seed (8D + date + serial) with the station after a dash', () => {
    expect(checkPattern(DEFAULT_EIGHTD_NUMBER_PATTERN)).toBeNull();
    expect(formatEightDNumber(day('B'), 1)).toBe('8D20261123001-B');
    expect(formatEightDNumber({ year: 2017, month: 3, day: 31, station: 'QC1' }, 1)).toBe('8D20170331001-QC1');
    expect(formatEightDNumber(day('B'), 1234)).toBe('8D202611231234-B');
    expect(eightDNumberScope(day('B'))).toBe('8D20261123{SEQ}-B');
  });

  it('refuses an ambiguous pattern and serials below 1', () => {
    expect(() => formatEightDNumber(day('B'), 1, '8D{YYYY}{MM}{DD}{STATION}{SEQ:3}')).toThrow(/stationNextToSeq/);
    expect(() => formatEightDNumber(day('B'), 0)).toThrow(/serial/);
  });

  it('never collide between stations, days or serials, also past 999 a day (property)', () => {
    const stations = fc.stringMatching(/^[A-Z0-9]{1,4}$/);
    const key = fc.record({ station: stations, day: fc.integer({ min: 1, max: 28 }), serial: fc.integer({ min: 1, max: 100_000 }) });
    fc.assert(
      fc.property(key, key, (a, b) => {
        const na = formatEightDNumber({ year: 2026, month: 11, day: a.day, station: a.station }, a.serial);
        const nb = formatEightDNumber({ year: 2026, month: 11, day: b.day, station: b.station }, b.serial);
        const same = a.station === b.station && a.day === b.day && a.serial === b.serial;
        expect(na === nb).toBe(same);
      }),
      { numRuns: 2000 },
    );
    // the collision the default avoids: station "1" serial 12 vs station "11" serial 2
    expect(formatEightDNumber(day('1'), 12)).not.toBe(formatEightDNumber(day('11'), 2));
  });

  it('the next serial is above what this PC issued and what is stored in the scope', () => {
    const scope = eightDNumberScope(day('B'));
    expect(nextEightDSerial(scope, 0, [])).toBe(1);
    expect(nextEightDSerial(scope, 3, ['8D20261123002-B'])).toBe(4);
    expect(nextEightDSerial(scope, 3, ['8D20261123007-B', '8D20261123099-C', '8D20261124050-B'])).toBe(8);
    expect(serialInScope(scope, '8D202611231234-B')).toBe(1234);
  });
});
