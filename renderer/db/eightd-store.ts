/**
 * Where the 8D reports live in IndexedDB (schema version 5) and what the
 * case's ledger projection needs of them. Owns EIGHTD_ENTITY_TABLES (op
 * entity → table), the table list for transaction scopes, reading a report's
 * bundle and its approved revisions, and the open 8D deadlines of a case (shared/domain/eightd/deadlines.ts)
 * that lifecycle-projection.ts adds to the case's deadlines for nextDueAt.
 */
import { eightDDeadlines } from '../../shared/domain/eightd/deadlines';
import type { EightD, EightDBundle, EightDRevision } from '../../shared/domain/eightd/records';
import { approvedRevisions } from '../../shared/domain/eightd/revisions';
import { eightDBundleOf } from '../../shared/domain/eightd/bundle';
import type { Deadline } from '../../shared/domain/lifecycle/deadlines-types';
import type { EntityName } from '../../shared/sync/op';
import type { DeskDatabase } from './schema';

export const EIGHTD_ENTITY_TABLES = {
  eightD: 'eightDs',
  eightDMember: 'eightDMembers',
  eightDContainment: 'eightDContainment',
  eightDCause: 'eightDCauses',
  eightDCorrective: 'eightDCorrectives',
  eightDPrevention: 'eightDPrevention',
  eightDHorizontalCheck: 'eightDHorizontalChecks',
  eightDRevision: 'eightDRevisions',
} as const satisfies Partial<Record<EntityName, keyof DeskDatabase>>;

export type EightDEntity = keyof typeof EIGHTD_ENTITY_TABLES;

/** The 8D tables (for transaction scopes). */
export function eightDTables(db: DeskDatabase) {
  return [db.eightDs, db.eightDMembers, db.eightDContainment, db.eightDCauses, db.eightDCorrectives, db.eightDPrevention, db.eightDHorizontalChecks, db.eightDRevisions];
}

const live = <T extends { deleted: boolean }>(list: readonly T[]): T[] => list.filter((r) => !r.deleted);

/**
 * The bundle of one report with its live children. Children keep the order
 * they were added in when the ids say so (repository ids are time-ordered),
 * and a stable order whatever PC wrote them.
 */
export async function loadBundle(db: DeskDatabase, report: EightD): Promise<EightDBundle> {
  const [members, containment, causes, correctives, prevention, checks] = await Promise.all([
    db.eightDMembers.where('reportId').equals(report.id).toArray(),
    db.eightDContainment.where('reportId').equals(report.id).toArray(),
    db.eightDCauses.where('reportId').equals(report.id).toArray(),
    db.eightDCorrectives.where('reportId').equals(report.id).toArray(),
    db.eightDPrevention.where('reportId').equals(report.id).toArray(),
    db.eightDHorizontalChecks.where('reportId').equals(report.id).toArray(),
  ]);
  return eightDBundleOf(report, { members, containment, causes, correctives, prevention, checks });
}

/** The approved revisions of a report, oldest first (revisions.ts approvedRevisions). */
export async function loadRevisions(db: DeskDatabase, reportId: string): Promise<EightDRevision[]> {
  return approvedRevisions(await db.eightDRevisions.where('reportId').equals(reportId).toArray(), reportId);
}

/** Deadlines of every live 8D report of a case (for the case's ledger projection). */
export async function caseEightDDeadlines(db: DeskDatabase, caseId: string, offsetMinutes: number): Promise<Deadline[]> {
  return (await casesEightDDeadlines(db, [caseId], offsetMinutes)).get(caseId) ?? [];
}

/** caseEightDDeadlines of many cases: one query for their reports (most cases have none), then each report's bundle. */
export async function casesEightDDeadlines(db: DeskDatabase, caseIds: readonly string[], offsetMinutes: number): Promise<Map<string, Deadline[]>> {
  const reports = live(await (caseIds.length === 1 ? db.eightDs.where('caseId').equals(caseIds[0]!) : db.eightDs.where('caseId').anyOf([...caseIds])).toArray());
  const out = new Map<string, Deadline[]>();
  for (const report of reports) {
    const list = out.get(report.caseId) ?? [];
    list.push(...eightDDeadlines(await loadBundle(db, report), offsetMinutes));
    out.set(report.caseId, list);
  }
  return out;
}
