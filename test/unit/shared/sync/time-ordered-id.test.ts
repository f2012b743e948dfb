import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatTimeOrderedId, RANDOM_BYTES } from '../../../../shared/sync/time-ordered-id';

const random = (fill: number) => new Uint8Array(RANDOM_BYTES).fill(fill);

describe('time-ordered ids (UUID version 7)', () => {
  it('is a UUID of version 7 and variant 10 carrying the milliseconds', () => {
    const id = formatTimeOrderedId(Date.parse('2026-11-23T10:00:00Z'), random(0xff));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(Date.parse('2026-11-23T10:00:00Z'));
    expect(z.uuid().safeParse(id).success).toBe(true);
    expect(formatTimeOrderedId(0, random(0))).toBe('00000000-0000-7000-8000-000000000000');
  });

  it('sorts as text in the order of its milliseconds, whatever the random part', () => {
    const t = Date.parse('2026-11-23T10:00:00Z');
    const ids = [formatTimeOrderedId(t + 1, random(0x00)), formatTimeOrderedId(t, random(0xff)), formatTimeOrderedId(t + 1000, random(0x10)), formatTimeOrderedId(t + 60_000, random(0x00))];
    expect([...ids].sort()).toEqual([ids[1], ids[0], ids[2], ids[3]]);
  });

  it('refuses a time it cannot carry and too few random bytes', () => {
    expect(() => formatTimeOrderedId(-1, random(1))).toThrow(RangeError);
    expect(() => formatTimeOrderedId(2 ** 48, random(1))).toThrow(RangeError);
    expect(() => formatTimeOrderedId(1.5, random(1))).toThrow(RangeError);
    expect(() => formatTimeOrderedId(1, new Uint8Array(4))).toThrow(RangeError);
  });
});
