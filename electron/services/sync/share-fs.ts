/**
 * The file-system calls the sync transport makes, as one injectable object:
 * tests swap in faults (EPERM on rename, stale listings, a share that goes
 * away) and the benchmark counts calls per round. Default: node:fs/promises.
 */
import { createHash } from 'node:crypto';
import * as fsp from 'node:fs/promises';

export interface ShareFs {
  readFile(path: string): Promise<Buffer>;
  readdir(path: string): Promise<string[]>;
  stat(path: string): Promise<{ size: number; mtimeMs: number; isDirectory(): boolean }>;
  mkdir(path: string): Promise<void>;
  /** Writes a new file (fails when it exists), fsyncs and closes it. */
  writeNew(path: string, data: Uint8Array | string): Promise<void>;
  /** Writes bytes at an offset of a file (created when offset is 0), fsyncs. */
  writeAt(path: string, offset: number, data: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string): Promise<void>;
  /** Hex sha256 of a file, streamed (50 MB attachments). */
  hashFile(path: string): Promise<string>;
}

export const nodeShareFs: ShareFs = {
  readFile: (p) => fsp.readFile(p),
  readdir: (p) => fsp.readdir(p),
  stat: (p) => fsp.stat(p),
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
    const handle = await fsp.open(p, offset === 0 ? 'w' : 'r+');
    try {
      await handle.write(data, 0, data.length, offset);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (a, b) => fsp.rename(a, b),
  rm: (p) => fsp.rm(p, { force: true }),
  async hashFile(p) {
    const hash = createHash('sha256');
    const handle = await fsp.open(p, 'r');
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
