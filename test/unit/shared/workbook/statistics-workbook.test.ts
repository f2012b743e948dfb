// The statistics workbook read back with exceljs: sheets, Chinese headers,
// frozen header rows, number formats, real dates, totals equal to
// computeStatistics on the hand-built November (month-fixture.ts), and text
// that looks like a formula stays text.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { periodRange } from '../../../../shared/domain/statistics/periods';
import { computeStatistics } from '../../../../shared/domain/statistics/statistics';
import { selectedRows } from '../../../../shared/domain/statistics/selection';
import { buildStatisticsWorkbook, STATISTICS_SHEETS, type WorkbookLabels, type WorkbookRow } from '../../../../shared/workbook/statistics-workbook';
import { MASTER, NOVEMBER, row } from '../domain/statistics/month-fixture';
import { monthlyRates, type MonthFigures } from '../../../../shared/domain/shipments/rates';
import { historyEntry, type HistorySource } from '../../../../shared/domain/quality-history/entry';

const NOV = periodRange({ kind: 'month', month: '2026-11' })!;
const NOW = Date.parse('2026-12-03T09:00:00+08:00');

const LABELS: WorkbookLabels = {
  severity: { general: '一般', serious: '严重', urgent: '紧急 / 批量' },
  category: { product_quality: '产品质量', delivery_logistics: '交付物流' },
  department: { production: '生产部', quality: '品质部', purchasing: '采购部', technical: '技术部', sales: '业务部' },
  costKind: { loss: '损失金额', repair: '返修费用', freight: '运费', compensation: '赔偿', credit: '折让' },
  deadlineKind: { closure: '结案', first_reply: '首次回复', written_reply: '书面回复' },
  state: { registered: '已登记', closed: '已结案' },
  market: { domestic: '国内客户', foreign: '国外客户' },
};

const ROWS: WorkbookRow[] = [
  ...Object.entries(NOVEMBER).map(([key, r]): WorkbookRow => ({ ...r, id: key, caseNumber: `KS-${key.padStart(3, '0')}`, state: r.closedAt ? 'closed' : 'registered' })),
  // Hostile free text: must stay text.
  { ...row({ receivedAt: '2026-11-21T10:00:00+08:00', customerId: '', customerName: '=1+1', productModelId: '', productModel: '@SUM(A1)',
      deadlines: [
        { kind: 'first_reply', dueAt: '2026-11-22T10:00:00+08:00', doneAt: '2026-11-22T09:00:00+08:00' },
        { kind: 'written_reply', dueAt: '2026-11-25T10:00:00+08:00', doneAt: null },
      ],
    }),
    id: 'evil', caseNumber: '=HYPERLINK("x")', state: 'registered' },
];

const figures = new Map<string, MonthFigures>([
  ['2026-10', { complaints: 3, defective: 40, quantityShipped: 200_000, lotsShipped: 80 }],
  ['2026-11', { complaints: 9, defective: 25, quantityShipped: 100_000, lotsShipped: 50 }],
]);
const RATES = monthlyRates(figures, '2026-10', '2026-11');

const historySource = (id: string, caseNumber: string, receivedAt: string, model: string): HistorySource => ({
  case: { id, caseNumber, receivedAt, lotNumber: 'L1', defectDescription: '划伤', quantityDefective: 2, customerId: 'c-hw', customerName: '华为', productModelId: '', productModel: model, defectTypeId: 'd-scratch' },
  lifecycle: { analysisSummary: '包装不足' },
  actions: [],
  eightDs: [],
  attachments: [],
});
const HISTORY = [
  historyEntry(historySource('h3', 'KS-H3', '2026-11-20T10:00:00+08:00', 'KX-100')),
  historyEntry(historySource('h1', 'KS-H1', '2026-11-02T10:00:00+08:00', 'KX-200')),
  historyEntry(historySource('h2', 'KS-H2', '2026-11-05T10:00:00+08:00', 'KX-100')),
];

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

const headers = (ws: ExcelJS.Worksheet): unknown[] => (ws.getRow(1).values as unknown[]).slice(1);
/** Data rows under the header of the first table, up to the first empty row. */
function body(ws: ExcelJS.Worksheet): ExcelJS.Row[] {
  const out: ExcelJS.Row[] = [];
  for (let i = 2; i <= ws.rowCount; i++) {
    const r = ws.getRow(i);
    if (r.cellCount === 0 || r.getCell(1).value === null) break;
    out.push(r);
  }
  return out;
}

describe('buildStatisticsWorkbook', () => {
  const stats = computeStatistics(ROWS, { range: NOV, masterData: MASTER, nowMs: NOW });
  const build = () =>
    buildStatisticsWorkbook({
      stats,
      rows: ROWS,
      masterData: MASTER,
      repeats: { repeatCases: 1, repeatedProblems: 1, caseIds: ['r14'] },
      repeatIds: new Set(['r14']),
      periodLabel: '2026-11',
      nowMs: NOW,
      exportedAtMs: NOW,
      labels: LABELS,
      rates: RATES,
      history: HISTORY,
    });

  it('has one sheet per table with Chinese headers, frozen header rows and widths', async () => {
    const started = performance.now();
    const bytes = await build();
    const wb = await read(bytes);
    // Rough timing of one month (not a benchmark): well under the 2 s.
    expect(performance.now() - started).toBeLessThan(2000);
    expect(wb.worksheets.map((w) => w.name)).toEqual([...STATISTICS_SHEETS]);
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.getColumn(1).width).toBeGreaterThan(5);
    }
    expect(headers(wb.getWorksheet('按客户')!)).toEqual(['客户', '件数', '占比']);
    expect(headers(wb.getWorksheet('明细')!)).toContain('受理日期');
    expect(headers(wb.getWorksheet('按责任部门')!)).toEqual(['责任部门', '件数（按比例）', '比率', '损失承担（元）']);
    expect(headers(wb.getWorksheet('柏拉图')!)).toEqual(['不良大类', '件数', '占比', '累计占比', '80% 以内（主要问题）']);
  });

  it('writes totals equal to computeStatistics', async () => {
    const wb = await read(await build());
    for (const name of ['按客户', '按型号'] as const) {
      const ws = wb.getWorksheet(name)!;
      const rows = body(ws);
      const total = rows.at(-1)!;
      expect(total.getCell(1).value).toBe('合计');
      expect(total.getCell(2).value).toBe(stats.selected);
      expect(rows.slice(0, -1).reduce((sum, r) => sum + (r.getCell(2).value as number), 0)).toBe(stats.selected);
      expect(rows[0]!.getCell(2).numFmt).toBe('0');
      expect(rows[0]!.getCell(3).numFmt).toBe('0.0%');
    }
    const customers = body(wb.getWorksheet('按客户')!);
    expect(customers[0]!.getCell(2).value).toBe(stats.byCustomer[0]!.count);
    expect(customers[0]!.getCell(3).value).toBeCloseTo(stats.byCustomer[0]!.count / stats.selected, 10);

    const defects = body(wb.getWorksheet('按不良')!);
    const level1 = defects.filter((r) => r.getCell(1).value === '大类');
    expect(level1.map((r) => r.getCell(4).value)).toEqual(stats.byDefectType.map((i) => i.count));
    expect(defects.at(-1)!.getCell(4).value).toBe(stats.selected);

    const departments = body(wb.getWorksheet('按责任部门')!);
    const dTotal = departments.at(-1)!;
    expect(dTotal.getCell(2).value).toBe(stats.responsibility.casesWithShares);
    expect(dTotal.getCell(4).value).toBeCloseTo(stats.losses.totalFen / 100, 2);
    expect(dTotal.getCell(4).numFmt).toBe('0.00');
    const production = departments.find((r) => r.getCell(1).value === '生产部')!;
    const expected = stats.responsibility.byDepartment.find((i) => i.key === 'production')!;
    expect(production.getCell(2).value).toBeCloseTo(expected.count, 10);
    expect(production.getCell(3).value).toBeCloseTo(expected.ratio!, 10);
    expect(departments.slice(0, -1).reduce((sum, r) => sum + (r.getCell(2).value as number), 0)).toBeCloseTo(stats.responsibility.casesWithShares, 10);

    const paretoRows = body(wb.getWorksheet('柏拉图')!);
    expect(paretoRows.at(-2)!.getCell(4).value).toBeCloseTo(1, 10);
    expect(paretoRows[0]!.getCell(5).value).toBe('是');

    const detail = body(wb.getWorksheet('明细')!);
    expect(detail.length - 1).toBe(stats.selected);
    expect(detail.length - 1).toBe(selectedRows(ROWS, NOV).length);
    const detailTotal = detail.at(-1)!;
    expect(detailTotal.getCell(13).value).toBeCloseTo(stats.losses.totalFen / 100, 2);
    expect(detailTotal.getCell(12).value).toBe(stats.defectiveQuantity);

    const summary = wb.getWorksheet('汇总')!;
    const figure = (name: string) => body(summary).find((r) => r.getCell(1).value === name)!.getCell(2).value;
    expect(figure('客诉件数')).toBe(stats.complaints);
    expect(figure('期末未结')).toBe(stats.flow.openAtEnd);
    expect(figure('按期结案率')).toBeCloseTo(stats.closure.onTimeRate!, 10);
    expect(figure('损失金额（元）')).toBeCloseTo(stats.losses.totalFen / 100, 2);
    expect(figure('重复投诉')).toBe(1);

    const overdue = wb.getWorksheet('逾期')!;
    const kinds = body(overdue);
    expect(kinds.map((r) => [r.getCell(1).value, r.getCell(2).value, r.getCell(4).value])).toEqual([
      ['首次回复', 1, 0],
      ['书面回复', 0, 1],
    ]);
    // Overdue from 11-25 10:00 to the end of November: 5 days 14 hours, written in days.
    expect(kinds[1]!.getCell(8).value).toBeCloseTo(5 + 14 / 24, 10);
    expect(kinds[1]!.getCell(8).numFmt).toBe('0.0');
    expect(kinds.length).toBe(stats.deadlines.byKind.filter((k) => k.onTime + k.late + k.openOverdue > 0).length);
    let title = 0;
    overdue.eachRow((r, n) => {
      const v = r.getCell(1).value;
      if (typeof v === 'string' && v.startsWith('未结已逾期的案件')) title = n;
    });
    expect(title).toBeGreaterThan(0);
    let cases = 0;
    for (let i = title + 2; i <= overdue.rowCount; i++) if (overdue.getRow(i).getCell(1).value) cases++;
    expect(cases).toBe(stats.closure.openOverdue);
  });

  it('writes real dates of the factory day and formula-looking text as text', async () => {
    const wb = await read(await build());
    const detail = body(wb.getWorksheet('明细')!);
    const r9 = detail.find((r) => r.getCell(1).value === 'KS-0r9')!;
    const received = r9.getCell(2).value;
    expect(received).toBeInstanceOf(Date);
    // 23:30 on Nov 30th at the factory is 15:30 UTC: Excel must show Nov 30th.
    expect((received as Date).toISOString().slice(0, 10)).toBe('2026-11-30');
    expect(r9.getCell(2).numFmt).toBe('yyyy-mm-dd');
    const evil = detail.find((r) => r.getCell(3).value === '=1+1')!;
    expect(evil).toBeDefined();
    expect(evil.getCell(1).value).toBe('=HYPERLINK("x")');
    expect(evil.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(evil.getCell(3).type).toBe(ExcelJS.ValueType.String);
    expect(evil.getCell(4).value).toBe('@SUM(A1)');
  });

  it('lists, for the closed basis, the complaints closed in the period (明细 = the breakdowns total)', async () => {
    const closed = computeStatistics(ROWS, { range: NOV, masterData: MASTER, nowMs: NOW, basis: 'closed' });
    const bytes = await buildStatisticsWorkbook({
      stats: closed,
      rows: ROWS,
      masterData: MASTER,
      repeats: { repeatCases: 0, repeatedProblems: 0, caseIds: [] },
      repeatIds: new Set(),
      periodLabel: '2026-11',
      nowMs: NOW,
      exportedAtMs: NOW,
      labels: LABELS,
      rates: [],
      history: [],
    });
    const wb = await read(bytes);
    const detail = body(wb.getWorksheet('明细')!);
    expect(detail.length - 1).toBe(closed.selected);
    expect(selectedRows(ROWS, NOV, 'closed').length).toBe(closed.selected);
    // r7 was received in October and closed in November: listed; r13 closed in December: not.
    const numbers = detail.map((r) => r.getCell(1).value);
    expect(numbers).toContain('KS-0r7');
    expect(numbers).not.toContain('KS-r13');
    expect(body(wb.getWorksheet('按客户')!).at(-1)!.getCell(2).value).toBe(closed.selected);
    expect(body(wb.getWorksheet('汇总')!).find((r) => r.getCell(1).value === '统计口径')!.getCell(2).value).toBe('本期结案的投诉');
  });

  it('has the months\' 客诉率 and PPM as numbers, and the period\'s 品质履历 grouped by model', async () => {
    const wb = await read(await build());
    const rates = wb.getWorksheet('客诉率PPM')!;
    expect(headers(rates)).toEqual(['月份', '客诉件数', '不良数', '出货数量', '出货批数', '客诉率', 'PPM', '近6月客诉率', '近6月PPM', '近12月客诉率', '近12月PPM']);
    const nov = body(rates)[1]!;
    expect((nov.values as unknown[]).slice(1)).toEqual(['2026-11', 9, 25, 100_000, 50, 0.18, 250, 12 / 130, 217, 12 / 130, 217]);
    expect(nov.getCell(6).numFmt).toBe('0.00%');
    const history = wb.getWorksheet('品质履历')!;
    expect(headers(history).slice(0, 4)).toEqual(['型号', '受理日期', '案件编号', '客户']);
    expect(body(history).map((r) => [r.getCell(1).value, r.getCell(3).value])).toEqual([['KX-100', 'KS-H2'], ['KX-100', 'KS-H3'], ['KX-200', 'KS-H1']]);
    const first = body(history)[0]!;
    expect(first.getCell(2).value).toEqual(new Date('2026-11-05T00:00:00Z'));
    expect(first.getCell(6).value).toBe('外观/划伤：划伤');
    expect(first.getCell(8).value).toBe('包装不足');
    expect(first.getCell(13).value).toBe('—');
    expect(history.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });
});
