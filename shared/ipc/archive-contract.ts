/**
 * The archive channels (归档, issue 20.6). The renderer makes the archive
 * file (the database is IndexedDB) and hands it over in chunks; main writes
 * it into the archive folder (settings.archiveFolder, else <share>/archive),
 * checks its sha256 and renames it into place — never over an existing
 * file. Main lists the archive files there and hands one back in chunks to
 * be read back and verified, or opened read-only.
 */
import { z } from 'zod';
import { ARCHIVE_FILE_NAME, MAX_ARCHIVE_BYTES } from '../archive/case-archive';
import { chunkedPutArgs } from './chunked-put';

export const archivePutArgs = chunkedPutArgs(ARCHIVE_FILE_NAME, MAX_ARCHIVE_BYTES);
export const archivePutResult = z.object({
  /** The whole file arrived, matched its sha256 and is in the folder under fileName. */
  done: z.boolean(),
  received: z.number(),
  path: z.string().nullable(),
  folder: z.string().nullable(),
});

export const archiveListResult = z.object({
  /** null: no archive folder (no share and none chosen). */
  folder: z.string().nullable(),
  files: z.array(z.object({ fileName: z.string(), size: z.number() })),
});

export const archiveReadArgs = z.object({ fileName: z.string().regex(ARCHIVE_FILE_NAME), offset: z.number().int().min(0) }).strict();
export const archiveReadResult = z.object({
  total: z.number(),
  /** base64 of at most ARCHIVE_CHUNK bytes from offset. */
  data: z.string(),
});
