/**
 * Returns and their quantities (退货), summed over the return lines of the
 * cases counted (every round, live lines): lines, approved (核定量),
 * received (实退量, lines counted in), linesNotReceived, defectiveFound (by
 * the return inspection); casesWithReturns = cases with at least one line.
 * Counted for the selected complaints, and apart for the 7-day no-reason
 * returns received in the period. unknownCases = cases counted whose row has
 * no return facts yet (never read as 0).
 */
import type { StatsRow } from './rows';

export interface ReturnStats {
  casesWithReturns: number;
  lines: number;
  approved: number;
  received: number;
  linesNotReceived: number;
  defectiveFound: number;
  unknownCases: number;
}

export function returnCollector() {
  const out: ReturnStats = { casesWithReturns: 0, lines: 0, approved: 0, received: 0, linesNotReceived: 0, defectiveFound: 0, unknownCases: 0 };
  return {
    add(row: StatsRow): void {
      const r = row.returns;
      if (!r) {
        out.unknownCases++;
        return;
      }
      if (r.lines > 0) out.casesWithReturns++;
      out.lines += r.lines;
      out.approved += r.approved;
      out.received += r.received;
      out.linesNotReceived += r.linesNotReceived;
      out.defectiveFound += r.defectiveFound;
    },
    result: (): ReturnStats => ({ ...out }),
  };
}
