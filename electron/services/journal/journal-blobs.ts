/**
 * Attachment bytes of journaled writes: <profile>/journal/blobs/<sha256>,
 * content-addressed, written in chunks (<sha256>.part, resumable at its
 * size), checked against their hash, fsync'ed and renamed into place before
 * the last chunk is answered — so an attachment the clerk was told is saved
 * survives the browser throwing its database away, like the ops that name it.
 * Never deleted (nothing here knows whether the share has the bytes).
 */
import { createHash } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { HandlerError } from '../errors';

export interface JournalBlobs {
  put(sha256: string, offset: number, data: Uint8Array, total: number): Promise<{ present: boolean; received: number }>;
  get(sha256: string, offset: number, length: number): Promise<{ data: Uint8Array; total: number; present: boolean }>;
}

const size = (path: string) => stat(path).then((s) => s.size, () => -1);

export function createJournalBlobs(dir: string): JournalBlobs {
  const final = (sha: string) => join(dir, sha);
  const part = (sha: string) => join(dir, `${sha}.part`);
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn);
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    put: (sha256, offset, data, total) =>
      serial(async () => {
        if ((await size(final(sha256))) >= 0) return { present: true, received: total };
        await mkdir(dir, { recursive: true });
        const have = await size(part(sha256));
        if (offset !== Math.max(have, 0)) {
          if (offset === 0) await rm(part(sha256), { force: true });
          else return { present: false, received: Math.max(have, 0) }; // resume where the file is
        }
        const h = await open(part(sha256), offset === 0 ? 'w' : 'a');
        try {
          await h.write(data, 0, data.length, null);
          if (offset + data.length >= total) await h.sync();
        } finally {
          await h.close();
        }
        const received = offset + data.length;
        if (received < total) return { present: false, received };
        const actual = createHash('sha256').update(await readFile(part(sha256))).digest('hex');
        if (actual !== sha256) {
          await rm(part(sha256), { force: true });
          throw new HandlerError('badArguments', `sha256: the attachment arrived with hash ${actual}`);
        }
        await rename(part(sha256), final(sha256));
        try {
          const d = await open(dir, 'r');
          await d.sync().finally(() => d.close());
        } catch {
          /* Windows: folders cannot be opened this way and need not be */
        }
        return { present: true, received };
      }),

    get: async (sha256, offset, length) => {
      let bytes: Buffer;
      try {
        bytes = await readFile(final(sha256));
      } catch {
        return { data: new Uint8Array(0), total: 0, present: false };
      }
      return { data: bytes.subarray(offset, offset + length), total: bytes.length, present: true };
    },
  };
}
