/**
 * Base64 of bytes for data: URLs of the printed forms (photos of the 8D
 * report). shared/ has neither Buffer nor btoa in its types; this is the
 * plain RFC 4648 alphabet with padding.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const PAIRS: string[] = Array.from({ length: 4096 }, (_, i) => ALPHABET[i >> 6]! + ALPHABET[i & 63]!);

/** Encodes in slices (a string per 48 KB of input) so megabytes of photo bytes do not build one long concatenation chain. */
export function encodeBase64(bytes: Uint8Array): string {
  const slices: string[] = [];
  const whole = bytes.length - (bytes.length % 3);
  const SLICE = 49_152;
  for (let start = 0; start < whole; start += SLICE) {
    const end = Math.min(whole, start + SLICE);
    const parts: string[] = new Array<string>(((end - start) / 3) * 2);
    let k = 0;
    for (let i = start; i < end; i += 3) {
      const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
      parts[k++] = PAIRS[n >> 12]!;
      parts[k++] = PAIRS[n & 4095]!;
    }
    slices.push(parts.join(''));
  }
  const rest = bytes.length - whole;
  if (rest === 1) {
    const n = bytes[whole]! << 16;
    slices.push(`${ALPHABET[n >> 18]}${ALPHABET[(n >> 12) & 63]}==`);
  } else if (rest === 2) {
    const n = (bytes[whole]! << 16) | (bytes[whole + 1]! << 8);
    slices.push(`${ALPHABET[n >> 18]}${ALPHABET[(n >> 12) & 63]}${ALPHABET[(n >> 6) & 63]}=`);
  }
  return slices.join('');
}
