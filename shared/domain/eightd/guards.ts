/**
 * Guards of the 8D's last steps (seed 002 D8 b: approval by the head of
 * quality 质量管理部门最高负责人). Pure; an empty list means "allowed now".
 *
 *  approve: not approved or closed yet (alreadyApproved / alreadyClosed);
 *           D1–D7 complete (their missing items, so D6 lists every
 *           corrective action not verified); the clerk is one of
 *           settings.eightD.qualityHeads (qualityHeadsNotConfigured when the
 *           list is empty, notQualityHead otherwise).
 *  close:   approved (approvalMissing), not closed yet (alreadyClosed).
 *  edit:    an approved or closed report is frozen (reportApproved /
 *           reportClosed): approval is of what was approved; re-open first.
 */
import { missingOf, type EightDMissing } from './progress';
import type { EightD, EightDBundle } from './records';

const BEFORE_APPROVAL = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7'] as const;

/** Clerk names compare trimmed and case-insensitively (as the clerk list does). */
const nameKey = (name: string): string => name.trim().toLowerCase();

export function isQualityHead(user: string, qualityHeads: readonly string[]): boolean {
  const key = nameKey(user);
  return key !== '' && qualityHeads.some((h) => nameKey(h) === key);
}

/** Why `user` may not approve D8 now (empty = may). */
export function approvalMissing(bundle: EightDBundle, user: string, qualityHeads: readonly string[]): EightDMissing[] {
  const r = bundle.report;
  if (r.closedAt !== null) return [{ discipline: 'D8', code: 'alreadyClosed' }];
  if (r.approvedAt !== null) return [{ discipline: 'D8', code: 'alreadyApproved' }];
  const out = BEFORE_APPROVAL.flatMap((d) => missingOf(bundle, d));
  if (qualityHeads.length === 0) out.push({ discipline: 'D8', code: 'qualityHeadsNotConfigured' });
  else if (!isQualityHead(user, qualityHeads)) out.push({ discipline: 'D8', code: 'notQualityHead' });
  return out;
}

/** Why the report may not be closed now (empty = may). */
export function closureMissing(report: EightD): EightDMissing[] {
  if (report.closedAt !== null) return [{ discipline: 'D8', code: 'alreadyClosed' }];
  if (report.approvedAt === null) return [{ discipline: 'D8', code: 'approvalMissing', field: 'approvedAt' }];
  return [];
}

/** Why the report's content may not be edited now: null = it may. */
export function editRefusal(report: EightD): 'reportClosed' | 'reportApproved' | null {
  if (report.closedAt !== null) return 'reportClosed';
  if (report.approvedAt !== null) return 'reportApproved';
  return null;
}
