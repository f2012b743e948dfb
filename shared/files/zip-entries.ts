/**
 * The entry names of a zip file, read from its central directory (what an
 * Office document is made of: [Content_Types].xml, word/…, xl/…, ppt/…),
 * and the unpacked size each entry declares (what a zip bomb lies big in).
 * Nothing is decompressed. A damaged or ZIP64 directory gives null.
 */
import { ascii, u16le, u32le } from './bytes';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const MAX_ENTRIES = 100_000;

function endOfCentralDirectory(b: Uint8Array): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  const lowest = Math.max(0, b.length - 22 - 0xffff);
  for (let at = b.length - 22; at >= lowest; at--) {
    if (u32le(b, at) === EOCD) return at;
  }
  return -1;
}

export interface ZipEntry {
  name: string;
  /** The size the directory declares once unpacked. */
  unpackedSize: number;
}

export function zipEntryNames(b: Uint8Array): string[] | null {
  return zipEntries(b)?.map((entry) => entry.name) ?? null;
}

export function zipEntries(b: Uint8Array): ZipEntry[] | null {
  const eocd = endOfCentralDirectory(b);
  if (eocd < 0) return null;
  const count = u16le(b, eocd + 10);
  const offset = u32le(b, eocd + 16);
  if (count === 0xffff || offset === 0xffffffff || count > MAX_ENTRIES) return null;
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (u32le(b, at) !== CENTRAL) return null;
    const nameLength = u16le(b, at + 28);
    const extraLength = u16le(b, at + 30);
    const commentLength = u16le(b, at + 32);
    const name = ascii(b, at + 46, nameLength);
    if (name === '' && nameLength > 0) return null;
    entries.push({ name, unpackedSize: u32le(b, at + 24) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
