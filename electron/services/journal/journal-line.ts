/**
 * One line of the journal file: `<16 hex of sha256(json)> <json>\n`. The
 * checksum lets a reader tell a whole line from one torn by a crash or power
 * cut (a prefix, or zeros the file system left behind) and from a line
 * damaged later on disk. Owns only the line format.
 */
import { createHash } from 'node:crypto';
import type { JournalIdentity, JournalWrite } from '../../../shared/ipc/journal-contract';

/** What a line holds: a write (or one part of it), ops published to the share, or who writes. */
export type JournalRecord =
  | { t: 'w'; id: string; p: number; n: number; ops: JournalWrite['ops']; s: JournalWrite['serials'] }
  | { t: 'p'; ids: string[] }
  | ({ t: 'id' } & JournalIdentity);

/** Lines longer than this are refused when written and reported as damaged when read. */
export const MAX_LINE_BYTES = 4 * 1024 * 1024;

const CHECK_CHARS = 16;

function check(json: string): string {
  return createHash('sha256').update(json).digest('hex').slice(0, CHECK_CHARS);
}

export function encodeLine(record: JournalRecord): string {
  const json = JSON.stringify(record);
  return `${check(json)} ${json}\n`;
}

export type DecodedLine = { ok: true; record: JournalRecord } | { ok: false; reason: string };

/** Decodes one line (without its newline). Never throws. */
export function decodeLine(line: string): DecodedLine {
  if (line.length < CHECK_CHARS + 3 || line[CHECK_CHARS] !== ' ') return { ok: false, reason: 'not a journal line' };
  const json = line.slice(CHECK_CHARS + 1);
  if (check(json) !== line.slice(0, CHECK_CHARS)) return { ok: false, reason: 'checksum mismatch' };
  try {
    const record = JSON.parse(json) as JournalRecord;
    if (record === null || typeof record !== 'object' || !['w', 'p', 'id'].includes((record as { t?: unknown }).t as string)) {
      return { ok: false, reason: 'unknown record' };
    }
    return { ok: true, record };
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
}
