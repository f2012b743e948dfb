/**
 * Owns the backup folder of this PC (settings.backup.folder; issue 20.2):
 * receives a backup the renderer made in chunks into <name>.part (resumable
 * at its size), checks the whole file's sha256, fsyncs and renames it into
 * place, then removes the oldest backups beyond settings.backup.keep — only
 * files named like a backup (shared/archive/backup-names.ts), never anything
 * else in the folder. One put at a time.
 */
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { backupsToRemove, backupTimeOf } from '../../../shared/archive/backup-names';
import { receiveChunk, serialQueue } from '../chunked-file';
import { HandlerError, type Logger } from '../errors';
import type { SettingsStore } from '../settings-store';

const size = (path: string) => stat(path).then((s) => s.size, () => -1);

export interface BackupFolderOptions {
  settingsStore: SettingsStore;
  logger: Logger;
}

export function createBackupFolder(options: BackupFolderOptions) {
  const serial = serialQueue();
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
        await mkdir(dir, { recursive: true });
        const { done, received } = await receiveChunk(final, args, 'backup');
        if (!done) return { done: false, received, path: null, removed: [] };
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
