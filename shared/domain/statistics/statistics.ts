/**
 * The statistics of a period (统计 page, monthly report, Excel workbook):
 * one pass over the ledger rows, each row's instants parsed once, every KPI
 * counted by its own collector (complaints.ts, responsibility.ts, flow.ts,
 * losses.ts, closure.ts, trend.ts, deadline-kpis.ts, eightd.ts, returns.ts,
 * surveys.ts, claims.ts — each states its formula). The page, the
 * paper and the file all call this, so they agree. Pure: "now" is passed in.
 *
 * Which complaints the breakdowns, responsibility and losses count (basis):
 *  - 'received' (default): complaints received in the period;
 *  - 'closed': complaints closed in the period — the seed's 客户投诉案件统计表
 *    (003 §九.10: 每月10日前汇总上月份结案的案件 … 责任归属及比率), when
 *    responsibility and costs are final.
 * 7-day no-reason returns are counted apart (sevenDayReturns) and nowhere else.
 */
import { FACTORY_UTC_OFFSET_MINUTES, type InstantRange } from '../factory-calendar';
import type { MasterEntry } from '../master-data/entry';
import { claimCollector, type ClaimStats } from './claims';
import { closureCollector, type ClosureRules, type ClosureStats } from './closure';
import { complaintCollector, type ComplaintBreakdowns } from './complaints';
import { deadlineCollector, type DeadlineStats } from './deadline-kpis';
import { eightDCollector, type EightDStats } from './eightd';
import { flowCollector, type FlowStats } from './flow';
import { lossCollector, type LossStats } from './losses';
import { nameResolver } from './names';
import { returnCollector, type ReturnStats } from './returns';
import { responsibilityCollector, type ResponsibilityStats } from './responsibility';
import { newRowTimes, readRowTimes } from './row-times';
import type { StatsRow } from './rows';
import { surveyCollector, type SurveyStats } from './surveys';
import { trendCollector, type MonthCount } from './trend';

export type StatsBasis = 'received' | 'closed';

export interface StatisticsOptions {
  /** The period (periods.ts periodRange). */
  range: InstantRange;
  /** Master data in hand (customers, models, suppliers, defect types): which names count as one. */
  masterData: readonly MasterEntry[];
  basis?: StatsBasis;
  /** "Now": overdue time is counted up to min(now, end of period). Omitted = the end of the period. */
  nowMs?: number;
  closureRules?: ClosureRules;
  utcOffsetMinutes?: number;
}

export interface PeriodStatistics extends ComplaintBreakdowns {
  basis: StatsBasis;
  range: InstantRange;
  flow: FlowStats;
  responsibility: ResponsibilityStats;
  losses: LossStats;
  closure: ClosureStats;
  trend: MonthCount[];
  deadlines: DeadlineStats;
  eightD: EightDStats;
  /** Returns of the selected complaints. */
  returns: ReturnStats;
  /** Returns of the 7-day no-reason returns received in the period. */
  sevenDayReturnGoods: ReturnStats;
  surveys: SurveyStats;
  supplierClaims: ClaimStats;
}

export function computeStatistics(rows: readonly StatsRow[], options: StatisticsOptions): PeriodStatistics {
  const { range, masterData } = options;
  const basis = options.basis ?? 'received';
  const offset = options.utcOffsetMinutes ?? FACTORY_UTC_OFFSET_MINUTES;
  const cutoff = options.nowMs !== undefined && options.nowMs < range.to ? options.nowMs : range.to;
  const complaints = complaintCollector({
    customer: nameResolver('customer', masterData),
    model: nameResolver('productModel', masterData),
    defectType: nameResolver('defectType', masterData),
  });
  const responsibility = responsibilityCollector(nameResolver('supplier', masterData));
  const flow = flowCollector(range.from);
  const losses = lossCollector();
  const closure = closureCollector(cutoff, options.closureRules);
  const trend = trendCollector(range, offset);
  const deadlines = deadlineCollector(range.from, range.to, cutoff);
  const eightD = eightDCollector(range);
  const returns = returnCollector();
  const sevenDayReturnGoods = returnCollector();
  const surveys = surveyCollector(range.from, range.to);
  const claims = claimCollector();
  const t = newRowTimes();
  for (const row of rows) {
    readRowTimes(row, range, t);
    if (t.receivedIn) complaints.received(row);
    if (!row.countsAsComplaint) {
      if (t.receivedIn) sevenDayReturnGoods.add(row);
      continue;
    }
    flow.add(t);
    closure.add(row, t);
    trend.add(row, t);
    deadlines.add(row, t);
    surveys.add(row, t);
    if (basis === 'closed' ? t.closedIn : t.receivedIn) {
      complaints.add(row);
      responsibility.add(row);
      losses.add(row);
      eightD.add(row);
      returns.add(row);
      claims.add(row);
    }
  }
  return {
    basis,
    range: { ...range },
    ...complaints.result(),
    flow: flow.result(),
    responsibility: responsibility.result(),
    losses: losses.result(),
    closure: closure.result(),
    trend: trend.result(),
    deadlines: deadlines.result(),
    eightD: eightD.result(),
    returns: returns.result(),
    sevenDayReturnGoods: sevenDayReturnGoods.result(),
    surveys: surveys.result(),
    supplierClaims: claims.result(),
  };
}
