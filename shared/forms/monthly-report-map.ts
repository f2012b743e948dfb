/**
 * The monthly report's view model (templates/monthlyReport.ts) from the
 * statistics the 统计 page shows (computeStatistics), the period's 客诉率 /
 * PPM (shipments/rates.ts), the repeats and the open cases (open-cases.ts):
 * every number printed is one of those, formatted — the page, the paper
 * and the workbook agree. Pure; the charts are drawn by the renderer and
 * handed in as images.
 */
import { FACTORY_UTC_OFFSET_MINUTES, factoryDate } from '../domain/factory-calendar';
import type { MasterEntry } from '../domain/master-data/entry';
import type { RepeatCounts } from '../domain/repeats';
import type { MonthRates } from '../domain/shipments/rates';
import type { ClosureRules } from '../domain/statistics/closure';
import type { StatisticsLabels } from '../domain/statistics/labels';
import { nameResolver } from '../domain/statistics/names';
import { openCasesAtEnd } from '../domain/statistics/open-cases';
import { pareto } from '../domain/statistics/pareto';
import type { StatsRow } from '../domain/statistics/rows';
import type { PeriodStatistics } from '../domain/statistics/statistics';
import type { BreakdownItem } from '../domain/statistics/tally';
import { missesCeiling, missesFloor, type KpiTargets } from '../domain/statistics/targets';
import type { MonthlyReportData, ReportChart, ReportFigure, ReportTable } from './report-types';

export interface MonthlyReportInput {
  stats: PeriodStatistics;
  /** Every ledger row (the open cases are selected from them). */
  rows: readonly (StatsRow & { caseNumber: string })[];
  masterData: readonly MasterEntry[];
  repeats: RepeatCounts;
  /** 客诉率 / PPM of the months of the period (all customers and models), oldest first. */
  rates: readonly MonthRates[];
  targets: KpiTargets;
  labels: StatisticsLabels;
  periodTitle: string;
  periodRange: string;
  number: string;
  nowMs: number;
  closureRules?: ClosureRules;
  charts: ReportChart[];
  preparedBy: string;
  utcOffsetMinutes?: number;
}

const DAY_MS = 86_400_000;
const NONE = '（未填）';
const UNDECIDED = '（尚未判定）';
/** Breakdown tables print their largest groups; the rest are summed in one row. */
const TOP = 10;

const count = (n: number): string => n.toLocaleString('zh-CN', { maximumFractionDigits: 0 });
const weighted = (n: number): string => n.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const yuan = (fen: number): string => (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const percent = (share: number | null, digits = 1): string => (share === null ? '—' : `${(share * 100).toFixed(digits)}%`);
const days = (ms: number | null): string => (ms === null ? '—' : `${(ms / DAY_MS).toFixed(1)} 天`);
const share = (n: number, total: number): number | null => (total > 0 ? n / total : null);
const labelOf = (map: Readonly<Record<string, string>>, key: string, empty = NONE): string => (key === '' ? empty : (map[key] ?? key));
const nameOr = (text: string): string => (text === '' ? NONE : text);

/** The largest groups and one row for the others. */
function topRows(items: readonly BreakdownItem[], total: number, name: (i: BreakdownItem) => string): string[][] {
  const rows = items.slice(0, TOP).map((i) => [name(i), count(i.count), percent(share(i.count, total))]);
  const rest = items.slice(TOP);
  if (rest.length > 0) {
    const n = rest.reduce((sum, i) => sum + i.count, 0);
    rows.push([`其他 ${rest.length} 项`, count(n), percent(share(n, total))]);
  }
  return rows;
}

function breakdown(title: string, groupHeader: string, items: readonly BreakdownItem[], total: number, name: (i: BreakdownItem) => string): ReportTable {
  return { title, head: [groupHeader, '件数', '占比'], widths: [56, 22, 22], rows: topRows(items, total, name), numeric: [1, 2], totals: ['合计', count(total), total > 0 ? '100.0%' : '—'], note: '' };
}

function figures(input: MonthlyReportInput, lastRates: MonthRates | undefined): ReportFigure[] {
  const { stats: s, targets } = input;
  const fig = (label: string, value: string, note: string, target = '', missed = false): ReportFigure => ({ label, value, target, missed, note });
  const closureFloor = targets.closureOnTimePercent === null ? null : targets.closureOnTimePercent / 100;
  const rateCeiling = targets.complaintRatePercent === null ? null : targets.complaintRatePercent / 100;
  return [
    fig('客诉件数', count(s.complaints), '本期受理的投诉（不含 7天无理由退货）'),
    fig('7天无理由退货（另计）', count(s.sevenDayReturns), '不计入任何投诉统计'),
    fig('期初未结 / 本期新增 / 本期结案 / 期末未结', `${count(s.flow.openAtStart)} / ${count(s.flow.opened)} / ${count(s.flow.closed)} / ${count(s.flow.openAtEnd)}`, '期末未结 = 期初未结 + 本期新增 − 本期结案'),
    fig(
      '按期结案率',
      percent(s.closure.onTimeRate),
      `按期结案 ${count(s.closure.closedOnTime)} 件 ÷ 本期结案 ${count(s.closure.closedOnTime + s.closure.closedLate)} 件（国内 13 天 / 国外 17 天内结案）`,
      closureFloor === null ? '' : `≥ ${percent(closureFloor)}`,
      missesFloor(s.closure.onTimeRate, closureFloor),
    ),
    fig('未结已逾期', count(s.closure.openOverdue), `平均逾期 ${days(s.closure.averageOverdueMs)}，最长 ${days(s.closure.worstOverdueMs)}`),
    fig('不良数量', count(s.defectiveQuantity), `Σ 不良数（${count(s.quantityUnknown)} 件未填，不按 0 计）`),
    fig(
      '客诉率（本期最后一月）',
      percent(lastRates?.complaintRate ?? null, 2),
      `客诉件数 ÷ 出货批数（${lastRates ? `${lastRates.month}：${count(lastRates.figures.complaints)} ÷ ${count(lastRates.figures.lotsShipped)}` : '无出货数据'}）`,
      rateCeiling === null ? '' : `≤ ${percent(rateCeiling, 2)}`,
      missesCeiling(lastRates?.complaintRate ?? null, rateCeiling),
    ),
    fig(
      'PPM（本期最后一月）',
      lastRates?.ppm == null ? '—' : count(Math.round(lastRates.ppm)),
      `不良数 ÷ 出货数量 × 10⁶（${lastRates ? `${lastRates.month}：${count(lastRates.figures.defective)} ÷ ${count(lastRates.figures.quantityShipped)}` : '无出货数据'}）；近 12 个月 ${lastRates?.ppm12 == null ? '—' : count(Math.round(lastRates.ppm12))}`,
      targets.ppm === null ? '' : `≤ ${count(targets.ppm)}`,
      missesCeiling(lastRates?.ppm ?? null, targets.ppm),
    ),
    fig('重复投诉', `${count(input.repeats.repeatCases)} 件 / ${count(input.repeats.repeatedProblems)} 个问题`, '同一客户 + 型号 + 不良类别在设定天数内再次投诉'),
    fig('损失金额（元）', yuan(s.losses.totalFen), `Σ 各投诉各轮费用（${count(s.losses.casesWithCosts)} 件有费用）`),
    fig('供应商索赔 已提出 / 已扣回（元）', `${yuan(s.supplierClaims.raisedFen)} / ${yuan(s.supplierClaims.recoveredFen)}`, `${count(s.supplierClaims.claims)} 件；回收率 ${percent(s.supplierClaims.recoveryRate)}`),
    fig('满意率', percent(s.surveys.satisfiedShare), `回访 ${count(s.surveys.surveyed)} 件，平均得分 ${s.surveys.averageScore === null ? '—' : s.surveys.averageScore.toFixed(1)}`),
    fig('8D 报告 / 已结案 / 措施完成率', `${count(s.eightD.reports)} / ${count(s.eightD.closed)} / ${percent(s.eightD.actionCompletionRate)}`, '已完成措施 ÷ 措施总数'),
    fig('退货件数 / 核准数量 / 实收数量', `${count(s.returns.casesWithReturns)} / ${count(s.returns.approved)} / ${count(s.returns.received)}`, '有退货的投诉'),
  ];
}

export function monthlyReportData(input: MonthlyReportInput): MonthlyReportData {
  const { stats: s, labels } = input;
  const offset = input.utcOffsetMinutes ?? FACTORY_UTC_OFFSET_MINUTES;
  const customer = nameResolver('customer', input.masterData);
  const model = nameResolver('productModel', input.masterData);
  const group = (i: BreakdownItem) => nameOr(i.label);
  const tables: ReportTable[] = [
    breakdown('按客户', '客户', s.byCustomer, s.selected, group),
    breakdown('按型号', '型号', s.byModel, s.selected, group),
    {
      title: '按不良类别（柏拉图）',
      head: ['不良大类', '件数', '占比', '累计占比', '主要问题（80% 以内）'],
      widths: [34, 14, 14, 16, 22],
      rows: pareto(s.byDefectType).map((i) => [nameOr(i.label), count(i.count), percent(i.share), percent(i.cumulative), i.vital ? '是' : '']),
      numeric: [1, 2, 3],
      totals: ['合计', count(s.selected), s.selected > 0 ? '100.0%' : '—', '', ''],
      note: '',
    },
    {
      title: '按责任部门（按责任比例）',
      head: ['责任部门', '件数（按比例）', '比率', '损失承担（元）'],
      widths: [34, 22, 18, 26],
      rows: s.responsibility.byDepartment.map((i) => [labelOf(labels.department, i.key, UNDECIDED), weighted(i.count), percent(i.ratio), yuan(s.losses.byDepartment.find((l) => l.key === i.key)?.count ?? 0)]),
      numeric: [1, 2, 3],
      totals: ['合计', weighted(s.responsibility.casesWithShares), s.responsibility.casesWithShares > 0 ? '100.0%' : '—', yuan(s.losses.totalFen)],
      note: `未判定责任的投诉 ${count(s.responsibility.casesWithoutShares)} 件不计入比率。`,
    },
    breakdown('按严重度', '严重度', s.bySeverity, s.selected, (i) => labelOf(labels.severity, i.key)),
    breakdown('按投诉类别', '投诉类别', s.byCategory, s.selected, (i) => labelOf(labels.category, i.key)),
    breakdown('按客户类别', '国内 / 国外', s.byMarket, s.selected, (i) => labelOf(labels.market, i.key)),
    {
      title: '损失（按费用类别）',
      head: ['费用类别', '金额（元）'],
      widths: [60, 40],
      rows: s.losses.byKind.map((i) => [labelOf(labels.costKind, i.key), yuan(i.count)]),
      numeric: [1],
      totals: ['合计', yuan(s.losses.totalFen)],
      note: '',
    },
    {
      title: '期限达成（按期限类别）',
      head: ['期限', '按时', '逾期完成', '逾期未完成', '按时率', '平均逾期', '最长逾期'],
      widths: [22, 11, 13, 13, 13, 14, 14],
      rows: s.deadlines.byKind
        .filter((k) => k.onTime + k.late + k.openOverdue > 0)
        .map((k) => [labelOf(labels.deadlineKind, k.kind), count(k.onTime), count(k.late), count(k.openOverdue), percent(k.onTimeRate), days(k.averageOverdueMs), days(k.worstOverdueMs)]),
      numeric: [1, 2, 3, 4, 5, 6],
      note: '',
    },
    {
      title: '客诉率与 PPM（按月）',
      head: ['月份', '客诉件数', '不良数', '出货数量', '出货批数', '客诉率', 'PPM', '近 6 月 PPM', '近 12 月 PPM'],
      widths: [12, 11, 11, 13, 11, 10, 10, 11, 11],
      rows: input.rates.map((r) => [
        r.month,
        count(r.figures.complaints),
        count(r.figures.defective),
        count(r.figures.quantityShipped),
        count(r.figures.lotsShipped),
        percent(r.complaintRate, 2),
        r.ppm === null ? '—' : count(Math.round(r.ppm)),
        r.ppm6 === null ? '—' : count(Math.round(r.ppm6)),
        r.ppm12 === null ? '—' : count(Math.round(r.ppm12)),
      ]),
      numeric: [1, 2, 3, 4, 5, 6, 7, 8],
      note: '客诉率 = 客诉件数 ÷ 出货批数；PPM = 不良数 ÷ 出货数量 × 10⁶；无出货的月份为 —。',
    },
  ];
  const open = openCasesAtEnd(input.rows, s.range, input.nowMs, input.closureRules);
  const departments = (row: StatsRow): string => {
    const shares = (row.shares ?? []).filter((x) => x.percent > 0);
    if (shares.length > 0) return shares.map((x) => `${labelOf(labels.department, x.department)} ${x.percent}%`).join('、');
    return (row.departments ?? []).map((d) => labelOf(labels.department, d)).join('、') || UNDECIDED;
  };
  const overdue = open.filter((c) => c.overdueMs !== null).length;
  return {
    periodTitle: input.periodTitle,
    periodRange: input.periodRange,
    basisText: s.basis === 'closed' ? '分类统计按本期结案的投诉' : '分类统计按本期受理的投诉',
    number: input.number,
    figures: figures(input, input.rates.at(-1)),
    charts: input.charts,
    tables,
    openCases: {
      title: `期末未结 ${count(open.length)} 件，其中结案已逾期 ${count(overdue)} 件`,
      head: ['案件编号', '受理日期', '客户', '型号', '结案期限', '已逾期', '责任部门', '其他逾期事项'],
      widths: [11, 9, 16, 11, 9, 8, 20, 16],
      rows: open.map((c) => [
        c.row.caseNumber,
        factoryDate(c.receivedMs, offset),
        nameOr(customer.resolve(c.row.customerId, c.row.customerName).label),
        nameOr(model.resolve(c.row.productModelId, c.row.productModel).label),
        factoryDate(c.closureDueMs, offset),
        c.overdueMs === null ? '' : days(c.overdueMs),
        departments(c.row),
        c.otherOverdue.map((k) => labelOf(labels.deadlineKind, k)).join('、'),
      ]),
      numeric: [5],
      note: `截至 ${factoryDate(Math.min(input.nowMs, s.range.to) - 1, offset)}；逾期者在前，逾期最久者最先。`,
    },
    preparedBy: input.preparedBy,
  };
}
