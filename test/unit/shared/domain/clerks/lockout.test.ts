import { describe, expect, it } from 'vitest';
import { FAILURE_WINDOW_MS, LOCKOUT_MS, lockedUntil, MAX_FAILED_ATTEMPTS, withFailure } from '../../../../../shared/domain/clerks/lockout';

const t0 = Date.UTC(2026, 10, 23, 1, 0);
const min = 60_000;

function fail(times: number[]): number[] {
  return times.reduce<number[]>((kept, t) => withFailure(kept, t), []);
}

describe('lockout after wrong passwords', () => {
  it('locks on the fifth failure within the window, for LOCKOUT_MS after it', () => {
    expect(MAX_FAILED_ATTEMPTS).toBe(5);
    const four = fail([t0, t0 + min, t0 + 2 * min, t0 + 3 * min]);
    expect(lockedUntil(four, t0 + 3 * min)).toBeNull();
    const five = withFailure(four, t0 + 4 * min);
    expect(lockedUntil(five, t0 + 4 * min)).toBe(t0 + 4 * min + LOCKOUT_MS);
    expect(lockedUntil(five, t0 + 4 * min + LOCKOUT_MS - 1)).toBe(t0 + 4 * min + LOCKOUT_MS);
    expect(lockedUntil(five, t0 + 4 * min + LOCKOUT_MS)).toBeNull();
  });

  it('does not lock when the failures are spread over more than the window', () => {
    const spread = fail([0, 1, 2, 3, 4].map((i) => t0 + i * (FAILURE_WINDOW_MS / 4 + min)));
    expect(lockedUntil(spread, t0 + 4 * (FAILURE_WINDOW_MS / 4 + min))).toBeNull();
  });

  it('ignores failures from a clock ahead of now and keeps only a few', () => {
    expect(lockedUntil(fail([1, 2, 3, 4, 5].map((i) => t0 + i)), t0)).toBeNull();
    const many = fail(Array.from({ length: 50 }, (_, i) => t0 + i));
    expect(many.length).toBeLessThanOrEqual(2 * MAX_FAILED_ATTEMPTS);
    expect(lockedUntil(many, t0 + 49)).toBe(t0 + 49 + LOCKOUT_MS);
  });
});
