/**
 * Public face of renderer/db: open the database, build the repositories.
 * Callers outside renderer/db import from here (never dexie itself).
 */
export { openDeskDatabase, DeskDatabase, LATEST_SCHEMA_VERSION, type OpenOptions } from './schema';
export { createRepositories } from './repositories';
export * from './types';
export type { ChangeSet } from './change-feed';
export * from './lifecycle-types';
export * from './eightd-types';
export { lifecycleSettingsFrom, refreshCaseProjection, LIFECYCLE_ENTITY_TABLES, type LifecycleEntity } from './lifecycle-projection';
export { backfillStatisticsFacts, lacksStatisticsFacts, type BackfillProgress, type BackfillReport, type BackfillFailure, type BackfillOptions } from './projection-backfill';
export { createSyncRepository, type SyncRepository, type ConflictRow, type ApplyResult } from './sync-repository';
export { blobsFor, readBlob } from './entity-registry';
export { JournalQueue, JournalNotDurableError, type JournalSink } from './journal-queue';
export { compareWithJournal, rebuildFromJournal, catchUpJournal, type JournalVerdict, type RebuildReport } from './journal-restore';
export { exportTables, replaceTables, UnknownTableError, type TableRows } from './backup-tables';
export { webSha256Hex } from './web-sha256';
export * from './delegation-types';
