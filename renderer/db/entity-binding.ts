/**
 * The shapes that bind a replicated entity to local storage (the list itself
 * is entity-registry.ts): how an op's winning fields land on the record of a
 * table, what runs after a merge, and how the blobs some ops cite are found.
 */
import type { JsonValue, OpRef } from '../../shared/sync/op';
import type { WireOp } from '../../shared/sync/codec';
import type { DeskDatabase } from './schema';
import type { WriteContext } from './types';

export type StoredRecord = Record<string, unknown> & { id: string };

export interface LatestOp extends OpRef {
  user: string;
}

export interface EntityBinding {
  /** The Dexie table whose primary key is the op's entityId. */
  table: string;
  /** Builds the stored record from the existing one and the winning field values (derived and index fields). Default: { ...existing, ...fields, id }. */
  project?: (existing: StoredRecord | undefined, id: string, fields: Record<string, JsonValue>, latest: LatestOp) => StoredRecord;
  /**
   * Runs before the merged records of a batch are stored (same transaction):
   * settle unique-index clashes here, with the stored records and within the
   * batch. Returns the records to store, in the same order.
   */
  settle?: (db: DeskDatabase, records: StoredRecord[]) => Promise<StoredRecord[]>;
}

export interface MergedRecord {
  entity: string;
  entityId: string;
  record: StoredRecord;
}

/** What a merge hook may read of the session: this PC's lifecycle settings (deadline rules …); defaults when absent. */
export type MergeContext = Pick<WriteContext, 'lifecycle'>;

/** Runs in the merge's transaction after a batch was merged, with the records it touched. */
export type MergeHook = (db: DeskDatabase, merged: readonly MergedRecord[], ctx: MergeContext) => Promise<void>;

export interface BlobSource {
  /** sha256 of every blob an op refers to (usually: an attachment's `sha256` field). */
  refsOf(op: WireOp): string[];
  /** The bytes of a local blob, or undefined when this PC does not have them. */
  read(db: DeskDatabase, sha256: string): Promise<Uint8Array | undefined>;
  /** Stores bytes fetched from the share. */
  write?(db: DeskDatabase, sha256: string, bytes: Uint8Array): Promise<void>;
}
