/** The monthly report issue marks' API (implemented in monthly-reports-repository.ts). */
import type { MonthlyReportIssue } from '../../shared/domain/statistics/monthly-report';

export interface MonthlyReportsRepository {
  /** Every month marked issued (damaged records skipped). */
  issued(): Promise<MonthlyReportIssue[]>;
  /**
   * Marks `month` (yyyy-mm) issued now by the signed-in clerk, who must hold
   * a role that issues it (REPORT_ISSUER_ROLES; { actor: 'notAllowed' }
   * otherwise); a month already marked keeps its first mark.
   */
  markIssued(month: string): Promise<MonthlyReportIssue>;
}
