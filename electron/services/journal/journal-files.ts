/**
 * The files of the journal folder: the numbered journal files
 * (ops-000001.jsonl, ops-000002.jsonl …, appended to in order, never
 * rewritten) and a line reader over them that starts at any offset and
 * copes with lines cut short by a crash. Owns file naming and reading only.
 */
import { open, readdir } from 'node:fs/promises';
import { MAX_LINE_BYTES } from './journal-line';

const FILE_NAME = /^ops-(\d{6})\.jsonl$/;
const CHUNK = 1024 * 1024;

export function journalFileName(index: number): string {
  return `ops-${String(index).padStart(6, '0')}.jsonl`;
}

/** Indexes of the journal files in the folder, ascending ([] when the folder does not exist). */
export async function listJournalFiles(dir: string): Promise<number[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names
    .map((n) => FILE_NAME.exec(n)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

export interface RawLine {
  /** The line without its newline (empty when `oversize`). */
  text: string;
  start: number;
  /** Offset just after the newline (or the end of the file when not terminated). */
  end: number;
  /** False for bytes at the end of the file without a newline: a line cut short. */
  terminated: boolean;
  /** The line is longer than MAX_LINE_BYTES and was skipped unread. */
  oversize: boolean;
}

/**
 * Calls `onLine` for every line of `path` from `offset` on, in order, until it
 * returns false. Reads in 1 MiB chunks: a journal may hold gigabytes.
 */
export async function forEachLine(path: string, offset: number, onLine: (line: RawLine) => boolean): Promise<void> {
  const handle = await open(path, 'r');
  try {
    let position = offset;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let lineStart = offset;
    let oversize = false;
    const buffer = Buffer.alloc(CHUNK);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, position);
      if (bytesRead === 0) break;
      let from = 0;
      for (;;) {
        const nl = buffer.indexOf(10, from);
        if (nl === -1 || nl >= bytesRead) break;
        const piece = buffer.subarray(from, nl);
        const end = position + nl + 1;
        const text = oversize ? '' : Buffer.concat([...pending, piece]).toString('utf8');
        const keepGoing = onLine({ text, start: lineStart, end, terminated: true, oversize: oversize || pendingBytes + piece.length > MAX_LINE_BYTES });
        pending = [];
        pendingBytes = 0;
        oversize = false;
        lineStart = end;
        from = nl + 1;
        if (!keepGoing) return;
      }
      if (from < bytesRead) {
        const rest = buffer.subarray(from, bytesRead);
        if (!oversize) {
          pending.push(Buffer.from(rest));
          pendingBytes += rest.length;
          if (pendingBytes > MAX_LINE_BYTES) {
            oversize = true;
            pending = [];
          }
        }
      }
      position += bytesRead;
    }
    if (lineStart < position) {
      onLine({ text: oversize ? '' : Buffer.concat(pending).toString('utf8'), start: lineStart, end: position, terminated: false, oversize });
    }
  } finally {
    await handle.close();
  }
}
