/**
 * The backup channels (备份与恢复, issue 20.2). The renderer makes the backup
 * zip (the database is IndexedDB) and hands it over in chunks; main writes it
 * into the backup folder of the settings, checks its sha256, and keeps the
 * newest N. After a restore the renderer tells main, which renews the device
 * id when this PC held the backup's.
 */
import { z } from 'zod';
import { BACKUP_FILE_NAME } from '../archive/backup-names';
import { chunkedPutArgs } from './chunked-put';

/** A backup larger than this is refused (attachments included). */
export const MAX_BACKUP_BYTES = 8 * 1024 * 1024 * 1024;

export const backupPutArgs = chunkedPutArgs(BACKUP_FILE_NAME, MAX_BACKUP_BYTES);
export const backupPutResult = z.object({
  /** The whole file arrived, matched its sha256 and is in the folder under fileName. */
  done: z.boolean(),
  received: z.number(),
  path: z.string().nullable(),
  /** Older backups removed to keep the newest N. */
  removed: z.array(z.string()),
});

export const backupListResult = z.object({
  folder: z.string().nullable(),
  keep: z.number(),
  /** Newest first. */
  backups: z.array(z.object({ fileName: z.string(), size: z.number() })),
});

export const backupRestoredArgs = z.object({ deviceId: z.string().max(100) }).strict();
export const backupRestoredResult = z.object({ renewedTo: z.string().nullable() });
