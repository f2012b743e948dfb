/**
 * UTF-8 length of a string without encoding it (shared/ has neither
 * TextEncoder's DOM types nor Node's Buffer): what a size limit on the wire
 * or on disk counts. A lone surrogate counts as the 3 bytes of the U+FFFD
 * an encoder writes for it.
 */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/**
 * The UTF-8 bytes of a string (a lone surrogate as U+FFFD). Every runtime
 * the desk runs in (Node, chromium, Electron) has TextEncoder; shared/ only
 * lacks its type, so it is looked up on globalThis.
 */
const encoder = new (globalThis as unknown as { TextEncoder: new () => { encode(text: string): Uint8Array<ArrayBuffer> } }).TextEncoder();

export function utf8Encode(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text);
}
