// Statistics benchmark (issue 17): computeStatistics over 100,000 generated
// ledger rows spread over one year (customers typed with and without their
// master-data id and by alias, split responsibility shares, costs, deadlines,
// returns, surveys, claims, a few 7-day returns and rows of older
// projections without the issue-17 facts), for the year, a quarter and a
// month, in Node. Target: the year ≤ 1 s to first numbers on the 统计 page
// (this is the pure part of it). Reports the median; never fails.
import type { MasterEntry } from '../../shared/domain/master-data/entry';
import type { DeadlineFact } from '../../shared/domain/lifecycle/projection';
import { DEPARTMENTS } from '../../shared/domain/lifecycle/records';
import { periodRange } from '../../shared/domain/statistics/periods';
import type { StatsRow } from '../../shared/domain/statistics/rows';
import { computeStatistics } from '../../shared/domain/statistics/statistics';
import { timeRuns } from './timing';
import type { InstantRange } from '../../shared/domain/factory-calendar';
import { historyEntry } from '../../shared/domain/quality-history/entry';
import { addMonths, monthlyRates } from '../../shared/domain/shipments/rates';
import { selectedRows } from '../../shared/domain/statistics/selection';
import { buildStatisticsWorkbook, type WorkbookRow } from '../../shared/workbook/statistics-workbook';

const ROWS = Number(process.env.BENCH_STATISTICS_ROWS ?? 100_000);
const RUNS = Number(process.env.BENCH_STATISTICS_RUNS ?? 7);
const DAY = 86_400_000;
const YEAR_START = Date.parse('2026-01-01T00:00:00+08:00');

/** A deterministic pseudo-random sequence (the same rows every run). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const iso = (ms: number) => new Date(ms).toISOString();

export function statisticsMasterData(): MasterEntry[] {
  const entry = (id: string, kind: MasterEntry['kind'], name: string, aliases: string[] = [], parentId = ''): MasterEntry => ({ id, kind, code: id, name, aliases, active: true, confirmed: true, parentId });
  const out: MasterEntry[] = [];
  for (let i = 0; i < 500; i++) out.push(entry(`c${i}`, 'customer', `客户${i}有限公司`, [`客户${i}`]));
  for (let i = 0; i < 300; i++) out.push(entry(`m${i}`, 'productModel', `KX-${i}`));
  for (let i = 0; i < 10; i++) {
    out.push(entry(`d${i}`, 'defectType', `不良${i}`));
    for (let j = 0; j < 5; j++) out.push(entry(`d${i}-${j}`, 'defectType', `不良${i}-${j}`, [], `d${i}`));
  }
  for (let i = 0; i < 50; i++) out.push(entry(`s${i}`, 'supplier', `供应商${i}`, [`供应商${i}厂`]));
  return out;
}

export function statisticsRows(n: number): StatsRow[] {
  const next = random(17);
  const int = (max: number) => Math.floor(next() * max);
  return Array.from({ length: n }, (_, i): StatsRow => {
    const received = YEAR_START + int(365 * DAY);
    const closed = next() < 0.8 ? received + int(25 * DAY) : null;
    const customer = int(600); // 500 entries, the rest free text
    const byId = customer < 500 && next() < 0.6;
    const old = i % 20 === 0; // a projection stored before issue 17
    const shareCount = int(3);
    const shares =
      shareCount === 0
        ? []
        : shareCount === 1
          ? [{ department: DEPARTMENTS[int(6)]!, percent: 100, supplierName: '' }]
          : [
              { department: 'purchasing' as const, percent: 70, supplierName: `供应商${int(50)}${next() < 0.5 ? '厂' : ''}` },
              { department: DEPARTMENTS[int(6)]!, percent: 30, supplierName: '' },
            ];
    const deadlines: DeadlineFact[] = [
      { kind: 'callback', dueAt: iso(received + 2 * 3_600_000), doneAt: iso(received + int(4) * 3_600_000) },
      { kind: 'first_reply', dueAt: iso(received + DAY), doneAt: next() < 0.9 ? iso(received + int(2 * DAY)) : null },
      { kind: 'written_reply', dueAt: iso(received + 3 * DAY), doneAt: next() < 0.8 ? iso(received + int(5 * DAY)) : null },
      { kind: 'department_answer', dueAt: iso(received + 4 * DAY), doneAt: next() < 0.7 ? iso(received + int(6 * DAY)) : null },
      { kind: 'closure', dueAt: iso(received + 13 * DAY), doneAt: closed === null ? null : iso(closed) },
    ];
    return {
      receivedAt: iso(received),
      market: next() < 0.2 ? 'foreign' : 'domestic',
      countsAsComplaint: i % 25 !== 0,
      triage: i % 25 === 0 ? 'seven_day_return' : 'production_quality',
      severity: (['general', 'serious', 'urgent'] as const)[int(3)]!,
      category: 'product_quality',
      closedAt: closed === null ? null : iso(closed),
      customerId: byId ? `c${customer}` : '',
      customerName: customer < 500 ? (next() < 0.5 ? `客户${customer}` : `客户${customer}有限公司`) : `散客${customer}`,
      productModelId: next() < 0.7 ? `m${int(300)}` : '',
      productModel: `KX-${int(400)}`,
      defectTypeId: `d${int(10)}-${int(5)}`,
      quantityDefective: next() < 0.9 ? int(500) : null,
      shares,
      departments: [...new Set(shares.map((s) => s.department))].sort(),
      costs: next() < 0.5 ? [{ kind: 'loss', department: 'production', amountFen: int(1_000_000) }, { kind: 'freight', department: null, amountFen: int(50_000) }] : [],
      ...(old
        ? {}
        : {
            deadlines,
            returns: { lines: 1, approved: int(100), received: int(100), linesNotReceived: 0, defectiveFound: int(10) },
            survey: closed !== null && next() < 0.5 ? { surveyedAt: iso(closed), score: 60 + int(41), satisfied: next() < 0.7 } : null,
            supplierClaims: { count: 0, raisedFen: 0, recoveredFen: 0 },
          }),
    };
  });
}

export async function runStatisticsBench(): Promise<Record<string, unknown>> {
  const rows = statisticsRows(ROWS);
  const masterData = statisticsMasterData();
  const periods = {
    year: periodRange({ kind: 'year', year: 2026 })!,
    quarter: periodRange({ kind: 'quarter', year: 2026, quarter: 2 })!,
    month: periodRange({ kind: 'month', month: '2026-11' })!,
  };
  const figures: Record<string, unknown> = { rows: ROWS, targetYearMs: 1000 };
  for (const [name, range] of Object.entries(periods)) {
    let complaints = 0;
    figures[name] = {
      ...(await timeRuns(RUNS, () => {
        complaints = computeStatistics(rows, { range, masterData }).complaints;
        return Promise.resolve();
      })),
      complaints,
    };
  }
  figures.monthWorkbook = await timeMonthWorkbook(rows, masterData, periods.month);
  return figures;
}

/**
 * The statistics workbook of one month over the same rows (issue 17: ≤ 2 s):
 * every sheet, with twelve months of rates and a 品质履历 line for each of
 * the month's complaints (their records are made up: cause, measures, an 8D).
 */
async function timeMonthWorkbook(rows: readonly StatsRow[], masterData: readonly MasterEntry[], range: InstantRange): Promise<Record<string, unknown>> {
  const workbookRows: WorkbookRow[] = rows.map((r, i) => ({ ...r, id: `case-${i}`, caseNumber: `2611-A-${String(i).padStart(6, '0')}`, state: r.closedAt ? 'closed' : 'analysis' }));
  const stats = computeStatistics(workbookRows, { range, masterData });
  const selected = selectedRows(workbookRows, range, 'received');
  const history = selected.map((r) =>
    historyEntry({
      case: { id: r.id, caseNumber: r.caseNumber, receivedAt: r.receivedAt, lotNumber: 'L2611-07', defectDescription: '外壳划伤', quantityDefective: r.quantityDefective, customerId: r.customerId, customerName: r.customerName, productModelId: r.productModelId, productModel: r.productModel, defectTypeId: r.defectTypeId },
      lifecycle: { analysisSummary: '包装内衬厚度不足，运输中挤压' },
      actions: [],
      eightDs: [],
      attachments: [],
    }),
  );
  const figures = new Map(Array.from({ length: 24 }, (_, i) => [addMonths('2025-12', i), { complaints: 8000, defective: 20_000, quantityShipped: 5_000_000, lotsShipped: 2_000 }] as const));
  const rates = monthlyRates(figures, '2025-12', '2026-11');
  let bytes = 0;
  const timing = await timeRuns(3, async () => {
    const out = await buildStatisticsWorkbook({
      stats,
      rows: workbookRows,
      masterData,
      repeats: { repeatCases: 0, repeatedProblems: 0, caseIds: [] },
      repeatIds: new Set(),
      periodLabel: '2026-11',
      nowMs: range.to,
      exportedAtMs: range.to,
      labels: { severity: {}, category: {}, department: {}, costKind: {}, deadlineKind: {}, state: {}, market: {} },
      rates,
      history,
    });
    bytes = out.byteLength;
  });
  return { ...timing, complaintsInMonth: selected.length, bytes, targetMs: 2000 };
}
