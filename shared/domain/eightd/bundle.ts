/**
 * One 8D report's bundle from its child rows: the live children of that
 * report, in a stable order whatever PC wrote them (repository ids are
 * time-ordered, so the order they were added in). Pure: the working database
 * (renderer/db eightd-store loadBundle) and an archive file
 * (retention/archived-case.ts) hand it the rows they hold.
 */
import type { EightD, EightDBundle } from './records';

/** The child rows of a report, as the tables hold them (tombstones and other reports' rows are left out here). */
export type EightDChildRows = Omit<EightDBundle, 'report'>;

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const ofReport = <T extends { id: string; reportId: string; deleted: boolean }>(reportId: string, rows: readonly T[]): T[] => rows.filter((r) => !r.deleted && r.reportId === reportId).sort(byId);

export function eightDBundleOf(report: EightD, rows: EightDChildRows): EightDBundle {
  return {
    report,
    members: ofReport(report.id, rows.members),
    containment: ofReport(report.id, rows.containment),
    causes: ofReport(report.id, rows.causes),
    correctives: ofReport(report.id, rows.correctives),
    prevention: ofReport(report.id, rows.prevention),
    checks: ofReport(report.id, rows.checks),
  };
}
