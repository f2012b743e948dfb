import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatHlc } from '../../../../shared/sync/hlc';
import { compareOps } from '../../../../shared/sync/op';

const op = (wall: number, counter: number, deviceId: string, id: string) => ({ hlc: formatHlc({ wall, counter }), deviceId, id });

describe('compareOps', () => {
  it('orders by HLC first', () => {
    expect(compareOps(op(1, 0, 'z', 'z'), op(2, 0, 'a', 'a'))).toBeLessThan(0);
    expect(compareOps(op(2, 0, 'a', 'a'), op(2, 1, 'a', 'a'))).toBeLessThan(0);
    expect(compareOps(op(3, 0, 'a', 'a'), op(2, 9, 'z', 'z'))).toBeGreaterThan(0);
  });

  it('breaks HLC ties by device id, then op id', () => {
    expect(compareOps(op(2, 0, 'dev-a', 'z'), op(2, 0, 'dev-b', 'a'))).toBeLessThan(0);
    expect(compareOps(op(2, 0, 'dev-a', 'op-1'), op(2, 0, 'dev-a', 'op-2'))).toBeLessThan(0);
    expect(compareOps(op(2, 0, 'dev-a', 'op-1'), op(2, 0, 'dev-a', 'op-1'))).toBe(0);
  });

  it('is a total order: sorting any permutation gives the same result (property)', () => {
    const opArb = fc.record({
      wall: fc.integer({ min: 0, max: 20 }),
      counter: fc.integer({ min: 0, max: 3 }),
      deviceId: fc.constantFrom('a', 'b', 'c'),
      id: fc.uuid(),
    });
    fc.assert(
      fc.property(fc.uniqueArray(opArb, { selector: (o) => o.id, maxLength: 40 }), fc.integer(), (raw, seed) => {
        const ops = raw.map((o) => op(o.wall, o.counter, o.deviceId, o.id));
        const shuffled = [...ops].sort((x, y) => ((hash(x.id, seed) - hash(y.id, seed)) | 0));
        expect(shuffled.sort(compareOps).map((o) => o.id)).toEqual([...ops].sort(compareOps).map((o) => o.id));
        for (let i = 1; i < shuffled.length; i++) expect(compareOps(shuffled[i - 1]!, shuffled[i]!)).toBeLessThan(0);
      }),
    );
  });

  it('throws on a malformed HLC rather than ordering it silently', () => {
    expect(() => compareOps({ hlc: 'garbage', deviceId: 'a', id: 'a' }, op(1, 0, 'a', 'b'))).toThrow();
  });
});

function hash(text: string, seed: number): number {
  let h = seed | 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x9e3779b1);
  return h;
}
