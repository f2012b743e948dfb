/**
 * The stream and storage names of an OLE2 compound file (legacy Office
 * .doc/.xls/.ppt, but also Windows Installer .msi/.msp, Outlook .msg, …)
 * and the class id of its root, read from the directory through the FAT.
 * Nothing else is interpreted. A damaged file gives null.
 */
import { startsWith, u16le, u32le } from './bytes';

export const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const MAX_SECTOR = 0xfffffffa;

export interface Ole2Directory {
  names: string[];
  /** The root entry's CLSID as 32 hex digits in file byte order. */
  rootClsid: string;
}

export function ole2Directory(b: Uint8Array): Ole2Directory | null {
  if (!startsWith(b, OLE2_SIGNATURE) || u16le(b, 0x1c) !== 0xfffe) return null;
  const shift = u16le(b, 0x1e);
  if (shift !== 9 && shift !== 12) return null;
  const size = 1 << shift;
  const sectorCount = Math.floor(b.length / size);
  const offset = (sector: number) => (sector + 1) * size;
  const valid = (sector: number) => sector <= MAX_SECTOR && offset(sector) + size <= b.length;

  // The FAT's own sectors: 109 in the header, the rest in the DIFAT chain.
  const fatCount = u32le(b, 0x2c);
  if (fatCount < 0 || fatCount > sectorCount) return null;
  const fatSectors: number[] = [];
  for (let i = 0; i < 109 && fatSectors.length < fatCount; i++) fatSectors.push(u32le(b, 0x4c + i * 4));
  let difat = u32le(b, 0x44);
  for (let hops = 0; fatSectors.length < fatCount; hops++) {
    if (!valid(difat) || hops > sectorCount) return null;
    for (let i = 0; i < size / 4 - 1 && fatSectors.length < fatCount; i++) fatSectors.push(u32le(b, offset(difat) + i * 4));
    difat = u32le(b, offset(difat) + size - 4);
  }
  if (!fatSectors.every(valid)) return null;
  const perSector = size / 4;
  const next = (sector: number): number => {
    const fat = fatSectors[Math.floor(sector / perSector)];
    return fat === undefined ? FREE : u32le(b, offset(fat) + (sector % perSector) * 4);
  };

  const names: string[] = [];
  let rootClsid = '';
  let sector = u32le(b, 0x30);
  for (let hops = 0; sector !== END_OF_CHAIN; hops++) {
    if (!valid(sector) || hops > sectorCount) return null;
    for (let entry = offset(sector); entry < offset(sector) + size; entry += 128) {
      const type = b[entry + 66];
      if (type === 0) continue;
      const nameBytes = Math.min(u16le(b, entry + 64), 64);
      let name = '';
      for (let i = 0; i + 2 < nameBytes; i += 2) name += String.fromCharCode(u16le(b, entry + i));
      if (type === 5) rootClsid = Array.from(b.subarray(entry + 80, entry + 96), (x) => x.toString(16).padStart(2, '0')).join('');
      names.push(name);
    }
    sector = next(sector);
  }
  return { names, rootClsid };
}
