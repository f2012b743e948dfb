/**
 * Every table that holds records of a case, and how they are found: by id
 * (the case, its signed-copy mark) or by their caseId index (lifecycle, 8D,
 * print and signature records). Read by retention (archive-repository.ts,
 * archive-removal.ts): what goes into an archive file and what a confirmed
 * archive batch removes.
 */
import { CASE_RECORD_ENTITIES } from '../../shared/domain/retention/snapshot';
import { EIGHTD_ENTITY_TABLES } from './eightd-store';
import { LIFECYCLE_ENTITY_TABLES } from './lifecycle-projection';
import type { StoredRecord } from './entity-binding';
import type { DeskDatabase } from './schema';

export interface CaseTable {
  entity: string;
  table: string;
  /** 'id': the record's id is the case id; 'caseId': found by the caseId index. */
  by: 'id' | 'caseId';
}

/** The table of each entity whose records belong to a case. */
export const CASE_ENTITY_TABLES: Readonly<Record<string, string>> = { case: 'cases', signedCopy: 'signedCopies', printRecord: 'printRecords', ...LIFECYCLE_ENTITY_TABLES, ...EIGHTD_ENTITY_TABLES };

/** How each is found is the shared rule's (CASE_RECORD_ENTITIES, which snapshots read too); a test keeps both lists equal. */
export const CASE_TABLES: readonly CaseTable[] = Object.entries(CASE_RECORD_ENTITIES).map(([entity, by]): CaseTable => ({ entity, table: CASE_ENTITY_TABLES[entity] ?? entity, by: by === 'byId' ? 'id' : 'caseId' }));

export const CASE_ENTITIES: ReadonlySet<string> = new Set(CASE_TABLES.map((t) => t.entity));

/** The tables of CASE_TABLES (transaction scopes). */
export function caseTables(db: DeskDatabase) {
  return CASE_TABLES.map((t) => db.table(t.table));
}

export interface CaseTableRows extends CaseTable {
  rows: StoredRecord[];
}

/** The stored records of these cases, table by table (deleted ones too: the history is the case's). */
export async function recordsOfCases(db: DeskDatabase, caseIds: readonly string[]): Promise<CaseTableRows[]> {
  const out: CaseTableRows[] = [];
  for (const t of CASE_TABLES) {
    const table = db.table<StoredRecord, string>(t.table);
    const rows = t.by === 'id' ? (await table.bulkGet([...caseIds])).filter((r): r is StoredRecord => r !== undefined) : await table.where('caseId').anyOf([...caseIds]).toArray();
    out.push({ ...t, rows });
  }
  return out;
}
