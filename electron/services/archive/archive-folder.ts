/**
 * Owns the archive folder of this PC (归档, issue 20.6): settings.archiveFolder,
 * else <share>/archive. Receives an archive file the renderer made in chunks
 * into <name>.part (resumable at its size), checks the whole file's sha256,
 * fsyncs and renames it into place — never over an existing file. Lists the
 * files named like an archive (shared/archive/case-archive.ts) and hands one
 * back in chunks. The folder may be on the share: a link where the folder
 * or a file should be is refused, never followed, and a file larger than an
 * archive may be is refused. One put at a time.
 */
import { lstat, mkdir, open, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ARCHIVE_FILE_NAME, MAX_ARCHIVE_BYTES } from '../../../shared/archive/case-archive';
import { FILE_CHUNK } from '../../../shared/ipc/chunked-put';
import { receiveChunk, serialQueue } from '../chunked-file';
import { HandlerError, type Logger } from '../errors';
import type { SettingsStore } from '../settings-store';

const exists = (path: string) => lstat(path).then(() => true, () => false);

export interface ArchiveFolderOptions {
  settingsStore: SettingsStore;
  logger: Logger;
}

export function createArchiveFolder(options: ArchiveFolderOptions) {
  const serial = serialQueue();
  const folderOrNull = (): string | null => {
    const s = options.settingsStore.get();
    return s.archiveFolder ?? (s.sharePath ? join(s.sharePath, 'archive') : null);
  };
  const folder = (): string => {
    const dir = folderOrNull();
    if (!dir) throw new HandlerError('unavailable', 'noArchiveFolder: set the shared folder or choose an archive folder in the settings first');
    return dir;
  };
  /** The folder itself must not be a link (it may sit on the share). */
  async function realFolder(dir: string): Promise<void> {
    const info = await lstat(dir).catch(() => null);
    if (info?.isSymbolicLink()) throw new HandlerError('unavailable', `archiveFolderIsLink: ${dir} is a link; links are never followed`);
  }

  return {
    put: (args: { fileName: string; sha256: string; offset: number; total: number; data: Uint8Array }) =>
      serial(async () => {
        const dir = folder();
        await realFolder(dir);
        await mkdir(dir, { recursive: true });
        const final = join(dir, args.fileName);
        const part = `${final}.part`;
        if (await exists(final)) throw new HandlerError('badArguments', `fileName: ${args.fileName} exists already in the archive folder`);
        if ((await lstat(part).catch(() => null))?.isSymbolicLink()) throw new HandlerError('badArguments', `${part} is a link`);
        const { done, received } = await receiveChunk(final, args, 'archive');
        if (!done) return { done: false, received, path: null, folder: dir };
        options.logger.info(`archive: ${args.fileName} written to ${dir} (${args.total} bytes)`);
        return { done: true, received, path: final, folder: dir };
      }),

    list: async () => {
      const dir = folderOrNull();
      if (!dir) return { folder: null, files: [] };
      let names: string[];
      try {
        await realFolder(dir);
        names = (await readdir(dir)).filter((n) => ARCHIVE_FILE_NAME.test(n));
      } catch {
        return { folder: dir, files: [] };
      }
      const files = [];
      for (const fileName of names.sort().reverse()) {
        const info = await lstat(join(dir, fileName)).catch(() => null);
        if (info?.isFile()) files.push({ fileName, size: info.size }); // links and folders named like an archive are left out
      }
      return { folder: dir, files };
    },

    read: async ({ fileName, offset }: { fileName: string; offset: number }) => {
      const dir = folder();
      await realFolder(dir);
      const path = join(dir, fileName);
      const info = await lstat(path).catch(() => null);
      if (!info) throw new HandlerError('notFound', `${fileName} is not in the archive folder ${dir}`);
      if (!info.isFile()) throw new HandlerError('badArguments', `${fileName} is a link or not a file; links are never followed`);
      if (info.size > MAX_ARCHIVE_BYTES) throw new HandlerError('badArguments', `${fileName} is ${info.size} bytes, larger than an archive may be (${MAX_ARCHIVE_BYTES})`);
      const h = await open(path, 'r');
      try {
        const length = Math.max(0, Math.min(FILE_CHUNK, info.size - offset));
        const buffer = Buffer.alloc(length);
        if (length > 0) await h.read(buffer, 0, length, offset);
        return { total: info.size, data: buffer.toString('base64') };
      } finally {
        await h.close();
      }
    },
  };
}
