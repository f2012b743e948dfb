// parseInstant must read every stored instant exactly as Date.parse does
// (it only reads the common shape faster).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInstant } from '../../../../../shared/domain/statistics/instants';

const pad = (n: number, len = 2) => String(n).padStart(len, '0');

describe('parseInstant', () => {
  it('equals Date.parse on ISO instants with any zone, with or without seconds and milliseconds', () => {
    const iso = fc
      .record({
        ms: fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(2200, 0, 1) }),
        offset: fc.oneof(fc.constant(480), fc.integer({ min: -720, max: 840 })),
        form: fc.constantFrom('Z', 'offset', 'noSeconds', 'millis', 'micros'),
      })
      .map(({ ms, offset, form }) => {
        if (form === 'Z') return new Date(ms).toISOString();
        const wall = new Date(ms + offset * 60_000).toISOString();
        const zone = `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
        if (form === 'noSeconds') return `${wall.slice(0, 16)}${zone}`;
        if (form === 'millis') return `${wall.slice(0, 23)}${zone}`;
        if (form === 'micros') return `${wall.slice(0, 23)}123${zone}`;
        return `${wall.slice(0, 19)}${zone}`;
      });
    fc.assert(
      fc.property(iso, (text) => {
        expect(parseInstant(text)).toBe(Date.parse(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('hands anything else to Date.parse (same answer, NaN included)', () => {
    const texts = [
      '2026-11-30T23:30:00+08:00',
      '2026-02-30T10:00:00+08:00',
      '2026-02-29T10:00:00Z',
      '2028-02-29T10:00:00Z',
      '2026-13-01T10:00:00Z',
      '2026-11-30T24:00:00Z',
      '2026-11-30T23:30:00',
      '2026-11-30',
      '0050-01-01T00:00:00Z',
      '2026-11-30T23:30:00+0800',
      '2026-11-30T23:30:00+08:00junk',
      '2026-1x-30T23:30:00Z',
      'garbage',
      '',
    ];
    for (const t of texts) expect([t, parseInstant(t)]).toEqual([t, Date.parse(t)]);
    fc.assert(fc.property(fc.string({ maxLength: 30 }), (t) => Object.is(parseInstant(t), Date.parse(t))), { numRuns: 2000 });
  });
});
