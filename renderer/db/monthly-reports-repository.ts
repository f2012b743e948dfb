/**
 * The monthly report's issue marks (issue 17.6): owns the `monthlyReports`
 * table — which months' 客户投诉案件统计表 were issued, when and by whom
 * (shared/domain/statistics/monthly-report.ts). Office data: one record per
 * month with a fixed id, one op per write, so every PC stops reminding once
 * one clerk has marked it. Marked by a signed-in clerk of quality (品质 QE,
 * 品质主管) or an admin.
 */
import { monthlyReportId, REPORT_ISSUER_ROLES, type MonthlyReportIssue } from '../../shared/domain/statistics/monthly-report';
import { isShipmentMonth } from '../../shared/domain/shipments/shipment';
import { toClerk } from './clerk-records';
import type { MonthlyReportsRepository } from './monthly-reports-types';
import type { OpsWriter } from './ops-writer';
import type { DeskDatabase } from './schema';
import { ValidationFailedError, type WriteContext } from './types';


const isIssue = (v: Partial<MonthlyReportIssue> | undefined): v is MonthlyReportIssue =>
  !!v && typeof v.id === 'string' && isShipmentMonth(v.month) && typeof v.issuedAt === 'string' && typeof v.issuedBy === 'string';

export function createMonthlyReportsRepository(db: DeskDatabase, writer: OpsWriter, getContext: () => WriteContext): MonthlyReportsRepository {
  return {
    async issued() {
      return (await db.monthlyReports.toArray()).filter(isIssue);
    },

    async markIssued(month) {
      if (!isShipmentMonth(month)) throw new ValidationFailedError({ month: 'invalid' });
      const ctx = getContext();
      return db.transaction('rw', [db.monthlyReports, db.clerks, ...writer.tables], async () => {
        const stored = ctx.clerkId ? await db.clerks.get(ctx.clerkId) : undefined;
        const clerk = stored && !stored.deleted ? toClerk(stored) : null;
        if (!clerk?.active || !clerk.roles.some((r) => REPORT_ISSUER_ROLES.includes(r))) throw new ValidationFailedError({ actor: 'notAllowed' });
        const id = monthlyReportId(month);
        const held = await db.monthlyReports.get(id);
        if (isIssue(held)) return held;
        const stamp = await writer.stamp(ctx.now);
        const issue: MonthlyReportIssue = { id, month, issuedAt: new Date(stamp.wall).toISOString(), issuedBy: clerk.name };
        await db.monthlyReports.put(issue);
        await writer.append(writer.build(ctx, stamp, 'monthlyReport', id, { month, issuedAt: issue.issuedAt, issuedBy: issue.issuedBy }), { newRecords: true });
        return issue;
      });
    },
  };
}
