// utf8Length counts what an encoder writes, for any string — lone
// surrogates included (they become U+FFFD, 3 bytes) — against Node's own count.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8Length } from '../../../shared/utf8';

describe('utf8Length', () => {
  it('matches Buffer.byteLength on any sequence of UTF-16 code units', () => {
    const codeUnits = fc.array(fc.oneof(fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0x80, max: 0xffff }), fc.integer({ min: 0xd800, max: 0xdfff })), { maxLength: 40 });
    fc.assert(
      fc.property(codeUnits, (units) => {
        const text = String.fromCharCode(...units);
        expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
      }),
      { numRuns: 2000 },
    );
  });

  it('counts Chinese as 3 bytes and a character outside the BMP as 4', () => {
    expect(utf8Length('客诉')).toBe(6);
    expect(utf8Length('𠀀a')).toBe(5);
    expect(utf8Length('\ud800客')).toBe(6);
  });
});
