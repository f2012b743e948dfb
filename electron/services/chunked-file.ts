/**
 * A file the renderer hands over in chunks (the backup, the archive file):
 * written to <final>.part (resumable at the size it has), checked against
 * its sha256 once whole, fsynced and renamed into place. One home for the
 * backup folder and the archive folder; `serialQueue` runs their puts one
 * at a time.
 */
import { createHash } from 'node:crypto';
import { lstat, open, readFile, rename, rm } from 'node:fs/promises';
import { HandlerError } from './errors';

/** Runs the given calls one after another (a failure does not stop the next). */
export function serialQueue(): <T>(fn: () => Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn);
    queue = run.catch(() => undefined);
    return run;
  };
}

export interface Chunk {
  sha256: string;
  offset: number;
  total: number;
  data: Uint8Array;
}

/** Takes one chunk of `final`; done once the whole file matched its sha256 and was renamed to `final`. */
export async function receiveChunk(final: string, chunk: Chunk, what: string): Promise<{ done: boolean; received: number }> {
  const part = `${final}.part`;
  const have = Math.max(await lstat(part).then((s) => s.size, () => -1), 0);
  if (chunk.offset !== have) {
    if (chunk.offset !== 0) return { done: false, received: have };
    await rm(part, { force: true });
  }
  if (chunk.offset + chunk.data.length > chunk.total) throw new HandlerError('badArguments', 'data: more bytes than total');
  const h = await open(part, chunk.offset === 0 ? 'w' : 'a');
  try {
    await h.write(chunk.data, 0, chunk.data.length, null);
    if (chunk.offset + chunk.data.length === chunk.total) await h.sync();
  } finally {
    await h.close();
  }
  const received = chunk.offset + chunk.data.length;
  if (received < chunk.total) return { done: false, received };
  const actual = createHash('sha256').update(await readFile(part)).digest('hex');
  if (actual !== chunk.sha256) {
    await rm(part, { force: true });
    throw new HandlerError('badArguments', `sha256: the ${what} arrived with hash ${actual}`);
  }
  await rename(part, final);
  return { done: true, received };
}
