/** Little readers over a Uint8Array for the format sniffers: out of range reads give -1 / '' instead of throwing. */

export function u16le(b: Uint8Array, at: number): number {
  return at >= 0 && at + 2 <= b.length ? b[at]! | (b[at + 1]! << 8) : -1;
}

export function u32le(b: Uint8Array, at: number): number {
  return at >= 0 && at + 4 <= b.length ? (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0 : -1;
}

export function u32be(b: Uint8Array, at: number): number {
  return at >= 0 && at + 4 <= b.length ? ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0 : -1;
}

/** Bytes [at, at + length) as Latin-1 text ('' when out of range). */
export function ascii(b: Uint8Array, at: number, length: number): string {
  if (at < 0 || at + length > b.length) return '';
  let s = '';
  for (let i = at; i < at + length; i++) s += String.fromCharCode(b[i]!);
  return s;
}

export function startsWith(b: Uint8Array, signature: readonly number[], at = 0): boolean {
  if (at + signature.length > b.length) return false;
  return signature.every((byte, i) => b[at + i] === byte);
}
