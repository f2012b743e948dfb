/** Where an 8D report stands, from its record: closed, approved (waiting to close) or open. Pure. */
import type { EightD } from '../../../shared/domain/eightd/records';

export type EightDStatus = 'open' | 'approved' | 'closed';

export function eightDStatus(report: Pick<EightD, 'approvedAt' | 'closedAt'>): EightDStatus {
  if (report.closedAt) return 'closed';
  if (report.approvedAt) return 'approved';
  return 'open';
}
