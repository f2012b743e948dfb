/**
 * The IndexedDB schema of the desk (Dexie). Owns the table layout, the
 * indexes and every schema version ever shipped. Nothing outside renderer/db
 * sees Dexie: the rest of the renderer goes through the repositories.
 *
 * Tables
 *  - cases:  one row per complaint case (tombstoned, never hard-deleted, so
 *            its number stays taken). `liveReceivedAt` is receivedAt in UTC
 *            and is present ONLY while the case is not deleted: its index is
 *            a sparse index of the live cases, ordered by time whatever
 *            offset was typed, so the ledger's "newest first" and count()
 *            walk the index without reading deleted records. Whoever
 *            un-deletes or merges a case must keep this rule.
 *  - clerks: the shared clerk list; `nameKey` is the trimmed lower-case name.
 *  - ops:    the outbox and audit trail; `published` is 0/1 because booleans
 *            cannot be indexed.
 *  - meta:   small key/value facts of this PC: lastHlc, serial:<scope>.
 *
 * Opened with strict transaction durability: a write the clerk was told is
 * saved is flushed to disk before the transaction completes (power loss).
 */
import Dexie, { type DexieOptions, type Table, type Transaction } from 'dexie';
import type { ComplaintCase } from '../../shared/domain/case';
import type { Op } from '../../shared/sync/op';
import type { Clerk } from './types';

export interface StoredCase extends ComplaintCase {
  /** receivedAt as UTC ISO text while the case is live; absent on tombstones (sparse index of live cases). */
  liveReceivedAt?: string;
}

export interface StoredClerk extends Clerk {
  /** Trimmed, lower-case name: the lookup key of ensure(). */
  nameKey: string;
}

export interface StoredOp extends Op {
  /** 0 = still in the outbox, 1 = written to the share. */
  published: 0 | 1;
}

export interface MetaEntry {
  key: string;
  value: string | number;
}

/** Meta keys. */
export const META_LAST_HLC = 'lastHlc';
export const metaSerialKey = (scope: string): string => `serial:${scope}`;

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  /** Data migration run by Dexie when a database older than `version` is opened. */
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

/**
 * EVERY version ever shipped, oldest first. Never edit or delete an entry
 * once released: PCs in the field may still hold any of them, and Dexie
 * needs the whole chain to upgrade. To change the schema, append a new
 * version (with an `upgrade` when data must move) and add its case to
 * test/unit/renderer-db/schema.test.ts.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      cases: 'id, &caseNumber, liveReceivedAt, updatedAt, customerName, productModel, lotNumber',
      clerks: 'id, nameKey',
      ops: 'id, [entity+entityId], hlc, published',
      meta: 'key',
    },
  },
  {
    // Replication (issue 4; sync-repository.ts): conflicts = losing values shown on the case page
    // (id = the losing op's id), quarantine = remote ops from too far in the future (held back, not applied).
    version: 3,
    stores: {
      conflicts: 'id, [entity+entityId], entityId',
      quarantine: 'id',
    },
  },
];

/** Highest declared version (entries are applied in version order, whatever order they were appended in). */
export const LATEST_SCHEMA_VERSION = Math.max(0, ...SCHEMA_VERSIONS.map((v) => v.version));

export interface OpenOptions {
  /** An IndexedDB implementation (tests pass fake-indexeddb's IDBFactory for isolation). */
  indexedDB?: DexieOptions['indexedDB'];
  IDBKeyRange?: DexieOptions['IDBKeyRange'];
  /** Declare only the versions up to this one (upgrade tests open an "old app" first). */
  upToVersion?: number;
}

export class DeskDatabase extends Dexie {
  cases!: Table<StoredCase, string>;
  clerks!: Table<StoredClerk, string>;
  ops!: Table<StoredOp, string>;
  meta!: Table<MetaEntry, string>;

  constructor(name: string, options: OpenOptions = {}) {
    const dexieOptions: DexieOptions = { chromeTransactionDurability: 'strict' };
    if (options.indexedDB) dexieOptions.indexedDB = options.indexedDB;
    if (options.IDBKeyRange) dexieOptions.IDBKeyRange = options.IDBKeyRange;
    super(name, dexieOptions);
    const upTo = options.upToVersion ?? LATEST_SCHEMA_VERSION;
    for (const v of [...SCHEMA_VERSIONS].sort((a, b) => a.version - b.version)) {
      if (v.version > upTo) break;
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}

/** Opens (creating or upgrading) the desk database of one PC profile. */
export async function openDeskDatabase(name: string, options: OpenOptions = {}): Promise<DeskDatabase> {
  const db = new DeskDatabase(name, options);
  await db.open();
  return db;
}
