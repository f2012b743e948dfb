/**
 * Copies an installer from the share's updates folder into this PC's update
 * cache (issue 20.1), owning `<cache>/partial/`: the bytes arrive in a
 * `.part` file named after the expected sha512, so a copy cut short (the
 * share went away, the PC slept) resumes where it stopped on the next try.
 * The source is read through ShareFs (no link, a regular file, exactly the
 * size latest.yml gives and within the cap); the finished file's sha512 is
 * compared with latest.yml's before it is handed over, and a file that does
 * not match is removed — it is never installed and never resumed from.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { errorCode } from '../atomic-write';
import { nodeShareFs, type ShareFs } from '../sync/share-fs';

export interface CopyProgress {
  transferred: number;
  total: number;
  /** Bytes in this step. */
  delta: number;
}

export interface InstallerCopyRequest {
  /** The installer on the share (absolute). */
  source: string;
  /** Where the verified installer goes (absolute, on the same disk as partialDir). */
  destination: string;
  /** This PC's folder of unfinished copies. */
  partialDir: string;
  /** From latest.yml: base64 sha512 and size in bytes. */
  sha512: string;
  size: number;
  maxBytes: number;
  fs?: ShareFs;
  onProgress?: (progress: CopyProgress) => void;
  /** Checked between chunks; true stops the copy (the part file stays for later). */
  isCancelled?: () => boolean;
  chunkBytes?: number;
}

export class InstallerCopyError extends Error {
  constructor(
    readonly code: 'sizeMismatch' | 'tooLarge' | 'checksumMismatch' | 'cancelled' | 'changedWhileCopying',
    message: string,
  ) {
    super(message);
    this.name = 'InstallerCopyError';
  }
}

/** The part file of an expected sha512 (hex, so it is a safe file name). */
export function partialPath(partialDir: string, sha512: string): string {
  return join(partialDir, `${Buffer.from(sha512, 'base64').toString('hex').slice(0, 40)}.part`);
}

/** sha512 of a local file in base64, as electron-builder writes it. */
export async function sha512OfFile(path: string): Promise<string> {
  const hash = createHash('sha512');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('base64');
}

async function localSize(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return 0;
    throw error;
  }
}

export async function copyInstallerFromShare(request: InstallerCopyRequest): Promise<void> {
  const fs = request.fs ?? nodeShareFs;
  const chunk = request.chunkBytes ?? 4 * 1024 * 1024;
  if (request.size > request.maxBytes) {
    throw new InstallerCopyError('tooLarge', `the installer is ${request.size} bytes by latest.yml, more than the ${request.maxBytes} an installer may be`);
  }
  await mkdir(request.partialDir, { recursive: true });
  const part = partialPath(request.partialDir, request.sha512);
  // Parts of versions no longer published are of no use: only one copy is kept.
  for (const name of await readdir(request.partialDir)) if (name !== basename(part)) await rm(join(request.partialDir, name), { force: true });
  let offset = await localSize(part);
  if (offset > request.size) {
    await rm(part, { force: true });
    offset = 0;
  }
  request.onProgress?.({ transferred: offset, total: request.size, delta: 0 });
  const handle = await open(part, offset === 0 ? 'w' : 'r+');
  try {
    while (offset < request.size) {
      if (request.isCancelled?.()) throw new InstallerCopyError('cancelled', 'the copy was stopped; it resumes on the next try');
      const { bytes, size } = await fs.readAt(request.source, offset, Math.min(chunk, request.size - offset));
      if (size !== request.size) {
        throw new InstallerCopyError(
          size > request.maxBytes ? 'tooLarge' : 'sizeMismatch',
          `the installer on the share is ${size} bytes, latest.yml says ${request.size}: not taken`,
        );
      }
      if (bytes.length === 0) throw new InstallerCopyError('changedWhileCopying', 'the installer on the share shrank while it was copied');
      await handle.write(bytes, 0, bytes.length, offset);
      offset += bytes.length;
      request.onProgress?.({ transferred: offset, total: request.size, delta: bytes.length });
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
  const actual = await sha512OfFile(part);
  if (actual !== request.sha512) {
    await rm(part, { force: true });
    throw new InstallerCopyError('checksumMismatch', `sha512 of the copied installer does not match latest.yml (expected ${request.sha512.slice(0, 16)}…, got ${actual.slice(0, 16)}…): removed, not installed`);
  }
  await rename(part, request.destination);
}
