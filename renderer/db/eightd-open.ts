/**
 * The workbench's read of the 8D reports not closed yet: each with its case
 * (number, customer) and its soonest open deadline (containment reply, root
 * cause, corrective actions, closure — shared/domain/eightd/deadlines.ts).
 * Read-only; reports of deleted cases and tombstoned reports are left out.
 */
import { eightDDeadlines } from '../../shared/domain/eightd/deadlines';
import type { Deadline } from '../../shared/domain/lifecycle/deadlines-types';
import type { OpenEightD } from './eightd-types';
import { eightDTables, loadBundle } from './eightd-store';
import { calendarOf, lifecycleSettingsOf } from './lifecycle-projection';
import type { DeskDatabase } from './schema';
import type { WriteContext } from './types';

function soonestOpen(deadlines: readonly Deadline[]): Deadline | null {
  let next: Deadline | null = null;
  for (const d of deadlines) if (d.doneAt === null && (next === null || Date.parse(d.dueAt) < Date.parse(next.dueAt))) next = d;
  return next;
}

export async function listOpenEightDs(db: DeskDatabase, getContext: () => WriteContext): Promise<OpenEightD[]> {
  const offset = calendarOf(lifecycleSettingsOf(getContext())).utcOffsetMinutes;
  return db.transaction('r', [db.cases, ...eightDTables(db)], async () => {
    const reports = await db.eightDs.filter((r) => !r.deleted && r.closedAt === null).toArray();
    const out: OpenEightD[] = [];
    for (const report of reports) {
      const c = await db.cases.get(report.caseId);
      if (!c || c.deleted) continue;
      const bundle = await loadBundle(db, report);
      out.push({ report, caseNumber: c.caseNumber, customerName: c.customerName, nextDue: soonestOpen(eightDDeadlines(bundle, offset)) });
    }
    const dueMs = (o: OpenEightD) => (o.nextDue ? Date.parse(o.nextDue.dueAt) : Number.POSITIVE_INFINITY);
    return out.sort((a, b) => dueMs(a) - dueMs(b) || (a.report.openedAt < b.report.openedAt ? -1 : a.report.openedAt > b.report.openedAt ? 1 : 0) || (a.report.number < b.report.number ? -1 : 1));
  });
}
