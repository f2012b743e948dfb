/**
 * THE place where an op entity is bound to its IndexedDB table, for
 * replication. When remote ops arrive (sync-repository.ts applyRemote), the
 * winning value of every field (per-field last-writer-wins, shared/sync/merge.ts)
 * is written onto the record of the entity's table through its binding.
 *
 * FOR EVERY ENGINEER WHO ADDS AN ENTITY: add its name to ENTITIES in
 * shared/sync/op.ts, its table in your schema version, and ONE call here:
 *
 *     registerEntity('returnLine', { table: 'returnLines' });
 *
 * - `table`: the Dexie table whose primary key is the op's entityId.
 * - `project` (optional): builds the stored record from the existing one and
 *   the winning field values — add derived/index fields here (see 'case').
 *   Default: { ...existing, id, ...fields }.
 * - registerMergeHook(fn): runs in the same transaction after a batch was
 *   merged, with the touched records (e.g. refresh a case projection).
 * - registerBlobSource(...): how the attachments of some ops are found
 *   (sha256 list) and read, so their blobs go to the share BEFORE the
 *   segment that references them.
 *
 * Ops of entities without a binding (a newer app's entities) are stored and
 * replicated but not projected; they are never dropped.
 */
import type { Table } from 'dexie';
import type { JsonValue, OpRef } from '../../shared/sync/op';
import type { WireOp } from '../../shared/sync/codec';
import type { DeskDatabase } from './schema';

export type StoredRecord = Record<string, unknown> & { id: string };

export interface LatestOp extends OpRef {
  user: string;
}

export interface EntityBinding {
  table: string;
  project?: (existing: StoredRecord | undefined, id: string, fields: Record<string, JsonValue>, latest: LatestOp) => StoredRecord;
  /** Runs before the record is stored (same transaction): settle unique-index clashes here. */
  beforePut?: (db: DeskDatabase, record: StoredRecord) => Promise<StoredRecord>;
}

export interface MergedRecord {
  entity: string;
  entityId: string;
  record: StoredRecord;
}

export type MergeHook = (db: DeskDatabase, merged: MergedRecord[]) => Promise<void>;

export interface BlobSource {
  /** sha256 of every blob an op refers to (usually: an attachment's `sha256` field). */
  refsOf(op: WireOp): string[];
  /** The bytes of a local blob, or undefined when this PC does not have them. */
  read(db: DeskDatabase, sha256: string): Promise<Uint8Array | undefined>;
  /** Stores bytes fetched from the share. */
  write?(db: DeskDatabase, sha256: string, bytes: Uint8Array): Promise<void>;
}

const bindings = new Map<string, EntityBinding>();
const hooks: MergeHook[] = [];
const blobSources: BlobSource[] = [];

export function registerEntity(entity: string, binding: EntityBinding): void {
  bindings.set(entity, binding);
}
export function bindingOf(entity: string): EntityBinding | undefined {
  return bindings.get(entity);
}
export function registerMergeHook(hook: MergeHook): void {
  if (!hooks.includes(hook)) hooks.push(hook);
}
export function mergeHooks(): readonly MergeHook[] {
  return hooks;
}
export function registerBlobSource(source: BlobSource): void {
  if (!blobSources.includes(source)) blobSources.push(source);
}
/** The sync hook: sha256 of every blob the given ops refer to (deduplicated). */
export function blobsFor(ops: readonly WireOp[]): string[] {
  const out = new Set<string>();
  for (const op of ops) for (const source of blobSources) for (const sha of source.refsOf(op)) out.add(sha);
  return [...out];
}
export async function readBlob(db: DeskDatabase, sha256: string): Promise<Uint8Array | undefined> {
  for (const source of blobSources) {
    const bytes = await source.read(db, sha256);
    if (bytes) return bytes;
  }
  return undefined;
}

/** Stores bytes of a blob some op refers to, through the first source that can (the journal's rebuild). */
export async function writeBlob(db: DeskDatabase, sha256: string, bytes: Uint8Array): Promise<boolean> {
  for (const source of blobSources) {
    if (source.write) {
      await source.write(db, sha256, bytes);
      return true;
    }
  }
  return false;
}

export function tableOf(db: DeskDatabase, entity: string): Table<StoredRecord, string> | null {
  const binding = bindings.get(entity);
  return binding ? db.table<StoredRecord, string>(binding.table) : null;
}

export function projectRecord(entity: string, existing: StoredRecord | undefined, id: string, fields: Record<string, JsonValue>, latest: LatestOp): StoredRecord {
  const binding = bindings.get(entity);
  if (binding?.project) return binding.project(existing, id, fields, latest);
  return { ...existing, ...fields, id };
}

const wallIso = (hlc: string): string => new Date(Number(hlc.slice(0, 15))).toISOString();

/** receivedAt as UTC ISO (the sparse live-cases index; same rule as cases-repository.ts). */
function liveReceivedAtOf(receivedAt: unknown): string | undefined {
  if (typeof receivedAt !== 'string') return undefined;
  const ms = Date.parse(receivedAt);
  return Number.isNaN(ms) ? receivedAt : new Date(ms).toISOString();
}

// ---- the foundation's entities -------------------------------------------

registerEntity('case', {
  table: 'cases',
  project(existing, id, fields, latest) {
    const record: StoredRecord = { ...existing, ...fields, id };
    // updatedAt/updatedBy are a projection of the latest op of the case (cases-repository.ts), never ops themselves.
    record.updatedAt = wallIso(latest.hlc);
    record.updatedBy = latest.user;
    if (record.deleted === true) delete record.liveReceivedAt;
    else record.liveReceivedAt = liveReceivedAtOf(record.receivedAt);
    return record;
  },
});

/**
 * Two cases with one number can only come from a cloned PC (or a station
 * code given twice). The unique caseNumber index would stop every merge, so
 * the case with the greater id — the same one on every PC, whatever arrived
 * first — is shown as "<number>-<first 4 of its id>"; both stay.
 */
export function duplicateNumberOf(caseNumber: string, id: string): string {
  return `${caseNumber}-${id.slice(0, 4)}`;
}

async function settleCaseNumber(db: DeskDatabase, record: StoredRecord): Promise<StoredRecord> {
  const wanted = record.caseNumber;
  if (typeof wanted !== 'string') return record;
  const holder = await db.table<StoredRecord, string>('cases').where('caseNumber').equals(wanted).first();
  if (!holder || holder.id === record.id) return record;
  if (record.id > holder.id) return { ...record, caseNumber: duplicateNumberOf(wanted, record.id) };
  await db.table<StoredRecord, string>('cases').put({ ...holder, caseNumber: duplicateNumberOf(wanted, holder.id) });
  return record;
}
bindings.get('case')!.beforePut = settleCaseNumber;

registerEntity('clerk', {
  table: 'clerks',
  project(existing, id, fields) {
    const record: StoredRecord = { ...existing, ...fields, id };
    record.nameKey = typeof record.name === 'string' ? record.name.trim().toLowerCase() : '';
    return record;
  },
});
