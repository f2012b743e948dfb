/**
 * Reads the kind and pixel size of a PNG or JPEG from its bytes (no DOM, no
 * decoding), checking the structure far enough that a truncated or damaged
 * file is refused instead of embedded; the EXIF orientation of a JPEG (how
 * a phone meant it to be turned); and fits a size into a box keeping the
 * aspect ratio. Pure.
 */

export interface ImageInfo {
  type: 'png' | 'jpg';
  width: number;
  height: number;
  /**
   * EXIF orientation 1–8 (1: upright as stored; 6: turn 90° clockwise, as
   * phones held upright save it). width/height are as stored, before turning.
   * Always 1 for PNG.
   */
  orientation: number;
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
    if (type === 'IEND') return sawData ? { type: 'png', width, height, orientation: 1 } : null;
    at = end;
  }
  return null;
}

/** Start-of-frame markers that carry the size (not DHT C4, JPG C8, DAC CC). */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

const EXIF_HEADER = 'Exif\0\0';
const ORIENTATION_TAG = 0x0112;

/**
 * The orientation tag of an APP1 Exif segment (`start`..`end` = its data
 * after the length): a TIFF header, then IFD0's entries. 1 when the segment
 * is not Exif, has no such tag or is damaged (a damaged tag never refuses the photo).
 */
function exifOrientation(b: Uint8Array, start: number, end: number): number {
  if (end - start < 14 || ascii(b, start, 6) !== EXIF_HEADER) return 1;
  const tiff = start + 6;
  const order = ascii(b, tiff, 2);
  if (order !== 'II' && order !== 'MM') return 1;
  const little = order === 'II';
  const read16 = (at: number) => (little ? (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8) : u16(b, at));
  const read32 = (at: number) => (little ? (read16(at) + read16(at + 2) * 0x10000) : u32(b, at));
  if (read16(tiff + 2) !== 42) return 1;
  const ifd = tiff + read32(tiff + 4);
  if (ifd + 2 > end) return 1;
  const count = read16(ifd);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > end) return 1;
    if (read16(entry) !== ORIENTATION_TAG) continue;
    const value = read16(entry + 8);
    return read16(entry + 2) === 3 && value >= 1 && value <= 8 ? value : 1;
  }
  return 1;
}

/** JPEG: segments from SOI until start of scan, a frame header and maybe Exif on the way. */
function readJpeg(b: Uint8Array): ImageInfo | null {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return null;
  let at = 2;
  let size: { width: number; height: number } | null = null;
  let orientation = 1;
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
    if (marker === 0xe1 && orientation === 1) orientation = exifOrientation(b, at + 4, at + 2 + length);
    if (marker === 0xda) return size && sane(size.width, size.height) ? { type: 'jpg', ...size, orientation } : null;
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
