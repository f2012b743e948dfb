// Ledger export benchmark (issue 18.1): buildLedgerWorkbook over 100,000
// generated ledger rows (every column of the export, names by master-data id
// and as free text, costs, deadlines) and a return line for every fifth
// case, in Node — the work the export's worker does in the app. Target: the
// whole file ≤ 10 s. Reports the rows phase, the writing of the file (XML +
// zip), the longest stretch between two pauses and the file's size; never
// fails. BENCH_EXPORT_ROWS=500 for a smoke run.
import { performance } from 'node:perf_hooks';
import type { LedgerRow } from '../../shared/domain/ledger-row';
import { EMPTY_PROJECTION } from '../../shared/domain/lifecycle/projection';
import type { DispositionRecord, ReturnLine } from '../../shared/domain/lifecycle/records';
import { buildLedgerWorkbook, CASE_COLUMNS, LINE_COLUMNS, type LedgerWorkbookLabels } from '../../shared/workbook/ledger-workbook';
import { statisticsMasterData } from './statistics.bench';

const ROWS = Number(process.env.BENCH_EXPORT_ROWS ?? 100_000);
const TARGET_MS = 10_000;
const YEAR_START = Date.parse('2026-01-01T00:00:00+08:00');
const DAY = 86_400_000;

const iso = (ms: number) => new Date(ms).toISOString();

function exportData(n: number): { rows: LedgerRow[]; lines: ReturnLine[]; dispositions: DispositionRecord[] } {
  const rows: LedgerRow[] = [];
  const lines: ReturnLine[] = [];
  const dispositions: DispositionRecord[] = [];
  for (let i = 0; i < n; i++) {
    const received = YEAR_START + ((i * 7919) % 365) * DAY + (i % 600) * 60_000;
    const id = `case-${String(i).padStart(6, '0')}`;
    rows.push({
      ...EMPTY_PROJECTION,
      id,
      caseNumber: `26${String(1 + (i % 12)).padStart(2, '0')}-B-${String(i).padStart(5, '0')}`,
      customerId: i % 3 === 0 ? '' : `c${i % 500}`,
      customerName: `客户${i % 500}有限公司`,
      productModelId: i % 4 === 0 ? '' : `m${i % 300}`,
      productModel: `KX-${i % 300}`,
      defectTypeId: `d${i % 10}-${i % 5}`,
      partNumber: `P-${100_000 + (i % 5000)}`,
      lotNumber: `L${2600 + (i % 12)}-${i % 30}`,
      orderNumber: `SO${i}`,
      receivedAt: iso(received),
      market: i % 5 === 0 ? 'foreign' : 'domestic',
      quantityDefective: i % 10 === 0 ? null : i % 500,
      updatedAt: iso(received + DAY),
      createdBy: `经办人${i % 8}`,
      state: i % 3 === 0 ? 'closed' : 'analysis',
      severity: i % 7 === 0 ? 'urgent' : 'general',
      category: 'product_quality',
      nextDueAt: i % 3 === 0 ? null : iso(received + 13 * DAY),
      rmaNumber: i % 5 === 0 ? `RMA-${i}` : null,
      decisionAmountFen: i % 5 === 0 ? (i % 1000) * 1234 : null,
      closedAt: i % 3 === 0 ? iso(received + 10 * DAY) : null,
      costs: i % 2 === 0 ? [{ kind: 'loss', department: 'production', amountFen: (i % 997) * 100 + 5 }] : [],
    });
    if (i % 5 === 0) {
      const lineId = `line-${id}`;
      lines.push({
        id: lineId, caseId: id, round: 1, productModel: `KX-${i % 300}`, partNumber: `P-${i % 5000}`, lotNumber: `L${i % 30}`, quantityApproved: 100, reason: '外壳开裂',
        quantityReceived: 98, receivedBy: '仓库', receivedAt: iso(received + 3 * DAY), storageLocation: 'A-3', receivingNote: '',
        inspectionResult: 'partial', quantityDefective: 30, defectNotes: '连锡', inspectedBy: 'QE', inspectedAt: iso(received + 4 * DAY), photoIds: [], deleted: false,
      });
      dispositions.push({ id: `disp-${id}`, caseId: id, round: 1, lineId, kind: 'rework', quantity: 98, repairOrderNumber: `MO-${i}`, charged: false, note: '', deleted: false });
    }
  }
  return { rows, lines, dispositions };
}

const LABELS: LedgerWorkbookLabels = {
  sheets: { cases: '台账', lines: '退货明细' },
  caseHeaders: Object.fromEntries(CASE_COLUMNS.map((k) => [k, k])) as LedgerWorkbookLabels['caseHeaders'],
  lineHeaders: Object.fromEntries(LINE_COLUMNS.map((k) => [k, k])) as LedgerWorkbookLabels['lineHeaders'],
  state: { closed: '结案', analysis: '原因分析' },
  severity: { general: '一般', urgent: '紧急 / 批量' },
  category: { product_quality: '产品质量' },
  market: { domestic: '国内客户', foreign: '国外客户' },
  inspectionResult: { partial: '部分不合格' },
  dispositionKind: { rework: '返修' },
};

async function exportOnce(data: ReturnType<typeof exportData>) {
  const masterData = statisticsMasterData();
  const started = performance.now();
  let last = started;
  let longestChunkMs = 0;
  let rowsDoneAt = started;
  const bytes = await buildLedgerWorkbook({
    ...data,
    columns: CASE_COLUMNS,
    masterData,
    labels: LABELS,
    exportedAtMs: Date.parse('2026-12-31T17:00:00+08:00'),
    pause: (done, total) => {
      const now = performance.now();
      longestChunkMs = Math.max(longestChunkMs, now - last);
      last = now;
      if (done === total) rowsDoneAt = now;
      return Promise.resolve(true);
    },
  });
  const finished = performance.now();
  return { rowsMs: Math.round(rowsDoneAt - started), writeMs: Math.round(finished - rowsDoneAt), totalMs: Math.round(finished - started), longestChunkMs: Math.round(longestChunkMs), bytes: bytes?.length ?? 0 };
}

export async function runLedgerExportBench(): Promise<Record<string, unknown>> {
  await exportOnce(exportData(Math.min(ROWS, 1_000))); // warm-up
  const data = exportData(ROWS);
  return { rows: ROWS, lines: data.lines.length, targetMs: TARGET_MS, ...(await exportOnce(data)) };
}
