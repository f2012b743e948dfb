/**
 * Zip files the app writes and reads back whole: the diagnostics pack
 * (issue 20.4) and the backup (issue 20.2). Entries carry the time of the
 * one injected clock, never the wall clock, so the same input gives the
 * same bytes. Reading refuses what is not a zip (a truncated file has no
 * central directory) with a ZipReadError saying why.
 */
import JSZip from 'jszip';
import type { AsyncHasher } from '../sync/sha256';

export interface ZipEntry {
  /** Path inside the zip, '/'-separated. */
  path: string;
  data: Uint8Array | string;
  /** Stored as is: bytes that are compressed already (photos, PDFs), where deflate would only cost time. */
  store?: boolean;
}

/** unreadable: not a zip or a damaged entry; unsafe: a link or a path outside the zip; tooLarge: over a cap of ReadZipOptions. */
export type ZipProblem = 'unreadable' | 'unsafe' | 'tooLarge';

export class ZipReadError extends Error {
  readonly problem: ZipProblem;
  constructor(message: string, options?: { cause?: unknown; problem?: ZipProblem }) {
    super(message, options);
    this.name = 'ZipReadError';
    this.problem = options?.problem ?? 'unreadable';
  }
}

/** Caps for a zip from elsewhere (untrusted): checked on the sizes its directory declares, before anything is unpacked, and again on what was unpacked. */
export interface ReadZipOptions {
  /** Refuse an entry that is a symbolic link (unix mode 0o120000) or a path with '..', '\\' or a leading '/'. */
  refuseLinks?: boolean;
  maxEntries?: number;
  /** One entry, unpacked. */
  maxEntryBytes?: number;
  /** All entries, unpacked. */
  maxTotalBytes?: number;
}

/** What jszip read from the zip's directory for an entry (its private field; absent on entries made in memory). */
const declaredSize = (file: JSZip.JSZipObject): number => {
  const data = (file as unknown as { _data?: { uncompressedSize?: unknown } })._data;
  return typeof data?.uncompressedSize === 'number' ? data.uncompressedSize : 0;
};

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

/** The manifest's `files`: every file's sha256 by path, in path order. */
export async function checksums(files: ReadonlyMap<string, Uint8Array>, hash: AsyncHasher): Promise<Record<string, string>> {
  const sums: [string, string][] = [];
  for (const [path, bytes] of files) sums.push([path, await hash(bytes)]);
  return Object.fromEntries(sums.sort(([a], [b]) => (a < b ? -1 : 1)));
}

export async function packZip(entries: readonly ZipEntry[], date: Date): Promise<Uint8Array> {
  const zip = new JSZip();
  // createFolders: false — jszip would add 'blobs/' and the like stamped with the wall clock.
  for (const entry of entries) zip.file(entry.path, entry.data, { date, createFolders: false, ...(entry.store ? { compression: 'STORE' as const } : {}) });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** Every file of the zip (folders left out) by path. */
export async function readZip(bytes: Uint8Array, options: ReadZipOptions = {}): Promise<Map<string, Uint8Array>> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new ZipReadError(`not a readable zip file (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  const out = new Map<string, Uint8Array>();
  const files = Object.values(zip.files);
  if (options.maxEntries !== undefined && files.length > options.maxEntries) throw new ZipReadError(`${files.length} entries; at most ${options.maxEntries}`, { problem: 'tooLarge' });
  let declared = 0;
  for (const file of files) {
    const size = declaredSize(file);
    if (options.maxEntryBytes !== undefined && size > options.maxEntryBytes) throw new ZipReadError(`${file.name} unpacks to ${size} bytes; at most ${options.maxEntryBytes}`, { problem: 'tooLarge' });
    declared += size;
  }
  if (options.maxTotalBytes !== undefined && declared > options.maxTotalBytes) throw new ZipReadError(`unpacks to ${declared} bytes; at most ${options.maxTotalBytes}`, { problem: 'tooLarge' });
  let unpacked = 0;
  for (const file of files) {
    if (options.refuseLinks) {
      const mode = typeof file.unixPermissions === 'number' ? file.unixPermissions : 0;
      if ((mode & S_IFMT) === S_IFLNK) throw new ZipReadError(`${file.name} in the zip is a link`, { problem: 'unsafe' });
      if (file.name.startsWith('/') || file.name.includes('\\') || file.name.split('/').includes('..')) throw new ZipReadError(`${file.name} in the zip points outside it`, { problem: 'unsafe' });
    }
    if (file.dir) continue;
    let data: Uint8Array;
    try {
      data = await file.async('uint8array');
    } catch (error) {
      throw new ZipReadError(`${file.name} in the zip is damaged (${error instanceof Error ? error.message : String(error)})`, { cause: error });
    }
    unpacked += data.length;
    if ((options.maxEntryBytes !== undefined && data.length > options.maxEntryBytes) || (options.maxTotalBytes !== undefined && unpacked > options.maxTotalBytes)) throw new ZipReadError(`${file.name} unpacked to more than its directory declared`, { problem: 'tooLarge' });
    out.set(file.name, data);
  }
  return out;
}
