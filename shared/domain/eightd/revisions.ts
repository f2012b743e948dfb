/**
 * 8D revisions (issue 19.6, 8D practice). The first approval issues Rev.0
 * (documents start at revision 0: seed 002's form header "版本: A / 0");
 * re-opening an approved report raises the revision to Rev.1, Rev.2 … with
 * a required reason, and the next approval issues that revision. Each
 * approval writes an EightDRevision holding the report and its child lists
 * as approved (the snapshot), so an earlier revision prints as it was.
 *
 * The revision table (printed on the Word/PDF, shown on the page) lists the
 * approved revisions up to the one printed and, when the current revision is
 * printed and not approved yet, that one too. Pure; no clock, no store.
 */
import type { EightD, EightDBundle, EightDRevision, EightDSnapshot } from './records';

/** Longest re-open reason. */
export const MAX_REVISION_REASON = 500;

/** The report's current revision (0 for reports stored before revisions). */
export function currentRevision(report: Pick<EightD, 'revision'>): number {
  const n = report.revision;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : 0;
}

/** "Rev.2" */
export function revisionLabel(revision: number): string {
  return `Rev.${revision}`;
}

/** The bundle frozen as plain data (a deep copy: later edits of the live records never reach it). */
export function snapshotOf(bundle: EightDBundle, photoIds: readonly string[]): EightDSnapshot {
  const copy = JSON.parse(JSON.stringify(bundle)) as EightDBundle;
  return { ...copy, photoIds: [...photoIds] };
}

/** The bundle of a snapshot (without the photo ids), as the outputs take it; snapshots stored before 举一反三 read with no checks. */
export function bundleOfSnapshot(snapshot: EightDSnapshot): EightDBundle {
  const { photoIds: _photoIds, ...bundle } = snapshot;
  return { ...bundle, checks: bundle.checks ?? [] };
}

/**
 * The approved revisions of one report, one per revision number (two PCs
 * approving the same revision apart: the later approval), oldest first.
 */
export function approvedRevisions(revisions: readonly EightDRevision[], reportId: string): EightDRevision[] {
  const byNumber = new Map<number, EightDRevision>();
  for (const r of revisions) {
    if (r.deleted || r.reportId !== reportId) continue;
    const held = byNumber.get(r.revision);
    if (!held || held.approvedAt < r.approvedAt || (held.approvedAt === r.approvedAt && held.id < r.id)) byNumber.set(r.revision, r);
  }
  return [...byNumber.values()].sort((a, b) => a.revision - b.revision);
}

/** One row of the revision table. `approvedAt` null: the revision is being worked on. */
export interface RevisionRow {
  revision: number;
  /** When it was raised (Rev.0: when approved), ISO. */
  date: string;
  /** '' for Rev.0 (printed as the initial issue). */
  reason: string;
  /** Who raised it (Rev.0: who approved it). */
  by: string;
  approvedAt: string | null;
  approvedBy: string;
}

/**
 * The revision table of `report` as printed at revision `upTo` (default: the
 * current one): approved revisions up to it, then the current revision when
 * it is printed and not approved yet.
 */
export function revisionRows(report: EightD, revisions: readonly EightDRevision[], upTo: number = currentRevision(report)): RevisionRow[] {
  const rows: RevisionRow[] = approvedRevisions(revisions, report.id)
    .filter((r) => r.revision <= upTo)
    .map((r) => ({
      revision: r.revision,
      date: r.revision === 0 || !r.raisedAt ? r.approvedAt : r.raisedAt,
      reason: r.reason,
      by: r.revision === 0 || !r.raisedBy ? r.approvedBy : r.raisedBy,
      approvedAt: r.approvedAt,
      approvedBy: r.approvedBy,
    }));
  const current = currentRevision(report);
  if (upTo === current && !rows.some((r) => r.revision === current) && current > 0) {
    rows.push({ revision: current, date: report.revisionRaisedAt ?? '', reason: report.revisionReason ?? '', by: report.revisionRaisedBy ?? '', approvedAt: null, approvedBy: '' });
  }
  return rows;
}

/** The approved revision `revision` of the report, or undefined. */
export function findRevision(revisions: readonly EightDRevision[], reportId: string, revision: number): EightDRevision | undefined {
  return approvedRevisions(revisions, reportId).find((r) => r.revision === revision);
}
