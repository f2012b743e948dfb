/**
 * The file-system calls the sync transport makes, as one injectable object:
 * tests swap in faults (EPERM on rename, stale listings, a share that goes
 * away) and the benchmark counts calls per round. Default: node:fs/promises.
 *
 * Every file on the share is distrusted alike: reads open with O_NOFOLLOW
 * (a symbolic link is refused, not followed; where the platform has no
 * O_NOFOLLOW — Windows — the path is lstat'ed first), check that the thing
 * opened is a regular file and that its size is within the caller's cap
 * before reading a byte (ShareFileError). Writes never follow a link either
 * (exclusive create, O_NOFOLLOW on the resumable blob part).
 */
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import * as fsp from 'node:fs/promises';

export interface FileInfo {
  size: number;
  mtimeMs: number;
  isDirectory(): boolean;
  isSymbolicLink?(): boolean;
}

export interface ShareFs {
  /** Reads a regular file of at most maxBytes (ShareFileError otherwise); never through a symbolic link. */
  readFile(path: string, maxBytes?: number): Promise<Buffer>;
  /** Reads `length` bytes at `offset` of a regular file (no link), with its size and time. */
  readAt(path: string, offset: number, length: number): Promise<{ bytes: Buffer; size: number; mtimeMs: number }>;
  readdir(path: string): Promise<string[]>;
  stat(path: string): Promise<FileInfo>;
  /** Like stat, but a symbolic link is described, not followed. */
  lstat(path: string): Promise<FileInfo & { isSymbolicLink(): boolean }>;
  mkdir(path: string): Promise<void>;
  /** Writes a new file (fails when it exists), fsyncs and closes it. */
  writeNew(path: string, data: Uint8Array | string): Promise<void>;
  /** Writes bytes at an offset of a file (created when offset is 0), fsyncs. */
  writeAt(path: string, offset: number, data: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string): Promise<void>;
  /** Hex sha256 of a regular file (no link) of at most maxBytes, streamed (50 MB attachments). */
  hashFile(path: string, maxBytes?: number): Promise<string>;
}

/** A share file that is refused before it is read: a link, not a file, or larger than its kind allows. */
export class ShareFileError extends Error {
  constructor(
    readonly code: 'symlink' | 'notFile' | 'tooLarge',
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'ShareFileError';
  }
}

const NOFOLLOW: number = constants.O_NOFOLLOW ?? 0;

async function openNoFollow(path: string, flags: number, mode?: number): Promise<fsp.FileHandle> {
  if (NOFOLLOW === 0) {
    // Windows has no O_NOFOLLOW: look before opening (a reparse point shows as a link).
    const info = await fsp.lstat(path).catch((e: unknown) => {
      if ((e as { code?: string }).code === 'ENOENT' && flags & constants.O_CREAT) return null;
      throw e;
    });
    if (info?.isSymbolicLink()) throw new ShareFileError('symlink', path, `${path} is a symbolic link; links on the share are never followed`);
  }
  try {
    return await fsp.open(path, flags | NOFOLLOW, mode);
  } catch (e) {
    if ((e as { code?: string }).code === 'ELOOP') throw new ShareFileError('symlink', path, `${path} is a symbolic link; links on the share are never followed`);
    throw e;
  }
}

async function openRegular(path: string, maxBytes: number | undefined): Promise<{ handle: fsp.FileHandle; size: number; mtimeMs: number }> {
  const handle = await openNoFollow(path, constants.O_RDONLY);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new ShareFileError('notFile', path, `${path} is not a regular file`);
    if (maxBytes !== undefined && info.size > maxBytes) {
      throw new ShareFileError('tooLarge', path, `${path} is ${info.size} bytes, more than the ${maxBytes} such a file may hold: not read`);
    }
    return { handle, size: info.size, mtimeMs: info.mtimeMs };
  } catch (error) {
    await handle.close().catch(() => undefined);
    throw error;
  }
}

export const nodeShareFs: ShareFs = {
  async readFile(p, maxBytes) {
    const { handle, size } = await openRegular(p, maxBytes);
    try {
      const out = Buffer.allocUnsafe(size);
      let got = 0;
      while (got < size) {
        const { bytesRead } = await handle.read(out, got, size - got, got);
        if (bytesRead === 0) break; // shrank while being read: what arrived is checked by the caller's hash
        got += bytesRead;
      }
      return got === size ? out : out.subarray(0, got);
    } finally {
      await handle.close();
    }
  },
  async readAt(p, offset, length) {
    const { handle, size, mtimeMs } = await openRegular(p, undefined);
    try {
      const want = Math.max(0, Math.min(length, size - offset));
      const out = Buffer.allocUnsafe(want);
      let got = 0;
      while (got < want) {
        const { bytesRead } = await handle.read(out, got, want - got, offset + got);
        if (bytesRead === 0) break;
        got += bytesRead;
      }
      return { bytes: got === want ? out : out.subarray(0, got), size, mtimeMs };
    } finally {
      await handle.close();
    }
  },
  readdir: (p) => fsp.readdir(p),
  stat: (p) => fsp.stat(p),
  lstat: (p) => fsp.lstat(p),
  mkdir: async (p) => {
    await fsp.mkdir(p, { recursive: true });
  },
  async writeNew(p, data) {
    const handle = await fsp.open(p, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  async writeAt(p, offset, data) {
    const handle = await openNoFollow(p, offset === 0 ? constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC : constants.O_WRONLY, 0o666);
    try {
      await handle.write(data, 0, data.length, offset);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (a, b) => fsp.rename(a, b),
  rm: (p) => fsp.rm(p, { force: true }),
  async hashFile(p, maxBytes) {
    const hash = createHash('sha256');
    const { handle } = await openRegular(p, maxBytes);
    try {
      for await (const chunk of handle.createReadStream({ highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
    } finally {
      await handle.close().catch(() => undefined);
    }
    return hash.digest('hex');
  },
};

/** Wraps a ShareFs and counts every call (benchmark: fs calls per idle round). */
export function countingFs(inner: ShareFs): { fs: ShareFs; counts: Record<string, number>; total(): number; reset(): void } {
  const counts: Record<string, number> = {};
  const fs = {} as Record<string, unknown>;
  for (const key of Object.keys(inner) as (keyof ShareFs)[]) {
    fs[key] = (...args: unknown[]) => {
      counts[key] = (counts[key] ?? 0) + 1;
      return (inner[key] as (...a: unknown[]) => unknown)(...args);
    };
  }
  return {
    fs: fs as unknown as ShareFs,
    counts,
    total: () => Object.values(counts).reduce((a, b) => a + b, 0),
    reset: () => {
      for (const k of Object.keys(counts)) delete counts[k];
    },
  };
}

export const sha256OfBytes = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
