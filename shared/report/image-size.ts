/**
 * Reads the kind and pixel size of a PNG or JPEG from its bytes (no DOM, no
 * decoding), checking the structure far enough that a truncated or damaged
 * file is refused instead of embedded; and fits a size into a box keeping
 * the aspect ratio. Pure.
 */

export interface ImageInfo {
  type: 'png' | 'jpg';
  width: number;
  height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Larger sides than this are taken as damage (Word's own limit is far below). */
const MAX_SIDE = 65_535;

function u32(b: Uint8Array, at: number): number {
  return ((b[at] ?? 0) * 0x1000000) + (((b[at + 1] ?? 0) << 16) | ((b[at + 2] ?? 0) << 8) | (b[at + 3] ?? 0));
}
function u16(b: Uint8Array, at: number): number {
  return ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
}
function ascii(b: Uint8Array, at: number, length: number): string {
  return String.fromCharCode(...b.subarray(at, at + length));
}
function sane(width: number, height: number): boolean {
  return width > 0 && height > 0 && width <= MAX_SIDE && height <= MAX_SIDE;
}

/** PNG: IHDR first, then chunks that fit in the file up to IEND. */
function readPng(b: Uint8Array): ImageInfo | null {
  if (b.length < 33 || !PNG_SIGNATURE.every((v, i) => b[i] === v)) return null;
  if (ascii(b, 12, 4) !== 'IHDR' || u32(b, 8) !== 13) return null;
  const width = u32(b, 16);
  const height = u32(b, 20);
  if (!sane(width, height)) return null;
  let at = 8;
  let sawData = false;
  while (at + 12 <= b.length) {
    const length = u32(b, at);
    const type = ascii(b, at + 4, 4);
    const end = at + 12 + length;
    if (end > b.length) return null;
    if (type === 'IDAT') sawData = true;
    if (type === 'IEND') return sawData ? { type: 'png', width, height } : null;
    at = end;
  }
  return null;
}

/** Start-of-frame markers that carry the size (not DHT C4, JPG C8, DAC CC). */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

/** JPEG: segments from SOI until start of scan, a frame header on the way. */
function readJpeg(b: Uint8Array): ImageInfo | null {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return null;
  let at = 2;
  let size: { width: number; height: number } | null = null;
  while (at + 4 <= b.length) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1] ?? 0;
    if (marker === 0xff) { at += 1; continue; }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) { at += 2; continue; }
    const length = u16(b, at + 2);
    if (length < 2 || at + 2 + length > b.length) return null;
    if (isStartOfFrame(marker)) {
      if (length < 7) return null;
      size = { height: u16(b, at + 5), width: u16(b, at + 7) };
    }
    if (marker === 0xda) return size && sane(size.width, size.height) ? { type: 'jpg', ...size } : null;
    at += 2 + length;
  }
  return null;
}

/** Kind and size of a PNG or JPEG, or null for anything else or a damaged file. */
export function readImageInfo(bytes: Uint8Array): ImageInfo | null {
  return readPng(bytes) ?? readJpeg(bytes);
}

/**
 * image/png or image/jpeg when the bytes are a whole PNG or JPEG (the checks
 * of readImageInfo), else null: what may go into a data: URL or a media part.
 */
export function imageMimeType(bytes: Uint8Array): 'image/png' | 'image/jpeg' | null {
  const info = readImageInfo(bytes);
  if (info === null) return null;
  return info.type === 'png' ? 'image/png' : 'image/jpeg';
}

/** The size that fits in maxWidth × maxHeight keeping the aspect ratio; never enlarged; whole pixels, at least 1. */
export function fitImage(width: number, height: number, maxWidth: number, maxHeight: number): { width: number; height: number } {
  const scale = Math.min(1, maxWidth / width, maxHeight / height);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}
