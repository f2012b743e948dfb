/**
 * Owns the backup folder of this PC (settings.backup.folder; issue 20.2):
 * receives a backup the renderer made in chunks into <name>.part (resumable
 * at its size), checks the whole file's sha256, fsyncs and renames it into
 * place, then removes the oldest backups beyond settings.backup.keep — only
 * files named like a backup (shared/archive/backup-names.ts), never anything
 * else in the folder. One put at a time.
 */
import { createHash } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { backupsToRemove, backupTimeOf } from '../../../shared/archive/backup-names';
import { HandlerError, type Logger } from '../errors';
import type { SettingsStore } from '../settings-store';

const size = (path: string) => stat(path).then((s) => s.size, () => -1);

export interface BackupFolderOptions {
  settingsStore: SettingsStore;
  logger: Logger;
}

export function createBackupFolder(options: BackupFolderOptions) {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn);
    queue = run.catch(() => undefined);
    return run;
  };
  const folder = (): string => {
    const dir = options.settingsStore.get().backup.folder;
    if (!dir) throw new HandlerError('unavailable', 'noBackupFolder: choose a backup folder in the settings first');
    return dir;
  };

  async function names(dir: string): Promise<string[]> {
    try {
      return (await readdir(dir)).filter((name) => backupTimeOf(name) !== null);
    } catch {
      return [];
    }
  }

  return {
    put: (args: { fileName: string; sha256: string; offset: number; total: number; data: Uint8Array }) =>
      serial(async () => {
        const dir = folder();
        const final = join(dir, args.fileName);
        const part = `${final}.part`;
        await mkdir(dir, { recursive: true });
        const have = Math.max(await size(part), 0);
        if (args.offset !== have) {
          if (args.offset !== 0) return { done: false, received: have, path: null, removed: [] };
          await rm(part, { force: true });
        }
        if (args.offset + args.data.length > args.total) throw new HandlerError('badArguments', 'data: more bytes than total');
        const h = await open(part, args.offset === 0 ? 'w' : 'a');
        try {
          await h.write(args.data, 0, args.data.length, null);
          if (args.offset + args.data.length === args.total) await h.sync();
        } finally {
          await h.close();
        }
        const received = args.offset + args.data.length;
        if (received < args.total) return { done: false, received, path: null, removed: [] };
        const actual = createHash('sha256').update(await readFile(part)).digest('hex');
        if (actual !== args.sha256) {
          await rm(part, { force: true });
          throw new HandlerError('badArguments', `sha256: the backup arrived with hash ${actual}`);
        }
        await rename(part, final);
        const removed = backupsToRemove(await names(dir), options.settingsStore.get().backup.keep);
        for (const name of removed) await rm(join(dir, name), { force: true });
        options.logger.info(`backup: ${args.fileName} written (${args.total} bytes)${removed.length ? `, removed ${removed.join(', ')}` : ''}`);
        return { done: true, received, path: final, removed };
      }),

    list: async () => {
      const { folder: dir, keep } = options.settingsStore.get().backup;
      if (!dir) return { folder: null, keep, backups: [] };
      const found = await names(dir);
      const backups = await Promise.all(found.map(async (fileName) => ({ fileName, size: await size(join(dir, fileName)) })));
      backups.sort((a, b) => (backupTimeOf(b.fileName) ?? 0) - (backupTimeOf(a.fileName) ?? 0));
      return { folder: dir, keep, backups };
    },
  };
}
