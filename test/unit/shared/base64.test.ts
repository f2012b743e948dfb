// The one base64 (shared/base64.ts): both ways, checked against Node's Buffer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64, fromCharCodes } from '../../../shared/base64';

describe('encodeBase64', () => {
  it('matches Buffer for every length around the 3-byte groups and the slice size', () => {
    for (const n of [0, 1, 2, 3, 4, 5, 6, 49_151, 49_152, 49_153, 100_001]) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 131 + 7) & 255);
      expect(encodeBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });
  it('makes the same text without TextDecoder', () => {
    const codes = Uint8Array.from({ length: 20_000 }, (_, i) => 65 + (i % 26));
    expect(fromCharCodes(codes)).toBe(Buffer.from(codes).toString('latin1'));
    expect(fromCharCodes(new Uint8Array())).toBe('');
  });
});

describe('decodeBase64', () => {
  it('gives back the bytes of any encoding, padded or not', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = Buffer.from(bytes).toString('base64');
        expect(decodeBase64(text)).toEqual(new Uint8Array(bytes));
        expect(decodeBase64(text.replace(/=+$/, ''))).toEqual(new Uint8Array(bytes));
      }),
      { numRuns: 500 },
    );
  });

  it('refuses what is not base64 instead of guessing', () => {
    for (const bad of ['ab$d', 'abcde', 'a===', '客诉', 'ab\ncd']) expect(() => decodeBase64(bad), bad).toThrow(/not base64/);
  });
});
