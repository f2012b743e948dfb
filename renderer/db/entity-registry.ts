/**
 * THE list of replicated entities and how each lands in local storage, read
 * by replication (sync-repository.ts applyRemote, journal-restore.ts): the
 * winning value of every field (per-field last-writer-wins,
 * shared/sync/merge.ts) is written onto the record of the entity's table
 * through its binding (entity-binding.ts).
 *
 * TO ADD AN ENTITY: its name in ENTITIES (shared/sync/op.ts), its table in a
 * schema version, and its line in ENTITY_BINDINGS below — the compiler
 * refuses an entity without one. A merge hook or blob source is one more
 * line in MERGE_HOOKS / BLOB_SOURCES. Nothing registers itself on import.
 *
 * Ops of entities this app does not know (a newer app's) are stored and
 * replicated but not projected; they are never dropped.
 */
import type { Table } from 'dexie';
import type { EntityName, JsonValue } from '../../shared/sync/op';
import type { WireOp } from '../../shared/sync/codec';
import { applyConfirmedBatchesAfterMerge } from './archive-removal';
import { caseBinding, clerkBinding } from './core-bindings';
import { EIGHTD_ENTITY_TABLES } from './eightd-store';
import type { BlobSource, EntityBinding, LatestOp, MergeHook, StoredRecord } from './entity-binding';
import { LIFECYCLE_ENTITY_TABLES } from './lifecycle-projection';
import { attachmentBlobs, refreshProjectionsAfterMerge } from './lifecycle-sync';
import { masterEntryBinding } from './master-data-binding';
import { checkSignaturesAfterMerge } from './signature-checks';
import type { DeskDatabase } from './schema';

const byTable = <T extends Record<string, string>>(tables: T) =>
  Object.fromEntries(Object.entries(tables).map(([entity, table]) => [entity, { table }])) as { [K in keyof T]: EntityBinding };

export const ENTITY_BINDINGS = {
  case: caseBinding,
  clerk: clerkBinding,
  ...byTable(LIFECYCLE_ENTITY_TABLES),
  ...byTable(EIGHTD_ENTITY_TABLES),
  printRecord: { table: 'printRecords' },
  signedCopy: { table: 'signedCopies' },
  officeSettings: { table: 'officeSettings' },
  masterEntry: masterEntryBinding,
  shipment: { table: 'shipments' },
  monthlyReport: { table: 'monthlyReports' },
  archiveBatch: { table: 'archiveBatches' },
} satisfies Record<EntityName, EntityBinding>;

/** Run, in order, in the merge's transaction after every merged batch. */
// The archive removal runs last: it removes what the others may just have refreshed.
export const MERGE_HOOKS: readonly MergeHook[] = [refreshProjectionsAfterMerge, checkSignaturesAfterMerge, applyConfirmedBatchesAfterMerge];

/** Where the blobs that ops cite are found (they travel to the share before those ops). */
export const BLOB_SOURCES: readonly BlobSource[] = [attachmentBlobs];

const bindings: ReadonlyMap<string, EntityBinding> = new Map(Object.entries(ENTITY_BINDINGS));

export function bindingOf(entity: string): EntityBinding | undefined {
  return bindings.get(entity);
}

/** sha256 of every blob the given ops refer to (deduplicated). */
export function blobsFor(ops: readonly WireOp[]): string[] {
  const out = new Set<string>();
  for (const op of ops) for (const source of BLOB_SOURCES) for (const sha of source.refsOf(op)) out.add(sha);
  return [...out];
}

export async function readBlob(db: DeskDatabase, sha256: string): Promise<Uint8Array | undefined> {
  for (const source of BLOB_SOURCES) {
    const bytes = await source.read(db, sha256);
    if (bytes) return bytes;
  }
  return undefined;
}

/** Stores bytes of a blob some op refers to, through the first source that can (the journal's rebuild). */
export async function writeBlob(db: DeskDatabase, sha256: string, bytes: Uint8Array): Promise<boolean> {
  for (const source of BLOB_SOURCES) {
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
