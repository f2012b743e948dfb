/**
 * Files the renderer makes and main writes (备份 and 归档): handed over in
 * chunks of base64, each call saying the file's name, its sha256, where the
 * chunk starts and the whole size; main answers how much it holds and, at
 * the end, whether the whole file matched and is in place.
 */
import { z } from 'zod';

/** Bytes per chunk before base64: fits the web host's 1 MB request limit. */
export const FILE_CHUNK = 512 * 1024;

/** The arguments of one chunk of a file named by `fileName`, at most `maxBytes` in all. */
export const chunkedPutArgs = (fileName: RegExp, maxBytes: number) =>
  z
    .object({
      fileName: z.string().regex(fileName),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      offset: z.number().int().min(0),
      total: z.number().int().min(1).max(maxBytes),
      data: z.string().max(Math.ceil(FILE_CHUNK / 3) * 4),
    })
    .strict();
