/**
 * Closure on time (seed 003 §十: "自总经理室受理起国内13天国外17天内结案"):
 * the same rule as the case's closure deadline (lifecycle/deadlines.ts), so
 * the page and the case agree — due = receivedAt + 13 (domestic) or 17
 * (foreign) CALENDAR days of 24 h (the seed says 天, not 工作日; settable
 * in the deadline rules), to the minute of acceptance:
 *  - closedOnTime = complaints closed in the period with closedAt ≤ due
 *    (received Nov 2 10:00, closed Nov 15 10:00 = day 13: on time;
 *    Nov 16 09:00 = day 14: late);
 *  - closedLate = the others closed in the period; lateness = closedAt − due;
 *  - onTimeRate = closedOnTime ÷ (closedOnTime + closedLate), null when none
 *    closed (never a made-up 0 %);
 *  - openOverdue = complaints open at the end of the period whose due is
 *    before the cut-off (the period's end, or "now" when that is earlier);
 *    their overdue time = cut-off − due;
 *  - averageLateMs / worstLateMs over closedLate, averageOverdueMs /
 *    worstOverdueMs over openOverdue (null when there are none).
 */
import type { DeadlineRuleSettings } from '../lifecycle/deadlines-types';
import { DEFAULT_DEADLINE_RULES } from '../lifecycle/deadlines-types';
import { addCalendarDays } from '../lifecycle/working-time';
import type { RowTimes } from './row-times';
import type { StatsRow } from './rows';

export type ClosureRules = Pick<DeadlineRuleSettings, 'closureDaysDomestic' | 'closureDaysForeign'>;

export interface ClosureStats {
  closedOnTime: number;
  closedLate: number;
  onTimeRate: number | null;
  averageLateMs: number | null;
  worstLateMs: number | null;
  openOverdue: number;
  averageOverdueMs: number | null;
  worstOverdueMs: number | null;
}

/** When the case must be closed (ms): received + 13 / 17 calendar days. */
export function closureDueMs(receivedMs: number, market: StatsRow['market'], rules: ClosureRules = DEFAULT_DEADLINE_RULES): number {
  return addCalendarDays(receivedMs, market === 'foreign' ? rules.closureDaysForeign : rules.closureDaysDomestic);
}

export function closureCollector(cutoffMs: number, rules: ClosureRules = DEFAULT_DEADLINE_RULES) {
  let onTime = 0;
  let late = 0;
  let lateSum = 0;
  let lateWorst = 0;
  let overdue = 0;
  let overdueSum = 0;
  let overdueWorst = 0;
  return {
    add(row: StatsRow, t: RowTimes): void {
      if (Number.isNaN(t.receivedMs)) return;
      const due = closureDueMs(t.receivedMs, row.market, rules);
      if (t.closedIn) {
        if (t.closedMs <= due) onTime++;
        else {
          late++;
          lateSum += t.closedMs - due;
          if (t.closedMs - due > lateWorst) lateWorst = t.closedMs - due;
        }
      } else if (t.openAtEnd && due < cutoffMs && !(t.closedMs < cutoffMs)) {
        overdue++;
        overdueSum += cutoffMs - due;
        if (cutoffMs - due > overdueWorst) overdueWorst = cutoffMs - due;
      }
    },
    result: (): ClosureStats => ({
      closedOnTime: onTime,
      closedLate: late,
      onTimeRate: onTime + late > 0 ? onTime / (onTime + late) : null,
      averageLateMs: late > 0 ? lateSum / late : null,
      worstLateMs: late > 0 ? lateWorst : null,
      openOverdue: overdue,
      averageOverdueMs: overdue > 0 ? overdueSum / overdue : null,
      worstOverdueMs: overdue > 0 ? overdueWorst : null,
    }),
  };
}
