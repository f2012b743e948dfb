/**
 * The deadlines of one 8D report, as Deadline records of the case
 * (shared/domain/lifecycle/deadlines-types.ts), so the case's ledger
 * projection (nextDueAt / nextDueKind) and the workbench show them. Pure.
 *
 *  eightd_containment  due containmentDueAt (openedAt + containmentReplyHours
 *                      clock hours, stored at open); met by containmentRepliedAt.
 *  eightd_root_cause   due rootCauseDueDate; met when D4 is complete. The
 *                      records keep no time of that, so a met root-cause
 *                      deadline is done at its due time (never "late").
 *  eightd_corrective   the report's correctiveDueDate, met when D6 is
 *                      complete (at the last verification date); and one per
 *                      live corrective action with its dueDate (recordId =
 *                      the action), met at its verification date.
 *  eightd_closure      due closureDueDate; met by closedAt.
 * A plain due date is due at the END of that day, factory time (the offset
 * of the working calendar). Once the report is closed nothing is open: a
 * deadline not met otherwise is done at closedAt. A tombstoned report has
 * none. Every deadline carries recordId (the report, or the action).
 */
import type { Deadline, DeadlineKind } from '../lifecycle/deadlines-types';
import { factoryDayStart, toFactoryIso } from '../factory-calendar';
import { isVerifiedCorrective, missingOf } from './progress';
import type { EightDBundle } from './records';

/** End of a plain date (23:59:59 factory time) as epoch ms; NaN when the text is not a date. */
function endOfDay(date: string, offsetMinutes: number): number {
  const start = factoryDayStart(date, offsetMinutes);
  return start === null ? NaN : start + 86_399_000;
}

/** Deadlines of one report (none for a tombstoned one). `offsetMinutes`: the factory's offset east of UTC (calendar.utcOffsetMinutes). */
export function eightDDeadlines(bundle: EightDBundle, offsetMinutes: number): Deadline[] {
  const r = bundle.report;
  if (r.deleted) return [];
  const out: Deadline[] = [];
  const closedMs = r.closedAt === null ? NaN : Date.parse(r.closedAt);
  const push = (kind: DeadlineKind, dueMs: number, doneMs: number | null, recordId: string, byDay = true) => {
    if (Number.isNaN(dueMs)) return;
    let done = doneMs !== null && !Number.isNaN(doneMs) ? doneMs : null;
    if (done === null && !Number.isNaN(closedMs)) done = closedMs;
    out.push({
      kind,
      dueAt: toFactoryIso(dueMs, offsetMinutes),
      doneAt: done === null ? null : toFactoryIso(done, offsetMinutes),
      late: done !== null && done > dueMs,
      departments: [],
      recordId,
      ...(byDay ? { byDay } : {}),
    });
  };
  const dateDue = (date: string): number => endOfDay(date, offsetMinutes);

  if (r.containmentDueAt) push('eightd_containment', Date.parse(r.containmentDueAt), r.containmentRepliedAt === null ? null : Date.parse(r.containmentRepliedAt), r.id, false);

  const rootDue = dateDue(r.rootCauseDueDate);
  push('eightd_root_cause', rootDue, missingOf(bundle, 'D4').length === 0 ? rootDue : null, r.id);

  const actions = bundle.correctives.filter((c) => !c.deleted);
  const verifiedMs = (verifiedOn: string) => endOfDay(verifiedOn, offsetMinutes);
  if (r.correctiveDueDate) {
    const allVerified = missingOf(bundle, 'D6').length === 0;
    push('eightd_corrective', dateDue(r.correctiveDueDate), allVerified ? Math.max(...actions.map((a) => verifiedMs(a.verifiedOn))) : null, r.id);
  }
  for (const action of actions) push('eightd_corrective', dateDue(action.dueDate), isVerifiedCorrective(action) ? verifiedMs(action.verifiedOn) : null, action.id);

  push('eightd_closure', dateDue(r.closureDueDate), Number.isNaN(closedMs) ? null : closedMs, r.id);
  return out;
}
