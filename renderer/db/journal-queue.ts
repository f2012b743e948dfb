/**
 * The renderer's half of the durable journal (issue 11): collects the ops
 * and serial high-water marks of each local write while its Dexie
 * transaction runs, and once that transaction has COMMITTED (its 'complete'
 * event — a rolled-back write is never journaled) sends them to the host,
 * which appends them to <profile>/journal and flushes them to disk
 * (electron/services/journal). createRepositories wraps every repository
 * call so it resolves only after the host confirmed: "saved" shown to the
 * clerk means on disk outside IndexedDB, which Chromium may delete after a
 * crash.
 *
 * Attachment bytes written in the same transaction as ops go first, through
 * the blob sink (content-addressed on the host), then the ops that name them.
 *
 * Sending: one call at a time; writes committed while a call is out go
 * together in the next (group commit). A write too large for one request
 * (the web host takes 1 MiB) goes in parts; the journal counts it once all
 * parts are in. A failed call keeps its writes queued (retried with the
 * next write or wait) and rejects the waiting repository calls with
 * JournalNotDurableError.
 */
import Dexie, { type Transaction } from 'dexie';
import { JOURNAL_MAX_OPS, JOURNAL_PART_BYTES, type JournalWrite } from '../../shared/ipc/journal-contract';
import type { WireOp } from '../../shared/sync/codec';
import type { JournalWatch } from './journal-watch';

/** The host side: appends the writes and resolves once they are flushed to disk. */
export type JournalSink = (writes: JournalWrite[]) => Promise<void>;
/** The host side for attachment bytes: resolves once they are on disk there. */
export type JournalBlobSink = (sha256: string, bytes: Uint8Array) => Promise<void>;

export interface PendingWrite {
  id: string;
  ops: WireOp[];
  serials: Record<string, number>;
  /** Attachment bytes written by this transaction, by sha256. */
  blobs?: Map<string, Uint8Array>;
}

/** The write was stored in this browser but the host could not put it in the journal on disk. */
export class JournalNotDurableError extends Error {
  constructor(readonly reason: string) {
    super(`saved in the browser's database but not yet in the journal on disk: ${reason}`);
    this.name = 'JournalNotDurableError';
  }
}

function sizeOf(op: WireOp): number {
  return JSON.stringify(op).length + 1;
}

/** Cuts a write into parts of at most JOURNAL_PART_BYTES of JSON and JOURNAL_MAX_OPS ops. */
export function partsOf(write: PendingWrite): JournalWrite[] {
  const chunks: WireOp[][] = [[]];
  let bytes = 0;
  for (const op of write.ops) {
    const size = sizeOf(op);
    const current = chunks[chunks.length - 1]!;
    if (current.length > 0 && (bytes + size > JOURNAL_PART_BYTES || current.length >= JOURNAL_MAX_OPS)) {
      chunks.push([op]);
      bytes = size;
    } else {
      current.push(op);
      bytes += size;
    }
  }
  return chunks.map((ops, part) => ({ id: write.id, part, parts: chunks.length, ops, serials: part === 0 ? write.serials : {} }));
}

/** Groups parts into calls that stay under the request size. */
function callsOf(parts: JournalWrite[]): JournalWrite[][] {
  const calls: JournalWrite[][] = [];
  let current: JournalWrite[] = [];
  let bytes = 0;
  let ops = 0;
  for (const p of parts) {
    const size = p.ops.reduce((n, op) => n + sizeOf(op), 200);
    if (current.length > 0 && (bytes + size > JOURNAL_PART_BYTES || ops + p.ops.length > JOURNAL_MAX_OPS || current.length >= 1000)) {
      calls.push(current);
      current = [];
      bytes = 0;
      ops = 0;
    }
    current.push(p);
    bytes += size;
    ops += p.ops.length;
  }
  if (current.length > 0) calls.push(current);
  return calls;
}

export class JournalQueue implements JournalWatch {
  private readonly byTransaction = new WeakMap<Transaction, PendingWrite>();
  private queued: PendingWrite[] = [];
  private enqueued = 0;
  private confirmed = 0;
  private sending: Promise<void> | null = null;
  private failure: string | null = null;
  private waiters: { upTo: number; resolve: () => void; reject: (e: Error) => void }[] = [];

  constructor(
    private readonly sink: JournalSink,
    private readonly blobSink: JournalBlobSink | null = null,
  ) {}

  /** Ops this write appends to the outbox (call inside the write's transaction). */
  noteOps(ops: readonly WireOp[]): void {
    const w = this.current();
    if (w) for (const op of ops) w.ops.push(op);
  }

  /** A serial high-water mark this write moved (meta key → value). JournalWatch. */
  serial(key: string, value: number): void {
    const w = this.current();
    if (w) w.serials[key] = Math.max(w.serials[key] ?? 0, value);
  }

  /** Attachment bytes this write stored. JournalWatch. */
  blob(sha256: string, bytes: Uint8Array): void {
    const w = this.current();
    if (w) (w.blobs ??= new Map()).set(sha256, bytes);
  }

  /** Sequence number of the last write handed to the queue (see waitFor). */
  get mark(): number {
    return this.enqueued;
  }

  /** Resolves once every write enqueued up to `upTo` is on disk at the host; rejects with JournalNotDurableError when sending failed. */
  waitFor(upTo: number = this.enqueued): Promise<void> {
    if (this.confirmed >= upTo) return Promise.resolve();
    const done = new Promise<void>((resolve, reject) => this.waiters.push({ upTo, resolve, reject }));
    this.pump();
    return done;
  }

  /** Hands a committed write (already out of its transaction) to the queue: the startup catch-up. */
  enqueue(write: PendingWrite): void {
    // Blobs without ops are bytes fetched from the share (already kept there), not a write of this PC.
    if (write.ops.length === 0) delete write.blobs;
    if (write.ops.length === 0 && Object.keys(write.serials).length === 0) return;
    this.queued.push(write);
    this.enqueued++;
    this.pump();
  }

  /** The pending write of the current top-level transaction, created with its commit hook on first use. */
  private current(): PendingWrite | null {
    let tx = Dexie.currentTransaction as Transaction | null;
    if (!tx) return null;
    while (tx.parent) tx = tx.parent; // a nested transaction commits with its top-level one
    let w = this.byTransaction.get(tx);
    if (!w) {
      const write: PendingWrite = { id: crypto.randomUUID(), ops: [], serials: {} };
      this.byTransaction.set(tx, write);
      tx.on('complete', () => this.enqueue(write));
      w = write;
    }
    return w;
  }

  private pump(): void {
    if (this.sending || this.queued.length === 0) return;
    this.failure = null;
    this.sending = this.send().finally(() => {
      this.sending = null;
      if (this.failure === null) this.pump();
    });
  }

  private async send(): Promise<void> {
    const batch = this.queued.splice(0);
    try {
      for (const w of batch) for (const [sha, bytes] of w.blobs ?? []) {
        if (!this.blobSink) break;
        await this.blobSink(sha, bytes);
        w.blobs!.delete(sha); // not sent again after a failure further on
      }
      for (const call of callsOf(batch.flatMap(partsOf))) await this.sink(call);
    } catch (error) {
      this.queued.unshift(...batch); // parts already sent are sent again: the journal drops the unfinished group
      this.failure = error instanceof Error ? error.message : String(error);
      const err = new JournalNotDurableError(this.failure);
      for (const w of this.waiters.splice(0)) w.reject(err);
      return;
    }
    this.confirmed += batch.length;
    this.waiters = this.waiters.filter((w) => {
      if (w.upTo > this.confirmed) return true;
      w.resolve();
      return false;
    });
  }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

/**
 * The same repositories, each call resolving only once the writes it
 * committed are in the journal on disk. Wraps every method once, here, so
 * no repository has to remember it; a call that wrote nothing (a read)
 * returns as it did.
 */
export function awaitingJournal<T extends object>(target: T, queue: JournalQueue): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(target)) {
    if (typeof value === 'function') {
      const fn = value as (...args: unknown[]) => unknown;
      out[key] = (...args: unknown[]) => {
        const before = queue.mark;
        const result = fn.apply(target, args);
        if (!isThenable(result)) return result;
        return Promise.resolve(result).then(async (resolved) => {
          if (queue.mark !== before) await queue.waitFor(queue.mark);
          return resolved;
        });
      };
    } else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      out[key] = awaitingJournal(value, queue);
    } else out[key] = value;
  }
  return out as T;
}
