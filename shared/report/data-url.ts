/** Decodes the company logo's data:image/png|jpeg;base64 URL (print settings) to bytes, without atob or Buffer. Pure. */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUES = new Map([...ALPHABET].map((c, i) => [c, i]));

/** Bytes of a base64 text, or null when it is not base64. */
export function decodeBase64(text: string): Uint8Array | null {
  const clean = text.replace(/\s+/g, '').replace(/=+$/, '');
  if (clean.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let buffer = 0;
  let o = 0;
  for (const c of clean) {
    const v = VALUES.get(c);
    if (v === undefined) return null;
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (buffer >> bits) & 0xff;
    }
  }
  return out;
}

/** The bytes of a data:image/png or image/jpeg base64 URL, or null for '' or anything else. */
export function imageBytesFromDataUrl(url: string): Uint8Array | null {
  const m = /^data:image\/(?:png|jpeg|jpg);base64,(.*)$/is.exec(url.trim());
  return m?.[1] === undefined ? null : decodeBase64(m[1]);
}
