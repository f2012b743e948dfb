/**
 * At start, before anything is shown: the database against the durable
 * journal of this PC's own writes (electron/services/journal).
 *
 *  - compareWithJournal: the journal has writes but the database has no
 *    clock (missing or empty: Chromium deleted it after finding it corrupt),
 *    an older clock than the journal's newest op, or a lower serial
 *    high-water mark → rebuild;
 *  - rebuildFromJournal: every journaled op goes back in through the merge
 *    of sync-repository (restoreOwn: the same projection as remote ops,
 *    stored unpublished, then marked published as far as the journal saw
 *    the share take them), then the serial high-water marks. Idempotent (ops
 *    are kept by id): a crash halfway leaves the clock or a serial behind,
 *    and the next start rebuilds again. Ops of other PCs come back with the
 *    normal sync round (cursors were lost with the database);
 *  - catchUpJournal: the other way round — own ops the database committed
 *    but the journal never confirmed (a crash between the two, a journal
 *    error, or a database older than the journal feature) are appended now,
 *    with the attachment bytes they name.
 */
import { toWireOp, type WireOp } from '../../shared/sync/codec';
import type { JournalEntry, JournalState } from '../../shared/ipc/journal-contract';
import { blobsFor, readBlob, writeBlob } from './entity-registry';
import type { JournalQueue } from './journal-queue';
import { SERIAL_KEY_PREFIX } from './journal-watch';
import { META_LAST_HLC, type DeskDatabase, type StoredOp } from './schema';
import type { SyncRepository } from './sync-repository';

export type JournalVerdict = { rebuild: false } | { rebuild: true; reason: 'missing' | 'behind' | 'serials' };

export interface JournalReader {
  read(cursor: string | null): Promise<{ entries: JournalEntry[]; next: string | null }>;
  /** Attachment bytes the journal kept, or null. */
  blob?(sha256: string): Promise<Uint8Array | null>;
}

export interface RebuildReport {
  writes: number;
  ops: number;
  /** Ops already in the database (a partial database, or a rebuild that ran before). */
  duplicates: number;
  serials: number;
  /** Attachment bytes put back from the journal, and those it did not have (they may still be on the share). */
  blobs: number;
  blobsMissing: number;
}

/** meta: the clock up to which a journal with no writes was already compared with the database (a PC that only reads scans once). */
export const META_JOURNAL_SCANNED = 'journal:scannedThrough';

/** Ops restored per transaction. */
const RESTORE_BATCH = 2000;
/** Ops per journal write when catching up a large backlog. */
const CATCH_UP_CHUNK = 5000;

export async function compareWithJournal(db: DeskDatabase, state: JournalState): Promise<JournalVerdict> {
  if (state.writes === 0) return { rebuild: false };
  const clock = await db.meta.get(META_LAST_HLC);
  if (typeof clock?.value !== 'string') return { rebuild: true, reason: 'missing' };
  if (state.lastHlc !== null && clock.value < state.lastHlc) return { rebuild: true, reason: 'behind' };
  const keys = Object.keys(state.serials);
  const rows = await db.meta.bulkGet(keys);
  if (keys.some((k, i) => (typeof rows[i]?.value === 'number' ? (rows[i].value) : 0) < state.serials[k]!)) return { rebuild: true, reason: 'serials' };
  return { rebuild: false };
}

export async function rebuildFromJournal(
  db: DeskDatabase,
  journal: JournalReader,
  sync: SyncRepository,
  state: JournalState,
  options: { now: () => number; onProgress?: (ops: number) => void },
): Promise<RebuildReport> {
  const report: RebuildReport = { writes: 0, ops: 0, duplicates: 0, serials: 0, blobs: 0, blobsMissing: 0 };
  const serials: Record<string, number> = { ...state.serials };
  const blobRefs = new Set<string>();
  let batch: WireOp[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    for (const sha of blobsFor(batch)) blobRefs.add(sha);
    const result = await sync.restoreOwn(batch, { now: options.now() });
    report.duplicates += result.duplicates;
    batch = [];
    options.onProgress?.(report.ops);
  };
  let cursor: string | null = null;
  do {
    const page: { entries: JournalEntry[]; next: string | null } = await journal.read(cursor);
    for (const entry of page.entries) {
      if (entry.kind === 'published') {
        await flush(); // the ops it names are in before they are marked
        await sync.markPublished(entry.ids);
        continue;
      }
      report.writes++;
      report.ops += entry.ops.length;
      for (const op of entry.ops) batch.push(op);
      for (const [k, v] of Object.entries(entry.serials)) serials[k] = Math.max(serials[k] ?? 0, v);
      if (batch.length >= RESTORE_BATCH) await flush();
    }
    cursor = page.next;
  } while (cursor !== null);
  await flush();
  for (const sha of blobRefs) {
    if (await readBlob(db, sha)) continue;
    const bytes = journal.blob ? await journal.blob(sha) : null;
    if (bytes && (await writeBlob(db, sha, bytes))) report.blobs++;
    else report.blobsMissing++;
  }
  // Serials last: until they are back, the next start sees them behind and rebuilds again.
  await db.transaction('rw', db.meta, async () => {
    const keys = Object.keys(serials);
    const rows = await db.meta.bulkGet(keys);
    const raise = keys.filter((k, i) => !(typeof rows[i]?.value === 'number' && (rows[i].value) >= serials[k]!));
    await db.meta.bulkPut(raise.map((key) => ({ key, value: serials[key]! })));
    report.serials = raise.length;
  });
  return report;
}

/**
 * Appends to the journal what this database holds of this PC's own writes
 * and the journal does not: own ops newer than the journal's newest, and
 * serials above the journal's. Returns how many ops were sent.
 */
export async function catchUpJournal(db: DeskDatabase, state: JournalState, deviceId: string, queue: JournalQueue): Promise<number> {
  const serials: Record<string, number> = {};
  for (const row of await db.meta.where('key').startsWith(SERIAL_KEY_PREFIX).toArray()) {
    if (typeof row.value === 'number' && row.value > (state.serials[row.key] ?? 0)) serials[row.key] = row.value;
  }
  const own = (op: StoredOp) => op.deviceId === deviceId;
  let sent = 0;
  const send = async (ops: StoredOp[], withSerials: boolean) => {
    const wire = ops.map((o) => toWireOp(o as unknown as WireOp & Record<string, unknown>));
    // The attachment bytes these ops name go along (the host keeps each sha256 once).
    const blobs = new Map<string, Uint8Array>();
    for (const sha of blobsFor(wire)) {
      const bytes = await readBlob(db, sha);
      if (bytes) blobs.set(sha, bytes);
    }
    queue.enqueue({ id: crypto.randomUUID(), ops: wire, serials: withSerials ? serials : {}, blobs });
    sent += ops.length;
  };
  const scanned = await db.meta.get(META_JOURNAL_SCANNED);
  const marks = [state.lastHlc, typeof scanned?.value === 'string' ? scanned.value : null].filter((h): h is string => h !== null);
  if (marks.length > 0) {
    const after = marks.reduce((a, b) => (a > b ? a : b));
    await send(await db.ops.where('hlc').above(after).filter(own).toArray(), true);
  } else {
    // An empty journal beside a database never compared with it (the first start of this version): the whole history, in pages by key.
    const clock = await db.meta.get(META_LAST_HLC);
    let after: string | null = null;
    let first = true;
    for (;;) {
      const page: StoredOp[] = await (after === null ? db.ops.orderBy(':id') : db.ops.where(':id').above(after)).limit(CATCH_UP_CHUNK).toArray();
      if (page.length === 0) break;
      after = page[page.length - 1]!.id;
      await send(page.filter(own), first);
      first = false;
      await queue.waitFor(); // one page in memory at a time
    }
    if (first) await send([], true);
    await queue.waitFor();
    if (typeof clock?.value === 'string') await db.meta.put({ key: META_JOURNAL_SCANNED, value: clock.value });
  }
  await queue.waitFor();
  return sent;
}
