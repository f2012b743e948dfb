/**
 * Satisfaction surveys (客户满意度调查表) done in the period: each complaint's
 * current survey whose surveyedAt is in [from, to):
 *  - surveyed = their number; averageScore = Σ score ÷ surveyed (0–100);
 *  - satisfied = those with the verdict stored at survey time (≥ 80
 *    points); satisfiedShare = satisfied ÷ surveyed; both null when none.
 * unknownCases = complaints active in the period whose row has no survey
 * fact yet (they may have been surveyed in it).
 */
import type { RowTimes } from './row-times';
import { instantMs, type StatsRow } from './rows';

export interface SurveyStats {
  surveyed: number;
  averageScore: number | null;
  satisfied: number;
  satisfiedShare: number | null;
  unknownCases: number;
}

export function surveyCollector(from: number, to: number) {
  let surveyed = 0;
  let scoreSum = 0;
  let satisfied = 0;
  let unknown = 0;
  return {
    add(row: StatsRow, t: RowTimes): void {
      const s = row.survey;
      if (s === undefined) {
        if (t.receivedMs < to && !(t.closedMs < from)) unknown++;
        return;
      }
      if (s === null) return;
      const at = instantMs(s.surveyedAt);
      if (!(at >= from && at < to)) return;
      surveyed++;
      scoreSum += s.score;
      if (s.satisfied) satisfied++;
    },
    result: (): SurveyStats => ({
      surveyed,
      averageScore: surveyed > 0 ? scoreSum / surveyed : null,
      satisfied,
      satisfiedShare: surveyed > 0 ? satisfied / surveyed : null,
      unknownCases: unknown,
    }),
  };
}
