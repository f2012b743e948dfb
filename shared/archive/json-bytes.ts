/**
 * Rows as JSON inside the zips the app writes (the backup, the archive
 * file): binary values (ArrayBuffer, typed arrays — attachment bytes) are
 * written as {"$bytes": base64} and read back as ArrayBuffers.
 */
import { decodeBase64, encodeBase64 } from '../base64';

export function toJsonWithBytes(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof ArrayBuffer) return { $bytes: encodeBase64(new Uint8Array(v)) };
    if (ArrayBuffer.isView(v)) return { $bytes: encodeBase64(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)) };
    return v;
  });
}

export function fromJsonWithBytes(text: string): unknown {
  return JSON.parse(text, (_key, v: unknown) => {
    if (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 1 && typeof (v as { $bytes?: unknown }).$bytes === 'string') return decodeBase64((v as { $bytes: string }).$bytes).buffer;
    return v;
  });
}
