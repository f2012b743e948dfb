/**
 * The statistics of a period as an Excel workbook (客户投诉案件统计表, issue
 * 17.6): one sheet per table — 汇总, 明细, 按客户, 按型号, 按不良, 按责任部门,
 * 柏拉图, 逾期, 客诉率PPM, 品质履历 — with Chinese headers, real numbers (counts as integers, yuan
 * 0.00, rates 0.0 %) and real dates (yyyy-mm-dd), a frozen header row and
 * column widths. Every number comes from the PeriodStatistics the 统计 page
 * shows (computeStatistics), so the page and the file agree; 明细 and the
 * list of open overdue cases select rows by the same definitions
 * (selection.ts, closure.ts closureDueMs).
 *
 * Then 客诉率PPM (twelve months ending with the period's last one) and
 * 品质履历 (the period's complaints grouped by model, quality-history-sheet.ts).
 *
 * Pure: no DOM, no Node APIs, no clock ("now" and the export time are passed
 * in). Texts of cells are written as strings: a name like "=1+1" stays text.
 * The workbook is always Chinese; the enum labels come from the renderer's
 * zh-CN texts (labels), the headers are here.
 */
import { BOLD, FMT, newSheet, writeTable, yuan, type Cell, type Column, type Fmt } from './sheet-kit';
import { XlsxWorkbook } from './xlsx-writer';
import { excelDate } from './excel-date';
import { addQualityHistorySheet } from './quality-history-sheet';
import type { HistoryEntry } from '../domain/quality-history/entry';
import type { MonthRates } from '../domain/shipments/rates';
import { FACTORY_UTC_OFFSET_MINUTES } from '../domain/factory-calendar';
import type { LedgerRow } from '../domain/ledger-row';
import type { MasterEntry } from '../domain/master-data/entry';
import type { RepeatCounts } from '../domain/repeats';
import { closureDueMs, type ClosureRules } from '../domain/statistics/closure';
import { openCasesAtEnd } from '../domain/statistics/open-cases';
import { nameResolver } from '../domain/statistics/names';
import { pareto } from '../domain/statistics/pareto';
import { instantMs, type StatsRow } from '../domain/statistics/rows';
import { selectedRows } from '../domain/statistics/selection';
import type { StatisticsLabels } from '../domain/statistics/labels';
import type { PeriodStatistics } from '../domain/statistics/statistics';
import type { BreakdownItem } from '../domain/statistics/tally';

/** A ledger row as the workbook reads it: what statistics read plus the case's number and step. */
export type WorkbookRow = StatsRow & Pick<LedgerRow, 'id' | 'caseNumber' | 'state'>;

/** Printed Chinese names of the enum values (renderer i18n zh-CN). */
export type WorkbookLabels = StatisticsLabels;

export interface StatisticsWorkbookInput {
  /** The statistics the page shows (computeStatistics over `rows`). */
  stats: PeriodStatistics;
  /** The ledger rows the statistics were computed from (all of them: the builder selects the period's). */
  rows: readonly WorkbookRow[];
  masterData: readonly MasterEntry[];
  /** repeatCounts of the period (the page's 重复投诉). */
  repeats: RepeatCounts;
  /** Ids of every repeat complaint (repeats.ts repeatIds): 明细's 重复 column. */
  repeatIds: ReadonlySet<string>;
  /** The period as the page names it, e.g. "2026-11". */
  periodLabel: string;
  /** "Now" the statistics were computed with (overdue time is counted up to min(now, end of period)). */
  nowMs: number;
  /** When the file is made (the session clock). */
  exportedAtMs: number;
  /** 客诉率 / PPM of the twelve months ending with the period's last month (all customers and models), oldest first. */
  rates: readonly MonthRates[];
  /** The 品质履历 lines of the complaints the breakdowns count (selection.ts), any order: the sheet groups them by model. */
  history: readonly HistoryEntry[];
  closureRules?: ClosureRules;
  labels: WorkbookLabels;
  utcOffsetMinutes?: number;
}

export const STATISTICS_SHEETS = ['汇总', '明细', '按客户', '按型号', '按不良', '按责任部门', '柏拉图', '逾期', '客诉率PPM', '品质履历'] as const;

const DAY_MS = 86_400_000;
const NONE = '（未填）';
const UNDECIDED = '（尚未判定）';

const label = (map: Readonly<Record<string, string>>, key: string, empty = NONE): string => (key === '' ? empty : (map[key] ?? key));
const nameOr = (text: string): string => (text === '' ? NONE : text);

const share = (count: number, total: number): number | null => (total > 0 ? count / total : null);

function breakdownSheet(wb: XlsxWorkbook, name: string, groupHeader: string, items: readonly BreakdownItem[], total: number): void {
  const columns: Column[] = [
    { header: groupHeader, width: 28, fmt: FMT.text },
    { header: '件数', width: 10, fmt: FMT.count },
    { header: '占比', width: 10, fmt: FMT.rate },
  ];
  const ws = newSheet(wb, name, columns);
  writeTable(
    ws,
    columns,
    items.map((i) => [nameOr(i.label), i.count, share(i.count, total)]),
    ['合计', total, total > 0 ? 1 : null],
  );
}

export async function buildStatisticsWorkbook(input: StatisticsWorkbookInput): Promise<Uint8Array> {
  const { stats: s, labels } = input;
  const offset = input.utcOffsetMinutes ?? FACTORY_UTC_OFFSET_MINUTES;
  const cutoff = Math.min(input.nowMs, s.range.to);
  const wb = new XlsxWorkbook();
  wb.creator = '客诉退货台';
  wb.created = excelDate(input.exportedAtMs, false, offset) ?? new Date(0);
  wb.modified = wb.created;
  const defect = nameResolver('defectType', input.masterData);
  const customer = nameResolver('customer', input.masterData);
  const model = nameResolver('productModel', input.masterData);
  const departmentsText = (row: WorkbookRow): string => {
    const shares = (row.shares ?? []).filter((x) => x.percent > 0);
    if (shares.length > 0) return shares.map((x) => `${label(labels.department, x.department)} ${x.percent}%`).join('、');
    return (row.departments ?? []).map((d) => label(labels.department, d)).join('、');
  };

  // 汇总 — the key figures with their formula.
  {
    const columns: Column[] = [
      { header: '项目', width: 26, fmt: FMT.text },
      { header: '数值', width: 18 },
      { header: '说明（公式）', width: 80, fmt: FMT.text },
    ];
    const ws = newSheet(wb, '汇总', columns);
    const basisText = s.basis === 'closed' ? '本期结案的投诉' : '本期受理的投诉';
    const rows: [string, Cell, Fmt, string][] = [
      ['统计期间', input.periodLabel, FMT.text, `${excelText(s.range.from, offset)} 至 ${excelText(s.range.to - 1, offset)}（工厂时间 UTC+8）`],
      ['统计口径', basisText, FMT.text, '分类统计、责任比率、损失、8D、索赔、退货按此口径选取投诉'],
      ['导出时间', excelDate(input.exportedAtMs, false, offset), FMT.dateTime, ''],
      ['客诉件数', s.complaints, FMT.count, '本期受理的投诉（不含 7天无理由退货）'],
      ['7天无理由退货（另计）', s.sevenDayReturns, FMT.count, '本期受理的 7天无理由退货，不计入任何投诉统计'],
      ['纳入分类统计的投诉', s.selected, FMT.count, `按统计口径（${basisText}）选取的投诉；各分类表合计等于此数`],
      ['期初未结', s.flow.openAtStart, FMT.count, '期初前受理且期初时未结案'],
      ['本期新增', s.flow.opened, FMT.count, '本期受理'],
      ['本期结案', s.flow.closed, FMT.count, '本期结案（无论何时受理）'],
      ['期末未结', s.flow.openAtEnd, FMT.count, '期初未结 + 本期新增 − 本期结案'],
      ['按期结案', s.closure.closedOnTime, FMT.count, '本期结案且结案时间 ≤ 受理时间 + 国内13天 / 国外17天'],
      ['逾期结案', s.closure.closedLate, FMT.count, '本期结案但超过结案期限'],
      ['按期结案率', s.closure.onTimeRate, FMT.rate, '按期结案 ÷ (按期结案 + 逾期结案)'],
      ['未结已逾期', s.closure.openOverdue, FMT.count, '期末未结且结案期限早于截止时间（期末或导出时，取早者）；明细见“逾期”表'],
      ['不良数量', s.defectiveQuantity, FMT.count, `Σ 不良数（另有 ${s.quantityUnknown} 件未填不良数，不按 0 计）`],
      ['已判定责任的投诉', s.responsibility.casesWithShares, FMT.count, '有责任比例的投诉；按责任部门表合计等于此数'],
      ['未判定责任的投诉', s.responsibility.casesWithoutShares, FMT.count, ''],
      ['损失金额（元）', yuan(s.losses.totalFen), FMT.yuan, `Σ 各投诉各轮费用（${s.losses.casesWithCosts} 件有费用）`],
      ...s.losses.byKind.map((i): [string, Cell, Fmt, string] => [`\u3000损失：${label(labels.costKind, i.key)}（元）`, yuan(i.count), FMT.yuan, '按费用类别']),
      ...s.losses.byDepartment.map((i): [string, Cell, Fmt, string] => [`\u3000损失：${label(labels.department, i.key, UNDECIDED)}（元）`, yuan(i.count), FMT.yuan, '按承担部门']),
      ['供应商索赔件数', s.supplierClaims.claims, FMT.count, ''],
      ['供应商索赔已提出（元）', yuan(s.supplierClaims.raisedFen), FMT.yuan, ''],
      ['供应商索赔已扣回（元）', yuan(s.supplierClaims.recoveredFen), FMT.yuan, ''],
      ['索赔回收率', s.supplierClaims.recoveryRate, FMT.rate, '已扣回 ÷ 已提出'],
      ['回访件数', s.surveys.surveyed, FMT.count, '本期回访的投诉'],
      ['平均满意度得分', s.surveys.averageScore, FMT.days, ''],
      ['满意率', s.surveys.satisfiedShare, FMT.rate, '满意件数 ÷ 回访件数'],
      ['8D 报告数', s.eightD.reports, FMT.count, ''],
      ['8D 已结案', s.eightD.closed, FMT.count, ''],
      ['8D 措施完成率', s.eightD.actionCompletionRate, FMT.rate, '已完成措施 ÷ 措施总数'],
      ['退货件数', s.returns.casesWithReturns, FMT.count, '有退货的投诉'],
      ['退货核准数量', s.returns.approved, FMT.count, ''],
      ['退货实收数量', s.returns.received, FMT.count, ''],
      ['重复投诉', input.repeats.repeatCases, FMT.count, '本期受理、与同一客户 + 型号 + 不良类别的前一投诉相隔不超过设定天数的投诉'],
      ['重复问题数', input.repeats.repeatedProblems, FMT.count, '上述重复投诉涉及的不同问题（客户 + 型号 + 不良类别）'],
    ];
    writeTable(ws, columns, []);
    for (const [name, value, fmt, note] of rows) ws.addRow([name, value, note], undefined, [undefined, fmt && fmt !== FMT.text ? { numFmt: fmt } : undefined]);
  }

  // 明细 — the complaints the breakdowns count.
  {
    const columns: Column[] = [
      { header: '案件编号', width: 16, fmt: FMT.text },
      { header: '受理日期', width: 12, fmt: FMT.date },
      { header: '客户', width: 20, fmt: FMT.text },
      { header: '型号', width: 16, fmt: FMT.text },
      { header: '不良大类', width: 14, fmt: FMT.text },
      { header: '不良类别', width: 14, fmt: FMT.text },
      { header: '严重度', width: 12, fmt: FMT.text },
      { header: '投诉类别', width: 14, fmt: FMT.text },
      { header: '客户类别', width: 10, fmt: FMT.text },
      { header: '状态', width: 10, fmt: FMT.text },
      { header: '责任部门（比例）', width: 28, fmt: FMT.text },
      { header: '不良数', width: 9, fmt: FMT.count },
      { header: '损失金额（元）', width: 14, fmt: FMT.yuan },
      { header: '结案日期', width: 12, fmt: FMT.date },
      { header: '按期结案', width: 10, fmt: FMT.text },
      { header: '重复投诉', width: 10, fmt: FMT.text },
    ];
    const ws = newSheet(wb, '明细', columns);
    const rows = selectedRows(input.rows, s.range, s.basis)
      .map((row) => ({ row, received: instantMs(row.receivedAt) }))
      .sort((a, b) => a.received - b.received || (a.row.caseNumber < b.row.caseNumber ? -1 : a.row.caseNumber > b.row.caseNumber ? 1 : 0));
    let fen = 0;
    let defective = 0;
    const cells = rows.map(({ row, received }): Cell[] => {
      const d = defect.resolve(row.defectTypeId, '');
      const parent = defect.parentOf(d);
      const closed = instantMs(row.closedAt);
      const loss = (row.costs ?? []).reduce((sum, c) => sum + c.amountFen, 0);
      fen += loss;
      if (typeof row.quantityDefective === 'number' && Number.isFinite(row.quantityDefective)) defective += row.quantityDefective;
      const onTime = Number.isNaN(closed) || Number.isNaN(received) ? '' : closed <= closureDueMs(received, row.market, input.closureRules) ? '是' : '否';
      return [
        row.caseNumber,
        excelDate(received, true, offset),
        nameOr(customer.resolve(row.customerId, row.customerName).label),
        nameOr(model.resolve(row.productModelId, row.productModel).label),
        nameOr(parent.label),
        parent === d ? '' : d.label,
        label(labels.severity, row.severity ?? ''),
        label(labels.category, row.category ?? ''),
        label(labels.market, row.market),
        label(labels.state, row.state),
        departmentsText(row),
        typeof row.quantityDefective === 'number' ? row.quantityDefective : null,
        yuan(loss),
        excelDate(closed, true, offset),
        onTime,
        input.repeatIds.has(row.id) ? '是' : '',
      ];
    });
    writeTable(ws, columns, cells, [`合计 ${rows.length} 件`, null, null, null, null, null, null, null, null, null, null, defective, yuan(fen), null, null, null]);
    ws.autoFilter(1, columns.length);
  }

  breakdownSheet(wb, '按客户', '客户', s.byCustomer, s.selected);
  breakdownSheet(wb, '按型号', '型号', s.byModel, s.selected);

  // 按不良 — two levels: each level-1 row (层级 大类) with its level-2 rows under it.
  {
    const columns: Column[] = [
      { header: '层级', width: 8, fmt: FMT.text },
      { header: '不良大类', width: 20, fmt: FMT.text },
      { header: '不良类别', width: 20, fmt: FMT.text },
      { header: '件数', width: 10, fmt: FMT.count },
      { header: '占比', width: 10, fmt: FMT.rate },
    ];
    const ws = newSheet(wb, '按不良', columns);
    const cells: Cell[][] = [];
    for (const p of s.byDefectType) {
      cells.push(['大类', nameOr(p.label), '', p.count, share(p.count, s.selected)]);
      // No defect type recorded: no level 2 to show.
      if (p.key !== '') for (const c of p.children) cells.push(['小类', nameOr(p.label), c.key === '' ? '（仅填大类）' : c.label, c.count, share(c.count, s.selected)]);
    }
    writeTable(ws, columns, cells, ['合计', '', '', s.selected, s.selected > 0 ? 1 : null]);
  }

  // 按责任部门 — weighted by the shares' percents, with the ratio.
  {
    const columns: Column[] = [
      { header: '责任部门', width: 20, fmt: FMT.text },
      { header: '件数（按比例）', width: 16, fmt: FMT.weight },
      { header: '比率', width: 10, fmt: FMT.rate },
      { header: '损失承担（元）', width: 16, fmt: FMT.yuan },
    ];
    const ws = newSheet(wb, '按责任部门', columns);
    const lossOf = new Map(s.losses.byDepartment.map((i) => [i.key, i.count]));
    const keys = new Set(s.responsibility.byDepartment.map((i) => i.key));
    const cells: Cell[][] = s.responsibility.byDepartment.map((i) => [label(labels.department, i.key, UNDECIDED), i.count, i.ratio, yuan(lossOf.get(i.key) ?? 0)]);
    // Departments that bear costs without a responsibility share still show their losses.
    for (const i of s.losses.byDepartment) if (!keys.has(i.key)) cells.push([label(labels.department, i.key, UNDECIDED), 0, share(0, s.responsibility.casesWithShares), yuan(i.count)]);
    writeTable(ws, columns, cells, ['合计', s.responsibility.casesWithShares, s.responsibility.casesWithShares > 0 ? 1 : null, yuan(s.losses.totalFen)]);
    ws.addRow([]);
    ws.addRow([`未判定责任的投诉 ${s.responsibility.casesWithoutShares} 件（不计入比率）。比率 = 部门件数（各案按责任比例计）÷ 已判定责任的投诉。`]);
  }

  // 柏拉图 — level-1 defect types, largest first.
  {
    const columns: Column[] = [
      { header: '不良大类', width: 20, fmt: FMT.text },
      { header: '件数', width: 10, fmt: FMT.count },
      { header: '占比', width: 10, fmt: FMT.rate },
      { header: '累计占比', width: 10, fmt: FMT.rate },
      { header: '80% 以内（主要问题）', width: 20, fmt: FMT.text },
    ];
    const ws = newSheet(wb, '柏拉图', columns);
    const items = pareto(s.byDefectType);
    writeTable(
      ws,
      columns,
      items.map((i) => [nameOr(i.label), i.count, i.share, i.cumulative, i.vital ? '是' : '']),
      ['合计', s.selected, s.selected > 0 ? 1 : null, null, null],
    );
  }

  // 逾期 — on time per deadline kind, then the open overdue cases.
  {
    const columns: Column[] = [
      { header: '期限', width: 16, fmt: FMT.text },
      { header: '按时', width: 10, fmt: FMT.count },
      { header: '逾期完成', width: 10, fmt: FMT.count },
      { header: '逾期未完成', width: 12, fmt: FMT.count },
      { header: '未到期', width: 10, fmt: FMT.count },
      { header: '按时率', width: 10, fmt: FMT.rate },
      { header: '平均逾期（天）', width: 14, fmt: FMT.days },
      { header: '最长逾期（天）', width: 14, fmt: FMT.days },
    ];
    const ws = newSheet(wb, '逾期', columns);
    const days = (ms: number | null): number | null => (ms === null ? null : ms / DAY_MS);
    writeTable(
      ws,
      columns,
      // As the page: the kinds with a deadline counted in the rate.
      s.deadlines.byKind.filter((k) => k.onTime + k.late + k.openOverdue > 0).map((k) => [label(labels.deadlineKind, k.kind), k.onTime, k.late, k.openOverdue, k.notDue, k.onTimeRate, days(k.averageOverdueMs), days(k.worstOverdueMs)]),
    );
    ws.addRow([]);
    ws.addRow([`未结已逾期的案件（结案期限早于 ${excelText(cutoff, offset)}）：${s.closure.openOverdue} 件`], BOLD);
    const caseColumns: Column[] = [
      { header: '案件编号', width: 16, fmt: FMT.text },
      { header: '受理日期', width: 12, fmt: FMT.date },
      { header: '客户', width: 20, fmt: FMT.text },
      { header: '型号', width: 16, fmt: FMT.text },
      { header: '结案期限', width: 12, fmt: FMT.date },
      { header: '已逾期（天）', width: 12, fmt: FMT.days },
      { header: '责任部门', width: 28, fmt: FMT.text },
      { header: '其他逾期事项', width: 30, fmt: FMT.text },
    ];
    caseColumns.forEach((c, i) => ws.setColumn(i + 1, { width: Math.max(ws.width(i + 1), c.width) }));
    const overdue = openCasesAtEnd(input.rows, s.range, input.nowMs, input.closureRules).filter((c) => c.overdueMs !== null);
    writeTable(
      ws,
      caseColumns,
      overdue.map((c) => [
        c.row.caseNumber,
        excelDate(c.receivedMs, true, offset),
        nameOr(customer.resolve(c.row.customerId, c.row.customerName).label),
        nameOr(model.resolve(c.row.productModelId, c.row.productModel).label),
        excelDate(c.closureDueMs, true, offset),
        (c.overdueMs ?? 0) / DAY_MS,
        departmentsText(c.row) || UNDECIDED,
        c.otherOverdue.map((kind) => label(labels.deadlineKind, kind)).join('、'),
      ]),
    );
  }

  // 客诉率PPM — each month's own rates and over the last 6 and 12 months.
  {
    const columns: Column[] = [
      { header: '月份', width: 10, fmt: FMT.text },
      { header: '客诉件数', width: 10, fmt: FMT.count },
      { header: '不良数', width: 10, fmt: FMT.count },
      { header: '出货数量', width: 14, fmt: FMT.count },
      { header: '出货批数', width: 10, fmt: FMT.count },
      { header: '客诉率', width: 10, fmt: FMT.rate2 },
      { header: 'PPM', width: 10, fmt: FMT.count },
      { header: '近6月客诉率', width: 12, fmt: FMT.rate2 },
      { header: '近6月PPM', width: 11, fmt: FMT.count },
      { header: '近12月客诉率', width: 13, fmt: FMT.rate2 },
      { header: '近12月PPM', width: 11, fmt: FMT.count },
    ];
    const ws = newSheet(wb, '客诉率PPM', columns);
    const round = (v: number | null): number | null => (v === null ? null : Math.round(v));
    writeTable(
      ws,
      columns,
      input.rates.map((r) => [r.month, r.figures.complaints, r.figures.defective, r.figures.quantityShipped, r.figures.lotsShipped, r.complaintRate, round(r.ppm), r.complaintRate6, round(r.ppm6), r.complaintRate12, round(r.ppm12)]),
    );
    ws.addRow([]);
    ws.addRow(['客诉率 = 客诉件数 ÷ 出货批数；PPM = 不良数 ÷ 出货数量 × 1,000,000；近 6 / 12 月为窗口内合计之比；无出货的月份留空。']);
  }

  addQualityHistorySheet(wb, { entries: input.history, masterData: input.masterData, subjectKind: 'productModel', bySubject: true, utcOffsetMinutes: offset });

  return wb.toBytes();
}

/** A factory instant as text yyyy-mm-dd hh:mm (for notes). */
function excelText(ms: number, offset: number): string {
  return new Date(ms + offset * 60_000).toISOString().slice(0, 16).replace('T', ' ');
}
