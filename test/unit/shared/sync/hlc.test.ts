import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  compareHlc,
  formatHlc,
  HLC_ZERO,
  HybridClock,
  isHlcText,
  MAX_COUNTER,
  parseHlc,
  receiveHlc,
  tickHlc,
  type Hlc,
} from '../../../../shared/sync/hlc';

/** A wall clock the test moves by hand. */
function manualClock(start: number) {
  let t = start;
  return {
    now: () => t,
    set: (ms: number) => {
      t = ms;
    },
  };
}

const hlcArb: fc.Arbitrary<Hlc> = fc.record({
  wall: fc.integer({ min: 0, max: 999_999_999_999_999 }),
  counter: fc.integer({ min: 0, max: MAX_COUNTER }),
});

describe('tickHlc / HybridClock.tick', () => {
  it('uses the wall clock when it moves forward', () => {
    expect(tickHlc({ wall: 1000, counter: 7 }, 2000)).toEqual({ wall: 2000, counter: 0 });
  });

  it('stays monotonic when the wall clock goes backwards', () => {
    const clock = manualClock(1_700_000_000_000);
    const hlc = new HybridClock(HLC_ZERO, clock.now);
    const a = hlc.tick();
    clock.set(1_700_000_000_000 - 3_600_000); // the PC clock is set back one hour
    const b = hlc.tick();
    const c = hlc.tick();
    expect(compareHlc(b, a)).toBeGreaterThan(0);
    expect(compareHlc(c, b)).toBeGreaterThan(0);
    expect(b).toEqual({ wall: a.wall, counter: 1 });
    clock.set(1_700_000_000_001);
    expect(hlc.tick()).toEqual({ wall: 1_700_000_000_001, counter: 0 });
  });

  it('counts within one millisecond', () => {
    const hlc = new HybridClock(HLC_ZERO, () => 5000);
    expect([hlc.tick(), hlc.tick(), hlc.tick()]).toEqual([
      { wall: 5000, counter: 0 },
      { wall: 5000, counter: 1 },
      { wall: 5000, counter: 2 },
    ]);
  });

  it('moves the wall on by 1 ms when the counter would overflow', () => {
    const next = tickHlc({ wall: 5000, counter: MAX_COUNTER }, 5000);
    expect(next).toEqual({ wall: 5001, counter: 0 });
    expect(() => formatHlc(next)).not.toThrow();
  });

  it('ignores a broken wall reading instead of producing an unparseable stamp', () => {
    expect(tickHlc({ wall: 10, counter: 0 }, Number.NaN)).toEqual({ wall: 10, counter: 1 });
    expect(tickHlc({ wall: 10, counter: 0 }, 20.7)).toEqual({ wall: 20, counter: 0 });
    expect(isHlcText(formatHlc(tickHlc(HLC_ZERO, 1_700_000_000_000.5)))).toBe(true);
  });

  it('stays strictly increasing under any sequence of wall readings (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2_000_000_000_000 }), { minLength: 1, maxLength: 200 }), (readings) => {
        let last = HLC_ZERO;
        for (const r of readings) {
          const next = tickHlc(last, r);
          if (compareHlc(next, last) <= 0) return false;
          if (formatHlc(next) <= formatHlc(last)) return false;
          last = next;
        }
        return true;
      }),
    );
  });
});

describe('receiveHlc', () => {
  it('moves past a remote timestamp that is ahead of ours', () => {
    const hlc = new HybridClock({ wall: 1000, counter: 3 }, () => 1000);
    const afterReceive = hlc.receive({ wall: 9000, counter: 4 });
    expect(afterReceive).toEqual({ wall: 9000, counter: 5 });
    // the next local event is after the remote one even though our wall clock is behind
    expect(compareHlc(hlc.tick(), { wall: 9000, counter: 5 })).toBeGreaterThan(0);
  });

  it('is ahead of ours when the remote is behind', () => {
    expect(receiveHlc({ wall: 5000, counter: 2 }, { wall: 10, counter: 99 }, 100)).toEqual({ wall: 5000, counter: 3 });
  });

  it('takes the larger counter when both are in the same millisecond', () => {
    expect(receiveHlc({ wall: 5000, counter: 2 }, { wall: 5000, counter: 8 }, 4000)).toEqual({ wall: 5000, counter: 9 });
  });

  it('uses the wall clock when it is ahead of both', () => {
    expect(receiveHlc({ wall: 5000, counter: 2 }, { wall: 5001, counter: 8 }, 6000)).toEqual({ wall: 6000, counter: 0 });
  });

  it('handles counter overflow', () => {
    expect(receiveHlc({ wall: 5000, counter: 1 }, { wall: 5000, counter: MAX_COUNTER }, 0)).toEqual({ wall: 5001, counter: 0 });
    expect(receiveHlc({ wall: 5000, counter: MAX_COUNTER }, { wall: 10, counter: 0 }, 0)).toEqual({ wall: 5001, counter: 0 });
  });

  it('is after both inputs (property)', () => {
    fc.assert(
      fc.property(hlcArb, hlcArb, fc.integer({ min: 0, max: 999_999_999_999_000 }), (last, remote, now) => {
        const next = receiveHlc(last, remote, now);
        return compareHlc(next, last) > 0 && compareHlc(next, remote) > 0;
      }),
    );
  });
});

describe('formatHlc / parseHlc', () => {
  it('has a fixed-width text form', () => {
    expect(formatHlc({ wall: 1_732_352_400_000, counter: 3 })).toBe('001732352400000-0003');
    expect(formatHlc({ wall: 0, counter: MAX_COUNTER })).toBe('000000000000000-ffff');
  });

  it('round-trips (property)', () => {
    fc.assert(fc.property(hlcArb, (h) => {
        expect(parseHlc(formatHlc(h))).toEqual(h);
      }));
  });

  it('string order is time order (property)', () => {
    fc.assert(
      fc.property(hlcArb, hlcArb, (a, b) => {
        const byTime = Math.sign(compareHlc(a, b));
        const fa = formatHlc(a);
        const fb = formatHlc(b);
        const byText = fa < fb ? -1 : fa > fb ? 1 : 0;
        return byTime === byText;
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses malformed text and out-of-range stamps', () => {
    for (const bad of ['', '1732352400000-0003', '001732352400000-00003', '001732352400000-000G', '001732352400000-0003 ']) {
      expect(() => parseHlc(bad)).toThrow(/Not an HLC/);
      expect(isHlcText(bad)).toBe(false);
    }
    expect(() => formatHlc({ wall: -1, counter: 0 })).toThrow(/out of range/);
    expect(() => formatHlc({ wall: 1, counter: MAX_COUNTER + 1 })).toThrow(/out of range/);
    expect(() => formatHlc({ wall: 1.5, counter: 0 })).toThrow(/out of range/);
    expect(() => formatHlc({ wall: 1e15, counter: 0 })).toThrow(/out of range/);
  });
});
