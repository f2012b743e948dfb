/**
 * The outbox writer. Owns the HLC of this PC and the shape of the ops the
 * repositories append. Must be called INSIDE the repository's rw transaction
 * (tables ops + meta), so the record, its ops and the persisted lastHlc
 * commit or roll back together.
 *
 * The clock is initialised from meta.lastHlc and re-read on every write, so
 * timestamps never go backwards across restarts or between two windows on
 * one profile, even when the PC clock is set back.
 *
 * Read-only (version skew): every local write takes a stamp here first, so
 * this is the one place that refuses writes — stamp() and append() throw
 * ReadOnlyError while `isReadOnly()` (read fresh from the write context on
 * each call) says so. Thrown inside the write's transaction, it rolls back
 * whatever the repository had put before: nothing is half-written. Merging
 * remote ops (sync-repository) does not stamp and goes on.
 *
 * One write of one record is one op carrying the fields it changed
 * (shared/sync/op.ts); bases and conflicts are still worked out per field.
 *
 * Stale forms: a form sends only the fields the clerk changed, with the
 * values it showed for them when it opened (`seen`). When a field's current
 * value is not what the clerk saw — a merge or another window changed it
 * underneath — the new op's base for it is the op the clerk did see (the latest op
 * holding the seen value), so the value it replaces was not seen: on this PC
 * at once, and on every other PC by the merge's own rule, that value is kept
 * in the case's conflict list instead of silently lost. The clerk's value
 * still wins (it is the newest op).
 * Journal: every op appended here is also noted for the durable journal
 * (journal-queue.ts), which sends it to the host once the transaction has
 * committed. Merged remote ops do not come through here: they are on the share.
 */
import Dexie from 'dexie';
import { newId } from './ids';
import { compareHlc, formatHlc, HybridClock, parseHlc, type Hlc } from '../../shared/sync/hlc';
import { fieldConflicts } from '../../shared/sync/merge';
import { changesOf, compareOps, OP_SCHEMA_VERSION, type EntityName, type FieldChange, type JsonValue, type OpRef } from '../../shared/sync/op';
import { conflictRow, conflictsTable, type ConflictRow } from './conflicts';
import { fieldKey, toWireOp, type WireOp } from '../../shared/sync/codec';
import type { JournalQueue } from './journal-queue';
import { META_LAST_HLC, type DeskDatabase, type StoredOp } from './schema';
import { ReadOnlyError, type WriteContext } from './types';

export class OpsWriter {
  /** The last stamp this instance issued (the meta row may be newer when another window wrote). */
  private last: Hlc | null = null;
  /** Per transaction: its stamp's write of meta.lastHlc, awaited by its append(). */
  private readonly stampWrites = new WeakMap<object, Promise<unknown>>();

  constructor(
    private readonly db: DeskDatabase,
    private readonly isReadOnly: () => boolean = () => false,
    private readonly journal: JournalQueue | null = null,
  ) {}

  /** The tables every write transaction that appends ops must include. */
  get tables() {
    return [this.db.ops, this.db.meta, conflictsTable(this.db)];
  }

  /** Throws ReadOnlyError while this app may not write (see the module comment). */
  guard(): void {
    if (this.isReadOnly()) throw new ReadOnlyError();
  }

  /** The next HLC for one write, persisted as meta.lastHlc in the current transaction. */
  async stamp(now: () => number): Promise<Hlc> {
    this.guard();
    const stored = await this.db.meta.get(META_LAST_HLC);
    let start = this.last ?? { wall: 0, counter: 0 };
    if (typeof stored?.value === 'string') {
      const persisted = parseHlc(stored.value);
      if (compareHlc(persisted, start) > 0) start = persisted;
    }
    const next = new HybridClock(start, now).tick();
    const saving = this.db.meta.put({ key: META_LAST_HLC, value: formatHlc(next) });
    // Inside a transaction it is not awaited here: the write goes on building while lastHlc is stored (a save is
    // one round trip shorter). The transaction cannot commit before the request ends and fails whole if it fails;
    // append() awaits it with the ops.
    const tx = Dexie.currentTransaction;
    if (tx) this.stampWrites.set(tx, saving);
    else await saving;
    this.last = next;
    return next;
  }

  /** One op for the write of one record: the given fields under one stamp (none when no field changed). */
  build(ctx: WriteContext, stamp: Hlc, entity: EntityName, entityId: string, fields: Record<string, JsonValue>): StoredOp[] {
    if (Object.keys(fields).length === 0) return [];
    const op: StoredOp = { id: newId(stamp.wall), hlc: formatHlc(stamp), deviceId: ctx.deviceId, user: ctx.user, entity, entityId, fields: { ...fields }, schemaVersion: OP_SCHEMA_VERSION, published: 0 };
    if (ctx.clerkId) op.clerkId = ctx.clerkId;
    return [op];
  }

  /**
   * Appends ops to the outbox. Each op records in `bases`, per field, the op
   * that held the field until now (replication: lets other PCs tell a
   * sequential edit from a concurrent one, shared/sync/merge.ts); one indexed
   * read per record.
   * `newRecords`: the ops are all of records created in this very write (a
   * fresh id): nothing held their fields, so the read is skipped.
   * `seen`: for ops of ONE record, the values the clerk's form showed for
   * those fields (module comment: stale forms).
   */
  async append(ops: StoredOp[], { newRecords = false, seen }: { newRecords?: boolean; seen?: Readonly<Record<string, unknown>> } = {}): Promise<void> {
    if (ops.length === 0) return;
    this.guard();
    if (newRecords) {
      for (const op of ops) delete op.bases;
      this.noteForJournal(ops);
      await Promise.all([this.db.ops.bulkAdd(ops), this.stampWriteOfThisTransaction()]);
      return;
    }
    const keys = new Map<string, [string, string]>();
    for (const op of ops) keys.set(`${op.entity}\u0000${op.entityId}`, [op.entity, op.entityId]);
    // equals() per record: anyOf() on a compound index walks the whole index.
    const prior = (await Promise.all([...keys.values()].map((k) => this.db.ops.where('[entity+entityId]').equals(k).toArray()))).flat();
    const byField = new Map<string, FieldChange[]>();
    for (const p of prior) {
      for (const change of changesOf(p)) {
        const k = fieldKey(change);
        const list = byField.get(k);
        if (list) list.push(change);
        else byField.set(k, [change]);
      }
    }
    const conflicts: ConflictRow[] = [];
    for (const op of ops) {
      const bases: Record<string, OpRef> = {};
      for (const change of changesOf(op)) {
        const { field } = change;
        const history = (byField.get(fieldKey(change)) ?? []).sort(compareOps);
        const held = history[history.length - 1];
        let base = held;
        const stale = seen !== undefined && Object.hasOwn(seen, field) && held !== undefined && !sameValue(held.value, seen[field]);
        if (stale) base = history.findLast((p) => sameValue(p.value, seen[field]));
        if (base) bases[field] = { hlc: base.hlc, deviceId: base.deviceId, id: base.id };
        // The new change is the field's winner: its conflicts are the values nobody replaced knowingly (none unless stale).
        change.base = bases[field] ?? null;
        for (const loser of fieldConflicts([...history, change]).losers) conflicts.push(conflictRow(loser, change));
      }
      if (Object.keys(bases).length > 0) op.bases = bases;
      else delete op.bases;
    }
    this.noteForJournal(ops);
    await Promise.all([this.db.ops.bulkAdd(ops), this.replaceConflicts(ops, conflicts), this.stampWriteOfThisTransaction()]);
  }

  private stampWriteOfThisTransaction(): Promise<unknown> | undefined {
    const tx = Dexie.currentTransaction;
    return tx ? this.stampWrites.get(tx) : undefined;
  }

  /** The conflict rows of the written fields become those of the new winners (an edit made after seeing a conflict settles it). */
  private async replaceConflicts(ops: readonly StoredOp[], rows: ConflictRow[]): Promise<void> {
    const table = conflictsTable(this.db);
    const records = new Map<string, [string, string]>();
    for (const op of ops) records.set(`${op.entity}\u0000${op.entityId}`, [op.entity, op.entityId]);
    const written = new Set(ops.flatMap((op) => changesOf(op).map(fieldKey)));
    const existing = (await Promise.all([...records.values()].map((k) => table.where('[entity+entityId]').equals(k).toArray()))).flat();
    const settled = existing.filter((row) => written.has(fieldKey(row))).map((row) => row.id);
    if (settled.length) await table.bulkDelete(settled);
    if (rows.length) await table.bulkPut(rows);
  }

  private noteForJournal(ops: StoredOp[]): void {
    this.journal?.noteOps(ops.map((op) => toWireOp(op as unknown as WireOp & Record<string, unknown>)));
  }
}

/** Value equality for field values (arrays and objects by content). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return false;
}
