import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { code128Svg, decodeCasePayload, encodeCasePayload, hasCasePayloadPrefix, qrSvg } from '../../../../shared/forms/barcode';

describe('case payload', () => {
  it('round-trips case numbers', () => {
    for (const n of ['2611-B-007', '2611-007', 'RMA2611-B-003', 'A1', '2611_X/9.1']) {
      expect(decodeCasePayload(encodeCasePayload(n))).toBe(n);
    }
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9\-_/.]{0,40}$/), (n) => decodeCasePayload(encodeCasePayload(n)) === n),
    );
  });
  it('accepts a typed number, a lower-case prefix and spaces; rejects other text', () => {
    expect(decodeCasePayload(' qd:2611-B-007 ')).toBe('2611-B-007');
    expect(decodeCasePayload('2611-B-007')).toBe('2611-B-007');
    expect(decodeCasePayload('hello')).toBeNull();
    expect(decodeCasePayload('QD:<script>')).toBeNull();
    expect(decodeCasePayload('')).toBeNull();
    expect(hasCasePayloadPrefix('QD:1')).toBe(true);
    expect(hasCasePayloadPrefix('2611')).toBe(false);
    expect(() => encodeCasePayload('客户')).toThrow();
  });
  it('draws Code 128 and QR symbols with bwip-js (different payloads → different symbols)', () => {
    const a = code128Svg(encodeCasePayload('2611-B-007')).value;
    const b = code128Svg(encodeCasePayload('2611-B-008')).value;
    expect(a).toMatch(/^<svg [^>]*viewBox/);
    expect(a).not.toBe(b);
    const q = qrSvg(encodeCasePayload('2611-B-007')).value;
    expect(q).toMatch(/^<svg /);
    expect(q).not.toBe(qrSvg(encodeCasePayload('2611-B-008')).value);
    // A QR symbol is square.
    const [, w, h] = /viewBox="0 0 (\d+) (\d+)"/.exec(q) ?? [];
    expect(w).toBeDefined();
    expect(w).toBe(h);
  });
});
