/**
 * Answers "can this PC reach the shared folder right now?" for the status bar:
 * 'none' when no share is configured, 'online' when the folder exists and is
 * readable and writable, 'offline' with the reason otherwise. An unreachable
 * SMB server can make stat() hang for a long time, so the check gives up
 * after a timeout (the hung call is left to finish on its own).
 */
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import type { ShareStatus } from '../../shared/ipc/contract';
import { errorCode } from './atomic-write';

export const SHARE_CHECK_TIMEOUT_MS = 3000;

export interface ShareCheckOptions {
  timeoutMs?: number;
  /** The main process's one clock: the time the check is stamped with. */
  now: () => number;
  /** For tests: the file system calls (a hanging SMB server is simulated with a promise that never settles). */
  fs?: { stat: typeof stat; access: typeof access };
}

class Timeout extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Timeout()), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function describe(error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT':
      return 'folder not found';
    case 'EACCES':
    case 'EPERM':
      return 'no permission to read and write the folder';
    case 'ENOTDIR':
      return 'path is not a folder';
    case 'EHOSTDOWN':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'network unreachable';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

export async function checkShareStatus(sharePath: string | null, options: ShareCheckOptions): Promise<ShareStatus> {
  const checkedAt = (): string => new Date(options.now()).toISOString();
  const timeoutMs = options.timeoutMs ?? SHARE_CHECK_TIMEOUT_MS;
  if (sharePath === null || sharePath.trim() === '') return { state: 'none', path: null, checkedAt: checkedAt(), detail: null };
  const fs = options.fs ?? { stat, access };
  const probe = async (): Promise<string | null> => {
    const info = await fs.stat(sharePath);
    if (!info.isDirectory()) return 'path is not a folder';
    await fs.access(sharePath, constants.R_OK | constants.W_OK);
    return null;
  };
  let detail: string | null;
  try {
    detail = await withTimeout(probe(), timeoutMs);
  } catch (error) {
    detail = error instanceof Timeout ? `no answer within ${Math.round(timeoutMs / 100) / 10} s` : describe(error);
  }
  return { state: detail === null ? 'online' : 'offline', path: sharePath, checkedAt: checkedAt(), detail };
}
