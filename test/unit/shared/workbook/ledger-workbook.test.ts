// The ledger export read back with exceljs: headers in Chinese and English,
// typed cells (numbers, money 0.00, real dates showing the factory's wall
// clock), frozen header row, autofilter over the table, column widths, the
// return-line sheet, formula-looking text kept as text, the view's order
// kept, and a pause that stops the export. Fixed instants only.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { LedgerRow } from '../../../../shared/domain/ledger-row';
import type { DispositionRecord, ReturnLine } from '../../../../shared/domain/lifecycle/records';
import { EMPTY_PROJECTION } from '../../../../shared/domain/lifecycle/projection';
import { buildLedgerWorkbook, CASE_COLUMNS, LINE_COLUMNS, type CaseColumn, type LedgerWorkbookInput, type LedgerWorkbookLabels } from '../../../../shared/workbook/ledger-workbook';
import { MASTER } from '../domain/statistics/month-fixture';

const headersOf = (names: readonly string[]) => <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k, i) => [k, names[i]!])) as Record<K, string>;

const ZH: LedgerWorkbookLabels = {
  sheets: { cases: '台账', lines: '退货明细' },
  caseHeaders: headersOf(['案件编号', '接收时间', '客户名称', '产品型号', '料号', '批次号', '不良数', '更新时间', '期限', '步骤', '严重度', '投诉类别', '不良类型', '客户类别', '订单编号', 'RMA 退货授权号', '金额（元）', '损失金额（元）', '结案日期', '登记人'])(CASE_COLUMNS),
  lineHeaders: headersOf(['案件编号', '轮次', '产品型号', '料号', '批次号', '批准退货数量', '退货原因', '实收数量', '收货时间', '存放位置', '检验结果', '不良数量', '不良描述', '检验时间', '处理方式', '处理数量', '单价', '币种', '金额'])(LINE_COLUMNS),
  state: { registered: '已登记', closed: '结案' },
  severity: { general: '一般', serious: '严重' },
  category: { product_quality: '产品质量' },
  market: { domestic: '国内客户', foreign: '国外客户' },
  inspectionResult: { pass: '合格', fail: '不合格' },
  dispositionKind: { rework: '返修', scrap: '报废' },
};

const EN: LedgerWorkbookLabels = {
  ...ZH,
  sheets: { cases: 'Ledger', lines: 'Return lines' },
  caseHeaders: { ...ZH.caseHeaders, caseNumber: 'Case number', receivedAt: 'Received', customerName: 'Customer', state: 'Step' },
  lineHeaders: { ...ZH.lineHeaders, caseNumber: 'Case number', quantityApproved: 'Approved qty' },
  state: { registered: 'Registered', closed: 'Closed' },
};

function row(id: string, over: Partial<LedgerRow>): LedgerRow {
  return {
    ...EMPTY_PROJECTION,
    id,
    caseNumber: `2603-A-${id}`,
    customerName: '华为',
    customerId: 'c-hw',
    productModel: 'KX-100',
    productModelId: 'm-100',
    defectTypeId: 'd-scratch',
    partNumber: 'P-1',
    lotNumber: 'L-1',
    orderNumber: 'SO-1',
    receivedAt: '2026-03-02T09:00:00+08:00',
    market: 'domestic',
    quantityDefective: 3,
    updatedAt: '2026-03-02T10:00:00+08:00',
    createdBy: '张三',
    ...over,
  };
}

// The view's order (sorted by customer, say): not the ids' order.
const ROWS: LedgerRow[] = [
  // Received 00:30 on 1 March factory time = 16:30 UTC on 28 February.
  row('003', { receivedAt: '2026-02-28T16:30:00.000Z', state: 'closed', severity: 'serious', category: 'product_quality', decisionAmountFen: 123_456, costs: [{ kind: 'loss', department: null, amountFen: 10_050 }, { kind: 'freight', department: null, amountFen: 2_000 }], closedAt: '2026-03-10T23:59:00+08:00', rmaNumber: 'RMA-7' }),
  // Free text names, formula-looking texts.
  row('001', { customerId: '', customerName: '=cmd|/C calc!A0', productModelId: '', productModel: '@SUM(A1)', defectTypeId: '', quantityDefective: null, market: 'foreign', partNumber: '+1' }),
  row('002', { customerId: 'c-md', customerName: '美的集团', nextDueAt: '2026-03-05T18:00:00+08:00' }),
];

const line = (id: string, caseId: string, over: Partial<ReturnLine> = {}): ReturnLine => ({
  id,
  caseId,
  round: 1,
  productModel: 'KX-100',
  partNumber: 'P-1',
  lotNumber: 'L-1',
  quantityApproved: 10,
  reason: '划伤',
  quantityReceived: null,
  receivedBy: '',
  receivedAt: null,
  storageLocation: '',
  receivingNote: '',
  inspectionResult: null,
  quantityDefective: null,
  defectNotes: '',
  inspectedBy: '',
  inspectedAt: null,
  photoIds: [],
  deleted: false,
  ...over,
});

const LINES: ReturnLine[] = [
  line('l-2', '002'),
  line('l-1a', '003', { lotNumber: '=2+2', quantityReceived: 9, receivedAt: '2026-03-03T00:15:00+08:00', inspectionResult: 'fail', quantityDefective: 4, unitPriceFen: 1_250, currency: 'USD' }),
  line('l-1c', '003', { quantityApproved: 5 }),
  line('l-gone', '003', { deleted: true }),
  line('l-other', 'not-in-view'),
];
const DISPOSITIONS: DispositionRecord[] = [
  { id: 'd1', caseId: '003', round: 1, lineId: 'l-1a', kind: 'rework', quantity: 5, repairOrderNumber: 'RW-9', charged: false, note: '', deleted: false },
  { id: 'd2', caseId: '003', round: 1, lineId: 'l-1a', kind: 'scrap', quantity: 4, repairOrderNumber: '', charged: false, note: '', deleted: false },
  { id: 'd3', caseId: '003', round: 1, lineId: 'l-1a', kind: 'scrap', quantity: 99, repairOrderNumber: '', charged: false, note: '', deleted: true },
];

const EXPORTED = Date.parse('2026-03-15T08:00:00+08:00');

const input = (over: Partial<LedgerWorkbookInput> = {}): LedgerWorkbookInput => ({
  rows: ROWS,
  columns: CASE_COLUMNS,
  lines: LINES,
  dispositions: DISPOSITIONS,
  masterData: MASTER,
  labels: ZH,
  exportedAtMs: EXPORTED,
  ...over,
});

async function read(bytes: Uint8Array | null): Promise<ExcelJS.Workbook> {
  if (!bytes) throw new Error('no workbook');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

const values = (ws: ExcelJS.Worksheet, r: number): unknown[] => (ws.getRow(r).values as unknown[]).slice(1);
const col = (key: CaseColumn) => CASE_COLUMNS.indexOf(key) + 1;
const lineCol = (key: (typeof LINE_COLUMNS)[number]) => LINE_COLUMNS.indexOf(key) + 1;

describe('buildLedgerWorkbook', () => {
  it('writes Chinese headers, a frozen header row, the autofilter over the table and column widths', async () => {
    const wb = await read(await buildLedgerWorkbook(input()));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['台账', '退货明细']);
    const ws = wb.worksheets[0]!;
    expect(values(ws, 1)).toEqual(CASE_COLUMNS.map((k) => ZH.caseHeaders[k]));
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBe('A1:T4');
    expect(ws.getColumn(col('caseNumber')).width).toBe(16);
    expect(ws.getColumn(col('customerName')).width).toBe(24);
    const lines = wb.worksheets[1]!;
    expect(lines.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(lines.autoFilter).toBe('A1:S4');
    expect(lines.getColumn(lineCol('reason')).width).toBe(24);
  });

  it('writes English headers and labels when given them', async () => {
    const wb = await read(await buildLedgerWorkbook(input({ labels: EN, columns: ['caseNumber', 'state', 'receivedAt'] })));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Ledger', 'Return lines']);
    expect(values(wb.worksheets[0]!, 1)).toEqual(['Case number', 'Step', 'Received']);
    expect(wb.worksheets[0]!.getRow(2).getCell(2).value).toBe('Closed');
    expect(wb.worksheets[0]!.autoFilter).toBe('A1:C4');
    expect(values(wb.worksheets[1]!, 1).slice(0, 6)).toEqual(['Case number', '轮次', '产品型号', '料号', '批次号', 'Approved qty']);
  });

  it('keeps the view order and only the columns asked for', async () => {
    const wb = await read(await buildLedgerWorkbook(input({ columns: ['customerName', 'caseNumber'] })));
    const ws = wb.worksheets[0]!;
    expect(ws.rowCount).toBe(4);
    expect([2, 3, 4].map((r) => ws.getRow(r).getCell(2).value)).toEqual(['2603-A-003', '2603-A-001', '2603-A-002']);
    expect(values(ws, 1)).toEqual(['客户名称', '案件编号']);
  });

  it('types cells: numbers, money with two decimals, real dates on the factory day, labels, names from master data', async () => {
    const ws = (await read(await buildLedgerWorkbook(input()))).worksheets[0]!;
    const first = ws.getRow(2);
    const received = first.getCell(col('receivedAt'));
    // 00:30 on 1 March in the factory, whatever the zone of the PC that reads it.
    expect(received.value).toBeInstanceOf(Date);
    expect((received.value as Date).toISOString()).toBe('2026-03-01T00:30:00.000Z');
    expect(received.numFmt).toBe('yyyy-mm-dd hh:mm');
    const closed = first.getCell(col('closedAt'));
    expect((closed.value as Date).toISOString()).toBe('2026-03-10T00:00:00.000Z');
    expect(closed.numFmt).toBe('yyyy-mm-dd');
    expect(first.getCell(col('quantityDefective')).value).toBe(3);
    expect(first.getCell(col('quantityDefective')).numFmt).toBe('0');
    expect(first.getCell(col('decisionAmount')).value).toBe(1234.56);
    expect(first.getCell(col('decisionAmount')).numFmt).toBe('0.00');
    expect(first.getCell(col('losses')).value).toBe(120.5);
    expect(first.getCell(col('losses')).numFmt).toBe('0.00');
    expect(first.getCell(col('state')).value).toBe('结案');
    expect(first.getCell(col('severity')).value).toBe('严重');
    expect(first.getCell(col('category')).value).toBe('产品质量');
    expect(first.getCell(col('market')).value).toBe('国内客户');
    expect(first.getCell(col('defectType')).value).toBe('外观 / 划伤');
    expect(first.getCell(col('rmaNumber')).value).toBe('RMA-7');
    // The case number is plain text: no hyperlink, no formula.
    expect(first.getCell(col('caseNumber')).type).toBe(ExcelJS.ValueType.String);
    expect(first.getCell(col('caseNumber')).hyperlink).toBeUndefined();
    // The master data's name wins over the text typed at intake.
    expect(ws.getRow(4).getCell(col('customerName')).value).toBe('美的');
    expect((ws.getRow(4).getCell(col('nextDueAt')).value as Date).toISOString()).toBe('2026-03-05T18:00:00.000Z');
    // Unknown values are empty cells, not zeros.
    const second = ws.getRow(3);
    expect(second.getCell(col('quantityDefective')).value).toBeNull();
    expect(second.getCell(col('decisionAmount')).value).toBeNull();
    expect(second.getCell(col('market')).value).toBe('国外客户');
  });

  it('keeps formula-looking text as text', async () => {
    const wb = await read(await buildLedgerWorkbook(input()));
    const second = wb.worksheets[0]!.getRow(3);
    for (const [key, text] of [['customerName', '=cmd|/C calc!A0'], ['productModel', '@SUM(A1)'], ['partNumber', '+1']] as const) {
      const cell = second.getCell(col(key));
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(text);
      expect(cell.formula).toBeUndefined();
    }
    const lineCell = wb.worksheets[1]!.getRow(2).getCell(lineCol('lotNumber'));
    expect(lineCell.value).toBe('=2+2');
    expect(lineCell.type).toBe(ExcelJS.ValueType.String);
  });

  it('writes one row per live return line of the view\'s cases, in the view\'s order, with their dispositions', async () => {
    const ws = (await read(await buildLedgerWorkbook(input()))).worksheets[1]!;
    expect(ws.rowCount).toBe(4);
    expect([2, 3, 4].map((r) => ws.getRow(r).getCell(1).value)).toEqual(['2603-A-003', '2603-A-003', '2603-A-002']);
    const inspected = ws.getRow(2);
    expect(inspected.getCell(lineCol('quantityApproved')).value).toBe(10);
    expect(inspected.getCell(lineCol('quantityReceived')).value).toBe(9);
    expect(inspected.getCell(lineCol('quantityDefective')).value).toBe(4);
    expect(inspected.getCell(lineCol('inspectionResult')).value).toBe('不合格');
    expect((inspected.getCell(lineCol('receivedAt')).value as Date).toISOString()).toBe('2026-03-03T00:15:00.000Z');
    expect(inspected.getCell(lineCol('disposition')).value).toBe('返修 5（RW-9）、报废 4');
    expect(inspected.getCell(lineCol('quantityDisposed')).value).toBe(9);
    // Priced (issue 19.2): 12.50 USD × the 9 received.
    expect([inspected.getCell(lineCol('unitPrice')).value, inspected.getCell(lineCol('currency')).value, inspected.getCell(lineCol('amount')).value]).toEqual([12.5, 'USD', 112.5]);
    const plain = ws.getRow(3);
    expect([plain.getCell(lineCol('unitPrice')).value, plain.getCell(lineCol('amount')).value]).toEqual([null, null]);
    expect(plain.getCell(lineCol('quantityApproved')).value).toBe(5);
    expect(plain.getCell(lineCol('quantityReceived')).value).toBeNull();
    expect(plain.getCell(lineCol('disposition')).value).toBeNull(); // no text: an empty cell
  });

  it('pauses after each chunk with its progress, and stops when told to', async () => {
    const seen: [number, number][] = [];
    const bytes = await buildLedgerWorkbook(input({ chunkRows: 2, pause: (done, total) => Promise.resolve((seen.push([done, total]), true)) }));
    expect(bytes).not.toBeNull();
    expect(seen).toEqual([[2, 6], [3, 6], [5, 6], [6, 6]]);
    let calls = 0;
    expect(await buildLedgerWorkbook(input({ chunkRows: 2, pause: () => Promise.resolve(++calls < 2) }))).toBeNull();
    expect(calls).toBe(2);
  });

  it('writes an empty view as headers only', async () => {
    const wb = await read(await buildLedgerWorkbook(input({ rows: [] })));
    expect(wb.worksheets[0]!.rowCount).toBe(1);
    expect(wb.worksheets[0]!.autoFilter).toBe('A1:T1');
    expect(wb.worksheets[1]!.rowCount).toBe(1);
  });
});
