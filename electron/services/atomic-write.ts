/**
 * Crash-safe file replacement for the files the main process owns (settings
 * now, sync device files later): write a temp file next to the target, fsync
 * it, then rename it over the target. A reader sees either the old or the new
 * content, never half of it. Windows antivirus and share locks make rename
 * fail briefly with EPERM/EBUSY/EACCES, so those are retried with back-off.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const TRANSIENT = new Set(['EPERM', 'EBUSY', 'EACCES']);

export interface RetryOptions {
  /** Attempts in total (first try included). */
  attempts?: number;
  /** First back-off delay in ms; doubled after each failure. */
  delayMs?: number;
}

export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs fn, retrying transient Windows lock errors (EPERM/EBUSY/EACCES) with exponential back-off. */
export async function retryTransient<T>(fn: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 6;
  let delay = options.delayMs ?? 25;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      const code = errorCode(error);
      if (attempt >= attempts || code === undefined || !TRANSIENT.has(code)) throw error;
      await sleep(delay);
      delay *= 2;
    }
  }
}

/** Atomically replaces `filePath` with `data` (temp file → fsync → rename). */
export async function writeFileAtomic(filePath: string, data: string | Uint8Array, options: RetryOptions = {}): Promise<void> {
  const dir = dirname(filePath);
  const temp = join(dir, `.${basename(filePath)}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await retryTransient(() => rename(temp, filePath), options);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dir);
}

/** Makes the rename itself durable where the OS allows it (not on Windows, where directories cannot be opened). */
async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort: some file systems (SMB, FUSE) refuse fsync on directories.
  }
}
