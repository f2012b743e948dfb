/**
 * 8D reports of the selected complaints, from their deadline facts (one
 * eightd_closure deadline per live report; one eightd_corrective deadline
 * per corrective action, besides the report's own, which carries the
 * report's id):
 *  - reports = the reports of the selected complaints; closed = those whose
 *    D8 closure is met; closedInPeriod = met within [from, to);
 *  - actions = corrective actions; actionsDone = verified (their deadline
 *    met); actionCompletionRate = actionsDone ÷ actions, null when none.
 * unknownCases = selected complaints whose row has no deadline facts yet.
 * When a report was OPENED is not in the rows (see the README).
 */
import type { InstantRange } from '../factory-calendar';
import { instantMs, type StatsRow } from './rows';

export interface EightDStats {
  reports: number;
  closed: number;
  closedInPeriod: number;
  actions: number;
  actionsDone: number;
  actionCompletionRate: number | null;
  unknownCases: number;
}

export function eightDCollector(range: InstantRange) {
  const out: EightDStats = { reports: 0, closed: 0, closedInPeriod: 0, actions: 0, actionsDone: 0, actionCompletionRate: null, unknownCases: 0 };
  return {
    add(row: StatsRow): void {
      const list = row.deadlines;
      if (!list) {
        out.unknownCases++;
        return;
      }
      for (const d of list) {
        if (d.kind === 'eightd_closure') {
          out.reports++;
          const done = instantMs(d.doneAt);
          if (!Number.isNaN(done)) {
            out.closed++;
            if (done >= range.from && done < range.to) out.closedInPeriod++;
          }
        } else if (d.kind === 'eightd_corrective' && !list.some((r) => r.kind === 'eightd_closure' && r.recordId === d.recordId)) {
          out.actions++;
          if (d.doneAt !== null) out.actionsDone++;
        }
      }
    },
    result: (): EightDStats => ({ ...out, actionCompletionRate: out.actions > 0 ? out.actionsDone / out.actions : null }),
  };
}
