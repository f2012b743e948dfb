/**
 * The durable journal of this PC's own writes (`journal:*`). Owns the folder
 * <profile>/journal: append-only files ops-NNNNNN.jsonl (one checksummed line
 * per write or part of a write, journal-line.ts) and state.json, a
 * checkpoint of the summary so a start reads only the lines after it.
 *
 * Why: Chromium deletes an IndexedDB database it finds corrupt after a crash
 * or power cut. The renderer sends every committed local write here and tells
 * the clerk "saved" only once append() has returned, i.e. after fdatasync:
 * the journal, not IndexedDB, is what the clerk was promised. At start the
 * renderer compares state() with its database and rebuilds it from read().
 *
 * Rules:
 *  - append-only, never rewritten: a line is whole (checksum) or ignored;
 *  - a torn tail (a crash during append: a line cut short or zeros) is moved
 *    to <file>.torn and cut off when the journal is opened — that write was
 *    never confirmed; damaged lines before good ones are reported in state()
 *    and skipped, the rest of the journal stays readable; nothing throws
 *    the journal away;
 *  - files roll over at maxFileBytes; nothing is ever deleted, so published
 *    and unpublished ops alike survive (published ops are marked by a
 *    'p' line written when the sync push has put them on the share);
 *  - one call at a time (a promise queue): one writer per file.
 * Plain Node; no clock needed.
 */
import { appendFile, mkdir, open, readFile, stat, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import type { journalAppendArgs, JournalEntry, JournalIdentity, JournalState, JournalWrite } from '../../../shared/ipc/journal-contract';
import { JOURNAL_READ_BYTES } from '../../../shared/ipc/journal-contract';
import { writeFileAtomic } from '../atomic-write';
import { HandlerError, consoleLogger, type Logger } from '../errors';
import { forEachLine, journalFileName, listJournalFiles } from './journal-files';
import { decodeLine, encodeLine, MAX_LINE_BYTES, type JournalRecord } from './journal-line';
import { JournalSummary, type SummaryData } from './journal-summary';
import { inCurrentFormat } from '../../../shared/sync/op';

export const JOURNAL_DIR = 'journal';
export const CHECKPOINT_FILE = 'state.json';
export const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;
const PUBLISHED_IDS_PER_LINE = 20_000;

export interface JournalServiceOptions {
  /** The journal folder (<profile>/journal). */
  dir: string;
  /** A file rolls over to the next one past this size. */
  maxFileBytes?: number;
  /** A checkpoint (state.json) is written after this many appends. */
  checkpointEvery?: number;
  logger?: Logger;
}

export interface JournalService {
  append(args: z.output<typeof journalAppendArgs>): Promise<{ writes: number; ops: number; lastHlc: string | null }>;
  state(): Promise<JournalState>;
  read(args: { cursor: string | null; maxBytes?: number | undefined }): Promise<{ entries: JournalEntry[]; next: string | null }>;
  /** Records that these ops are on the share (no fsync: losing the mark only means publishing them again, which is harmless). */
  markPublished(ids: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

interface Checkpoint {
  version: 1;
  file: number;
  offset: number;
  summary: SummaryData;
}

interface Opened {
  file: number;
  handle: FileHandle;
  size: number;
  /** Bytes of all files before the current one. */
  before: number;
  summary: JournalSummary;
  sinceCheckpoint: number;
}

function isCheckpoint(value: unknown): value is Checkpoint {
  const v = value as Partial<Checkpoint> | null;
  return (
    typeof v === 'object' && v !== null && v.version === 1 && Number.isInteger(v.file) && Number.isInteger(v.offset) &&
    typeof v.summary === 'object' && v.summary !== null && Array.isArray(v.summary.damaged) && typeof v.summary.serials === 'object'
  );
}

function parseCursor(cursor: string | null): { file: number; offset: number } | null {
  if (cursor === null) return null;
  const m = /^(\d+):(\d+)$/.exec(cursor);
  if (!m) throw new HandlerError('badArguments', `cursor: not a journal position (${cursor})`, [{ path: 'cursor', message: 'not a journal position' }]);
  return { file: Number(m[1]), offset: Number(m[2]) };
}

async function syncDir(dir: string): Promise<void> {
  // Makes a new file's name durable (Linux); Windows cannot open a folder this way and does not need it.
  try {
    const h = await open(dir, 'r');
    try {
      await h.sync();
    } finally {
      await h.close();
    }
  } catch {
    /* not supported here */
  }
}

export function createJournalService(options: JournalServiceOptions): JournalService {
  const { dir } = options;
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const checkpointEvery = options.checkpointEvery ?? 200;
  const logger = options.logger ?? consoleLogger;
  let opened: Promise<Opened> | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  function serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = queue.then(fn);
    queue = run.catch(() => undefined);
    return run;
  }

  async function readCheckpoint(): Promise<Checkpoint | null> {
    try {
      const parsed = JSON.parse(await readFile(join(dir, CHECKPOINT_FILE), 'utf8')) as unknown;
      return isCheckpoint(parsed) ? parsed : null;
    } catch {
      return null;
    }
  }

  async function writeCheckpoint(o: Opened): Promise<void> {
    if (o.summary.open) return; // only between writes: a scan from here must not start inside one
    const cp: Checkpoint = { version: 1, file: o.file, offset: o.size, summary: o.summary.data };
    try {
      await writeFileAtomic(join(dir, CHECKPOINT_FILE), JSON.stringify(cp));
      o.sinceCheckpoint = 0;
    } catch (error) {
      logger.warn(`journal: checkpoint not written (${error instanceof Error ? error.message : String(error)}); the next start reads more of the journal`);
    }
  }

  /** Moves bytes [from, size) of a file aside to <file>.torn and cuts them off. */
  async function setAsideTail(path: string, from: number, size: number): Promise<void> {
    const h = await open(path, 'r+');
    try {
      const bytes = Buffer.alloc(size - from);
      await h.read(bytes, 0, bytes.length, from);
      await appendFile(`${path}.torn`, bytes);
      await h.truncate(from);
      await h.sync();
    } finally {
      await h.close();
    }
  }

  async function openJournal(): Promise<Opened> {
    await mkdir(dir, { recursive: true });
    const files = await listJournalFiles(dir);
    const sizes = new Map<number, number>();
    for (const f of files) sizes.set(f, (await stat(join(dir, journalFileName(f)))).size);
    const cp = await readCheckpoint();
    const usable = cp !== null && sizes.has(cp.file) && sizes.get(cp.file)! >= cp.offset;
    const summary = new JournalSummary(usable ? cp.summary : undefined);
    let startFile = usable ? cp.file : (files[0] ?? 1);
    let startOffset = usable ? cp.offset : 0;
    const last = files[files.length - 1] ?? 1;
    for (const f of files) {
      if (f < startFile) continue;
      const path = join(dir, journalFileName(f));
      let goodEnd = f === startFile ? startOffset : 0;
      let bad: { offset: number; reason: string }[] = [];
      await forEachLine(path, f === startFile ? startOffset : 0, (line) => {
        const decoded = line.oversize ? { ok: false as const, reason: 'line too long' } : line.terminated ? decodeLine(line.text) : { ok: false as const, reason: 'line cut short' };
        if (!decoded.ok) {
          bad.push({ offset: line.start, reason: decoded.reason });
          return true;
        }
        for (const b of bad) summary.damage(journalFileName(f), b.offset, b.reason);
        bad = [];
        summary.apply(decoded.record);
        goodEnd = line.end;
        return true;
      });
      const size = sizes.get(f)!;
      if (bad.length > 0 && f === last) {
        // A crash during the last append: that write was never confirmed. Kept aside, cut off, so appends go on after whole lines.
        await setAsideTail(path, goodEnd, size);
        sizes.set(f, goodEnd);
        summary.data.tornTails++;
        logger.warn(`journal: ${size - goodEnd} bytes of an unfinished last write in ${journalFileName(f)} moved to ${journalFileName(f)}.torn`);
      } else {
        for (const b of bad) summary.damage(journalFileName(f), b.offset, b.reason);
      }
      startFile = f;
      startOffset = 0;
    }
    if (summary.data.damaged.length > 0) logger.warn(`journal: ${summary.data.damaged.length} damaged line(s) skipped in ${dir}`);
    const file = last;
    const path = join(dir, journalFileName(file));
    const handle = await open(path, 'a');
    if (!sizes.has(file)) await syncDir(dir);
    const size = sizes.get(file) ?? 0;
    let before = 0;
    for (const [f, s] of sizes) if (f !== file) before += s;
    return { file, handle, size, before, summary, sinceCheckpoint: 0 };
  }

  function journal(): Promise<Opened> {
    opened ??= openJournal().catch((error: unknown) => {
      opened = null;
      throw new HandlerError('failed', `journalUnavailable: the journal in ${dir} cannot be opened: ${error instanceof Error ? error.message : String(error)}`);
    });
    return opened;
  }

  async function rollOver(o: Opened): Promise<void> {
    await o.handle.close();
    o.before += o.size;
    o.file++;
    o.handle = await open(join(dir, journalFileName(o.file)), 'a');
    o.size = 0;
    await syncDir(dir);
  }

  /** Appends whole lines; on a failed write cuts the file back so no half line stays before the next one. */
  async function writeLines(o: Opened, records: JournalRecord[], durable: boolean): Promise<void> {
    const text = records.map(encodeLine).join('');
    const bytes = Buffer.from(text, 'utf8');
    if (o.size > 0 && o.size + bytes.length > maxFileBytes) {
      await o.handle.datasync();
      await rollOver(o);
    }
    try {
      await o.handle.write(bytes, 0, bytes.length, null);
      if (durable) await o.handle.datasync();
    } catch (error) {
      try {
        await o.handle.truncate(o.size);
      } catch {
        // Could not cut back: reopen next time (the open moves a torn tail aside).
        opened = null;
        await o.handle.close().catch(() => undefined);
      }
      throw new HandlerError('failed', `journalWriteFailed: ${error instanceof Error ? error.message : String(error)}`);
    }
    o.size += bytes.length;
    for (const r of records) o.summary.apply(r);
  }

  function sameIdentity(a: JournalIdentity | null, b: JournalIdentity): boolean {
    return a !== null && a.databaseName === b.databaseName && a.deviceId === b.deviceId && a.clerk?.id === b.clerk?.id && a.clerk?.name === b.clerk?.name;
  }

  function writeRecord(w: JournalWrite): JournalRecord {
    return { t: 'w', id: w.id, p: w.part, n: w.parts, ops: w.ops, s: w.serials };
  }

  return {
    append: (args) =>
      serial(async () => {
        const o = await journal();
        const records: JournalRecord[] = [];
        if (!sameIdentity(o.summary.data.identity, args.identity)) records.push({ t: 'id', ...args.identity });
        for (const w of args.writes) records.push(writeRecord(w));
        for (const r of records) {
          if (Buffer.byteLength(JSON.stringify(r)) > MAX_LINE_BYTES - 32) throw new HandlerError('badArguments', `writes: a part is larger than ${MAX_LINE_BYTES} bytes`);
        }
        await writeLines(o, records, true);
        if (++o.sinceCheckpoint >= checkpointEvery) await writeCheckpoint(o);
        const { writes, ops, lastHlc } = o.summary.data;
        return { writes, ops, lastHlc };
      }),

    markPublished: (ids) =>
      serial(async () => {
        if (ids.length === 0) return;
        const o = await journal();
        const records: JournalRecord[] = [];
        for (let i = 0; i < ids.length; i += PUBLISHED_IDS_PER_LINE) records.push({ t: 'p', ids: ids.slice(i, i + PUBLISHED_IDS_PER_LINE) });
        await writeLines(o, records, false);
      }),

    state: () =>
      serial(async () => {
        const o = await journal();
        const d = o.summary.data;
        return { identity: d.identity, writes: d.writes, ops: d.ops, lastHlc: d.lastHlc, serials: { ...d.serials }, damaged: [...d.damaged], tornTails: d.tornTails, bytes: o.before + o.size };
      }),

    read: ({ cursor, maxBytes }) =>
      serial(async () => {
        const o = await journal();
        const limit = maxBytes ?? JOURNAL_READ_BYTES;
        const files = (await listJournalFiles(dir)).filter((f) => f <= o.file);
        const from = parseCursor(cursor) ?? { file: files[0] ?? 1, offset: 0 };
        const entries: JournalEntry[] = [];
        let group: { id: string; next: number; parts: number; ops: JournalWrite['ops']; serials: Record<string, number> } | null = null;
        let bytes = 0;
        let next: string | null = null;
        for (const f of files) {
          if (f < from.file) continue;
          const fileEnd = f === o.file ? o.size : Number.POSITIVE_INFINITY;
          await forEachLine(join(dir, journalFileName(f)), f === from.file ? from.offset : 0, (line) => {
            if (line.start >= fileEnd) return false;
            const decoded = line.terminated && !line.oversize ? decodeLine(line.text) : null;
            if (decoded?.ok) {
              const r = decoded.record;
              bytes += line.end - line.start;
              if (r.t === 'p') entries.push({ kind: 'published', ids: r.ids });
              else if (r.t === 'w') {
                if (!group || group.id !== r.id || group.next !== r.p) group = r.p === 0 ? { id: r.id, next: 0, parts: r.n, ops: [], serials: {} } : null;
                if (group) {
                  group.next++;
                  for (const op of r.ops) group.ops.push(inCurrentFormat(op)); // journals of format 1 hold one-field ops
                  for (const [k, v] of Object.entries(r.s)) group.serials[k] = Math.max(group.serials[k] ?? 0, v);
                  if (group.next === group.parts) {
                    entries.push({ kind: 'write', ops: group.ops, serials: group.serials });
                    group = null;
                  }
                }
              }
            }
            if (bytes >= limit && group === null) {
              next = `${f}:${line.end}`;
              return false;
            }
            return true;
          });
          if (next !== null) break;
        }
        return { entries, next };
      }),

    close: () =>
      serial(async () => {
        if (!opened) return;
        const o = await opened.catch(() => null);
        opened = null;
        if (!o) return;
        await writeCheckpoint(o);
        await o.handle.close();
      }),
  };
}
