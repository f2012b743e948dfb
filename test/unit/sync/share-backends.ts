// Share folders for the sync tests: a plain temp folder, and a real Samba
// share on loopback (../shared/tools/samba-share.sh, mounted via smbnetfs).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

export const SAMBA_SCRIPT = resolve(import.meta.dirname, '../../../../shared/tools/samba-share.sh');

export interface ShareBackend {
  name: 'folder' | 'samba';
  /** A fresh empty folder on the share. */
  fresh(): Promise<string>;
  drop?(): void;
  restore?(): void;
  close(): Promise<void>;
}

export async function folderBackend(): Promise<ShareBackend> {
  const base = await mkdtemp(join(tmpdir(), 'qsync-share-'));
  let n = 0;
  return {
    name: 'folder',
    async fresh() {
      const dir = join(base, `s${++n}`);
      await mkdir(dir, { recursive: true });
      return dir;
    },
    close: () => rm(base, { recursive: true, force: true }),
  };
}

/** Starts a Samba share, or returns null after printing a LOUD message why not. */
export async function sambaBackend(): Promise<ShareBackend | null> {
  if (!existsSync(SAMBA_SCRIPT)) {
    console.warn(`\n!!!!!!!! SAMBA SYNC TESTS SKIPPED: ${SAMBA_SCRIPT} not found !!!!!!!!\n`);
    return null;
  }
  const state = await mkdtemp(join(tmpdir(), 'qsync-samba-'));
  let mounted: string;
  try {
    const out = execFileSync('bash', [SAMBA_SCRIPT, 'start', state], { encoding: 'utf8', timeout: 300_000 });
    mounted = out.trim().split('\n').pop() ?? '';
    if (!mounted || !existsSync(mounted)) throw new Error(`no mount in output: ${out}`);
  } catch (error) {
    console.warn(`\n!!!!!!!! SAMBA SYNC TESTS SKIPPED: samba-share.sh could not start a share: ${String(error)} !!!!!!!!\n`);
    try {
      execFileSync('bash', [SAMBA_SCRIPT, 'stop', state]);
    } catch {
      /* nothing started */
    }
    return null;
  }
  let n = 0;
  return {
    name: 'samba',
    async fresh() {
      const dir = join(mounted, `s${process.pid}-${++n}`);
      await mkdir(dir, { recursive: true });
      return dir;
    },
    drop: () => execFileSync('bash', [SAMBA_SCRIPT, 'drop', state]),
    restore: () => execFileSync('bash', [SAMBA_SCRIPT, 'restore', state]),
    async close() {
      execFileSync('bash', [SAMBA_SCRIPT, 'stop', state]);
      await rm(state, { recursive: true, force: true }).catch(() => undefined);
    },
  };
}

export interface ShareBackends {
  /** A plain temp folder (always there once the suite started). */
  readonly folder: ShareBackend;
  /** The Samba share, or null when it could not be started (a loud message says why). */
  readonly samba: ShareBackend | null;
}

/**
 * Starts a folder and a Samba share before the file's tests and removes
 * them after: call once at the top level of a test file. The returned
 * object's fields are set when the tests run (not while they are declared).
 */
export function useShareBackends(): ShareBackends {
  let folder: ShareBackend | null = null;
  let samba: ShareBackend | null = null;
  beforeAll(async () => {
    folder = await folderBackend();
    samba = await sambaBackend();
  }, 300_000);
  afterAll(async () => {
    await folder?.close();
    await samba?.close();
  }, 60_000);
  return {
    get folder() {
      if (!folder) throw new Error('the share folder is used before the suite started');
      return folder;
    },
    get samba() {
      return samba;
    },
  };
}
