/**
 * One archived case as the printed forms read it (issue 20.6 follow-up):
 * the case record and its lifecycle view, and its 8D reports, projected from
 * the archive file's records (every case table's rows, by table name)
 * through the same projections the working database uses
 * (lifecycle/case-view.ts, eightd/bundle.ts). Pure and read-only: nothing
 * here knows the working database.
 *
 * An archive's rows are untrusted: a case row without its number or intake
 * date, or a case table the file lacks, is a problem with a reason, never a
 * half-built case; rows of other cases and rows that are not records of
 * this case (no id, another caseId) are left out.
 */
import { emptyIntake, type ComplaintCase } from '../case';
import { eightDBundleOf, type EightDChildRows } from '../eightd/bundle';
import type { EightD, EightDBundle, EightDRevision } from '../eightd/records';
import { approvedRevisions } from '../eightd/revisions';
import { caseLifecycleView, type CaseViewRows } from '../lifecycle/case-view';
import type { CaseLifecycle } from '../lifecycle/records';
import type { CaseLifecycleView } from '../lifecycle/states';

type Row = Record<string, unknown>;

/**
 * The archive's table of each list of the view (the working database's
 * table names, which the archive's records/<table>.json carry; a unit test
 * keeps them equal to renderer/db LIFECYCLE_ENTITY_TABLES).
 */
export const ARCHIVE_VIEW_TABLES = {
  lifecycle: 'caseLifecycles',
  transitions: 'transitions',
  approvals: 'approvals',
  returnLines: 'returnLines',
  dispositions: 'dispositions',
  repairOrders: 'repairOrders',
  shipments: 'outboundShipments',
  shares: 'responsibilityShares',
  supplierClaims: 'supplierClaims',
  costs: 'costs',
  actions: 'caseActions',
  replies: 'customerReplies',
  surveys: 'surveys',
  signatures: 'signatures',
} as const satisfies Record<keyof CaseLifecycleView, string>;

export const ARCHIVE_CASES_TABLE = 'cases';

export interface ArchivedCaseFile {
  case: ComplaintCase;
  view: CaseLifecycleView;
}

/** Why an archived case cannot be printed: `noCase` its case record is missing or lacks number / intake date; `missingTable` the file has no rows of that table at all. */
export type ArchivedCaseProblem = { problem: 'noCase'; caseId: string } | { problem: 'missingTable'; table: string };

const isRecordOf = (row: Row, caseId: string): boolean => typeof row.id === 'string' && row.caseId === caseId;

/** The archived case's record and view, or the problem that keeps it from being printed. */
export function archivedCaseFile(records: Readonly<Record<string, readonly Row[]>>, caseId: string): ArchivedCaseFile | ArchivedCaseProblem {
  const row = records[ARCHIVE_CASES_TABLE]?.find((r) => r.id === caseId);
  if (!row || typeof row.caseNumber !== 'string' || row.caseNumber === '' || typeof row.receivedAt !== 'string') return { problem: 'noCase', caseId };
  for (const table of Object.values(ARCHIVE_VIEW_TABLES)) if (!Array.isArray(records[table])) return { problem: 'missingTable', table };
  // The stored case carries ledger bookkeeping (liveReceivedAt, projection) the forms never read: left out.
  const { liveReceivedAt: _live, projection: _projection, ...stored } = row;
  const record = { ...emptyIntake(row.receivedAt), createdAt: '', createdBy: '', updatedAt: '', updatedBy: '', stationCode: '', deleted: false, ...stored, id: caseId } as ComplaintCase;
  const rowsOf = (table: string): Row[] => (records[table] ?? []).filter((r) => isRecordOf(r, caseId)).map((r) => ({ ...r }));
  const lifecycle = (records[ARCHIVE_VIEW_TABLES.lifecycle] ?? []).find((r) => r.id === caseId && r.caseId === caseId);
  const rows = Object.fromEntries(Object.entries(ARCHIVE_VIEW_TABLES).filter(([list]) => list !== 'lifecycle').map(([list, table]) => [list, rowsOf(table)])) as CaseViewRows;
  return { case: record, view: caseLifecycleView(record, { ...rows, lifecycle: lifecycle ? ({ ...lifecycle } as unknown as CaseLifecycle) : undefined }) };
}

export const isArchivedCaseProblem = (value: ArchivedCaseFile | ArchivedCaseProblem): value is ArchivedCaseProblem => 'problem' in value;

/** The archive's table of each part of an 8D report (the working database's names, like ARCHIVE_VIEW_TABLES). */
export const ARCHIVE_EIGHTD_TABLES = {
  reports: 'eightDs',
  members: 'eightDMembers',
  containment: 'eightDContainment',
  causes: 'eightDCauses',
  correctives: 'eightDCorrectives',
  prevention: 'eightDPrevention',
  checks: 'eightDHorizontalChecks',
  revisions: 'eightDRevisions',
} as const;

/** One archived 8D report of a case: its bundle (live children) and approved revisions. */
export interface ArchivedEightD {
  bundle: EightDBundle;
  revisions: EightDRevision[];
}

/** The archived case's live 8D reports, by number (the file's rows of other cases and tombstones left out; none when the file has no 8D tables). */
export function archivedEightDs(records: Readonly<Record<string, readonly Row[]>>, caseId: string): ArchivedEightD[] {
  const rowsOf = <T>(table: string): T[] => (records[table] ?? []).filter((r) => isRecordOf(r, caseId)).map((r) => ({ ...r }) as T);
  const reports = rowsOf<EightD>(ARCHIVE_EIGHTD_TABLES.reports).filter((r) => !r.deleted && typeof r.number === 'string');
  if (reports.length === 0) return [];
  const children: EightDChildRows = {
    members: rowsOf(ARCHIVE_EIGHTD_TABLES.members),
    containment: rowsOf(ARCHIVE_EIGHTD_TABLES.containment),
    causes: rowsOf(ARCHIVE_EIGHTD_TABLES.causes),
    correctives: rowsOf(ARCHIVE_EIGHTD_TABLES.correctives),
    prevention: rowsOf(ARCHIVE_EIGHTD_TABLES.prevention),
    checks: rowsOf(ARCHIVE_EIGHTD_TABLES.checks),
  };
  const revisions = rowsOf<EightDRevision>(ARCHIVE_EIGHTD_TABLES.revisions);
  return reports
    .sort((a, b) => (a.number < b.number ? -1 : a.number > b.number ? 1 : 0))
    .map((report) => ({ bundle: eightDBundleOf(report, children), revisions: approvedRevisions(revisions, report.id) }));
}
