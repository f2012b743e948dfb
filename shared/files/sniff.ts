/**
 * What a file is, from its first bytes and structure, never from its name:
 * one of the viewable types (file-types.ts), or why it is not one — a
 * program (Windows/Linux/macOS executables, scripts, shortcuts, installers),
 * an Office document with macros, or something not recognised.
 */
import { ascii, startsWith, u16le, u32be } from './bytes';
import type { ViewableType } from './file-types';
import { OLE2_SIGNATURE, ole2Directory } from './ole2';
import { isPlainText } from './plain-text';
import { zipEntryNames } from './zip-entries';

export type Sniffed =
  /** nameMustMatch: legacy Office (OLE2); see attachment-policy.ts. */
  | { type: ViewableType; nameMustMatch?: true }
  /** format: what was seen, for the log. */
  | { refused: 'program' | 'macros' | 'unknownType'; format: string };

const MACH_O = new Set([0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe]);
const HEIF_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs', 'mif1', 'msf1']);
const AVIF_BRANDS = new Set(['avif', 'avis']);
const MP4_BRANDS = new Set(['isom', 'iso2', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'avc1', 'M4V ', 'M4VH', 'M4VP', '3gp4', '3gp5', '3gp6', '3g2a', 'dash', 'MSNV', 'f4v ', 'mmp4', 'XAVC', 'NDAS']);
const BMP_HEADER_SIZES = new Set([12, 40, 52, 56, 64, 108, 124]);
/** Class ids of Windows Installer packages, patches and transforms (000C1084/86/82-0000-0000-C000-000000000046). */
const INSTALLER_CLSIDS = new Set(['84100c0000000000c000000000000046', '86100c0000000000c000000000000046', '82100c0000000000c000000000000046']);

function program(format: string): Sniffed {
  return { refused: 'program', format };
}

function unknown(format: string): Sniffed {
  return { refused: 'unknownType', format };
}

function sniffProgram(b: Uint8Array): Sniffed | null {
  if (startsWith(b, [0x4d, 0x5a])) return program('Windows program (MZ)');
  if (startsWith(b, [0x7f, 0x45, 0x4c, 0x46])) return program('ELF program');
  if (MACH_O.has(u32be(b, 0))) return program('Mach-O program or Java class');
  if (startsWith(b, [0x23, 0x21])) return program('script (#!)');
  if (startsWith(b, [0x4c, 0x00, 0x00, 0x00, 0x01, 0x14, 0x02, 0x00])) return program('Windows shortcut (.lnk)');
  return null;
}

function sniffIsoMedia(b: Uint8Array): Sniffed | null {
  if (ascii(b, 4, 4) !== 'ftyp') return null;
  const brand = ascii(b, 8, 4);
  if (HEIF_BRANDS.has(brand)) return { type: 'heic' };
  if (AVIF_BRANDS.has(brand)) return { type: 'avif' };
  if (brand === 'qt  ') return { type: 'mov' };
  if (MP4_BRANDS.has(brand)) return { type: 'mp4' };
  return unknown(`ISO media of brand ${JSON.stringify(brand)}`);
}

function sniffImageOrVideo(b: Uint8Array): Sniffed | null {
  if (startsWith(b, [0xff, 0xd8, 0xff])) return { type: 'jpeg' };
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { type: 'png' };
  if (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a') return { type: 'gif' };
  if (ascii(b, 0, 4) === 'RIFF') {
    const form = ascii(b, 8, 4);
    if (form === 'WEBP') return { type: 'webp' };
    if (form === 'AVI ') return { type: 'avi' };
    return unknown(`RIFF ${JSON.stringify(form)}`);
  }
  if (ascii(b, 0, 2) === 'BM' && u16le(b, 6) === 0 && u16le(b, 8) === 0 && BMP_HEADER_SIZES.has(u16le(b, 14))) return { type: 'bmp' };
  if (startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a])) return { type: 'tiff' };
  if (startsWith(b, [0x1a, 0x45, 0xdf, 0xa3])) {
    const head = ascii(b, 0, Math.min(b.length, 64));
    if (head.includes('webm')) return { type: 'webm' };
    if (head.includes('matroska')) return { type: 'mkv' };
    return unknown('EBML without a webm/matroska doc type');
  }
  return sniffIsoMedia(b);
}

function sniffOoxml(b: Uint8Array): Sniffed {
  const names = zipEntryNames(b);
  if (!names) return unknown('zip with a damaged or ZIP64 directory');
  if (!names.includes('[Content_Types].xml')) return unknown('zip archive');
  if (names.some((n) => n.toLowerCase().endsWith('vbaproject.bin'))) return { refused: 'macros', format: 'Office document with a VBA project' };
  if (names.some((n) => n.startsWith('word/'))) return { type: 'docx' };
  if (names.some((n) => n.startsWith('xl/'))) return { type: 'xlsx' };
  if (names.some((n) => n.startsWith('ppt/'))) return { type: 'pptx' };
  return unknown('OPC package that is not Word, Excel or PowerPoint');
}

function sniffOle2(b: Uint8Array): Sniffed {
  const directory = ole2Directory(b);
  if (!directory) return unknown('damaged OLE2 compound file');
  if (INSTALLER_CLSIDS.has(directory.rootClsid)) return program('Windows Installer package (OLE2)');
  const names = new Set(directory.names);
  if (names.has('Macros') || names.has('_VBA_PROJECT_CUR') || names.has('VBA')) return { refused: 'macros', format: 'legacy Office document with macros' };
  if (names.has('WordDocument')) return { type: 'doc', nameMustMatch: true };
  if (names.has('Workbook') || names.has('Book')) return { type: 'xls', nameMustMatch: true };
  if (names.has('PowerPoint Document')) return { type: 'ppt', nameMustMatch: true };
  return unknown('OLE2 compound file that is not Word, Excel or PowerPoint');
}

export function sniffFile(b: Uint8Array): Sniffed {
  const known = sniffProgram(b) ?? sniffImageOrVideo(b);
  if (known) return known;
  if (ascii(b, 0, 5) === '%PDF-') return { type: 'pdf' };
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04])) return sniffOoxml(b);
  if (startsWith(b, OLE2_SIGNATURE)) return sniffOle2(b);
  if (isPlainText(b)) return { type: 'text' };
  return unknown('not a recognised type');
}
