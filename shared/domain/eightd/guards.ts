/**
 * Guards of the 8D's last steps (seed 002 D8 b: approval by the head of
 * quality 质量管理部门最高负责人). Pure; an empty list means "allowed now".
 *
 *  approve: not approved or closed yet (alreadyApproved / alreadyClosed);
 *           D1–D7 complete (their missing items, so D6 lists every
 *           corrective action not verified); the clerk holds a role
 *           that signs it — the head of quality, 品质主管
 *           (signatures/steps.ts; notQualityHead otherwise).
 *  close:   approved (approvalMissing), not closed yet (alreadyClosed).
 *  edit:    an approved or closed report is frozen (reportApproved /
 *           reportClosed): approval is of what was approved; re-open first.
 */
import { missingOf, type EightDMissing } from './progress';
import type { EightD, EightDBundle } from './records';

const BEFORE_APPROVAL = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7'] as const;

/** Why the clerk may not approve D8 now (empty = may); `maySign`: they hold a role that signs the approval. */
export function approvalMissing(bundle: EightDBundle, maySign: boolean): EightDMissing[] {
  const r = bundle.report;
  if (r.closedAt !== null) return [{ discipline: 'D8', code: 'alreadyClosed' }];
  if (r.approvedAt !== null) return [{ discipline: 'D8', code: 'alreadyApproved' }];
  const out = BEFORE_APPROVAL.flatMap((d) => missingOf(bundle, d));
  if (!maySign) out.push({ discipline: 'D8', code: 'notQualityHead' });
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
