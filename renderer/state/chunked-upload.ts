/**
 * Hands a file to main chunk after chunk (shared/ipc/chunked-put.ts) until
 * main says the whole file matched its sha256 and is in place; a folder that
 * stops taking it is an error, never a silent loop. `what` names the folder
 * in that error.
 */
import { encodeBase64 } from '../../shared/base64';
import { FILE_CHUNK } from '../../shared/ipc/chunked-put';

type Chunk = { fileName: string; sha256: string; offset: number; total: number; data: string };

export async function uploadInChunks<R extends { done: boolean; received: number }>(
  bytes: Uint8Array,
  file: { fileName: string; sha256: string; what: string },
  put: (chunk: Chunk) => Promise<R>,
  onChunk?: (offset: number) => void,
): Promise<R> {
  let offset = 0;
  for (;;) {
    onChunk?.(offset);
    const r = await put({ fileName: file.fileName, sha256: file.sha256, offset, total: bytes.length, data: encodeBase64(bytes.subarray(offset, offset + FILE_CHUNK)) });
    if (r.done) return r;
    if (r.received <= offset && r.received !== 0) throw new Error(`the ${file.what} folder stopped taking the file at ${r.received} bytes`);
    offset = r.received;
  }
}
