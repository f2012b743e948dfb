/** Writing a confirmed 台账 import: new cases with their original numbers, closed ones closed on their day, re-imports without duplicates, updates as field edits. */
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { LedgerRow } from '../../../../shared/domain/ledger-row';
import { remapColumn } from '../../../../shared/workbook/ledger-import/mapping';
import { buildLedgerWorkbook, CASE_COLUMNS, type LedgerWorkbookLabels } from '../../../../shared/workbook/ledger-workbook';
import { DEFAULT_MASTER_ENTRIES } from '../../../../shared/domain/master-data/seed';
import { planImport, type ExistingCase, type PlanContext } from '../../../../shared/workbook/ledger-import/plan';
import { prepareSheets } from '../../../../shared/workbook/ledger-import/prepare';
import { readLedgerWorkbook } from '../../../../shared/workbook/ledger-import/read';
import { writablePlan } from '../../../../renderer/db/ledger-import-write';
import { ledger2019, workbookOf, type SheetSpec } from '../../shared/workbook/ledger-import/fixtures';
import { openHarness, type Harness } from './helpers';

const headersOf = (names: readonly string[]) => <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k, i) => [k, names[i]!])) as Record<K, string>;

/** The export's Chinese texts (as renderer/features/ledger/exportColumns.ts gives them). */
const ZH_LABELS: LedgerWorkbookLabels = {
  sheets: { cases: '台账', lines: '退货明细' },
  caseHeaders: headersOf(['案件编号', '接收时间', '客户名称', '产品型号', '料号', '批次号', '不良数', '更新时间', '期限', '步骤', '严重度', '投诉类别', '不良类型', '客户类别', '订单编号', 'RMA 退货授权号', '金额（元）', '损失金额（元）', '结案日期', '登记人'])(CASE_COLUMNS),
  lineHeaders: {} as LedgerWorkbookLabels['lineHeaders'],
  state: { registered: '已登记', closed: '结案' },
  severity: {},
  category: {},
  market: { domestic: '国内客户', foreign: '国外客户' },
  inspectionResult: {},
  dispositionKind: {},
};

function context(existing: ExistingCase[]): PlanContext {
  return {
    now: new Date('2026-11-23T02:00:00Z'),
    year: 2019,
    defaults: { contactChannel: 'phone', market: 'domestic', foundAt: 'incoming_inspection', occurrence: 'first', customerRequests: ['explanation_only'] },
    masterEntries: DEFAULT_MASTER_ENTRIES,
    existing,
  };
}

async function planOf(h: Harness, specs: SheetSpec[]) {
  const { sheets } = prepareSheets(await readLedgerWorkbook(await workbookOf(specs)));
  return planImport(sheets, context(await h.repos.cases.existingForImport()));
}

describe('importing a 台账 into the desk', () => {
  it('creates the planned cases with their original numbers; closed ones are closed on their day with no effect check due', async () => {
    const h = await openHarness();
    const plan = await planOf(h, ledger2019());
    expect(plan.creates.length).toBeGreaterThan(3);
    const progress: number[] = [];
    const result = await h.repos.cases.importLedger(plan, { chunkSize: 2, onProgress: (p) => progress.push(p.rowsWritten) });
    expect(result).toEqual({ created: plan.creates.length, updated: 0, skipped: 0 });
    expect(progress.at(-1)).toBe(plan.creates.length);
    const rows = await h.repos.cases.listAll();
    expect(rows).toHaveLength(plan.creates.length);
    const cases = await Promise.all(rows.map((r) => h.repos.cases.get(r.id)));
    const byNumber = new Map(cases.map((c, i) => [c!.originalNumber, { c: c!, row: rows[i]! }]));
    const first = byNumber.get('KS-1901-001')!;
    expect(first.c.caseNumber).toMatch(/^1901-B-\d{3}$/);
    expect(first.row.state).toBe('closed');
    expect(first.row.closedAt).toBe('2019-01-20T10:00:00.000Z');
    expect(first.row.effectCheckDueDate).toBeUndefined();
    const lifecycle = await h.db.caseLifecycles.get(first.c.id);
    expect(lifecycle?.effectCheckDueDate ?? null).toBeNull();
    const transitions = await h.db.transitions.where('caseId').equals(first.c.id).toArray();
    expect(transitions.map((t) => [t.action, t.from, t.to, t.reason])).toEqual([['import_closed', 'registered', 'closed', '导入：原台账已结案']]);
    expect(byNumber.get('KS-1901-002')!.row.state).toBe('registered');
  });

  it('plans nothing to create or update when the same workbook is imported again', async () => {
    const h = await openHarness();
    await h.repos.cases.importLedger(await planOf(h, ledger2019()));
    const again = writablePlan(await planOf(h, ledger2019()));
    expect(again.creates).toHaveLength(0);
    expect(again.updates).toHaveLength(0);
    expect((await h.repos.cases.importLedger(again)).created).toBe(0);
    expect(await h.repos.cases.count()).toBe(again.unchanged.length);
  });

  it('writes an update as edits of the changed fields only, in the change history; a case deleted meanwhile is skipped', async () => {
    const h = await openHarness();
    await h.repos.cases.importLedger(await planOf(h, ledger2019()));
    const changed = ledger2019();
    const july = changed.find((s) => s.name === '7月')!;
    changed.find((s) => s.name === '1月')!.rows[4]![6] = '不通电（复测）';
    july.rows[2]![5] = '异响（复测）';
    const plan = writablePlan(await planOf(h, changed));
    expect(plan.creates).toHaveLength(0);
    expect(plan.updates.map((u) => u.changes.map((c) => c.field))).toEqual([['defectDescription'], ['defectDescription']]);
    const gone = plan.updates[1]!.caseId;
    await h.repos.cases.remove(gone);
    expect(await h.repos.cases.importLedger(plan)).toEqual({ created: 0, updated: 1, skipped: 1 });
    const edited = await h.repos.cases.get(plan.updates[0]!.caseId);
    expect(edited!.defectDescription).toBe('不通电（复测）');
    const history = await h.repos.cases.history(edited!.id);
    expect(history.filter((e) => !e.creation).map((e) => [e.field, e.oldValue, e.newValue])).toEqual([['defectDescription', '不通电', '不通电（复测）']]);
  });
});

describe('the responsible departments a 台账 names', () => {
  it('become responsibility shares split equally on a new case, counted by department in its ledger row', async () => {
    const h = await openHarness();
    await h.repos.cases.importLedger(await planOf(h, ledger2019()));
    const rows = await h.repos.cases.listAll();
    const cases = await Promise.all(rows.map((r) => h.repos.cases.get(r.id)));
    const rowOf = (number: string) => rows[cases.findIndex((c) => c!.originalNumber === number)]!;
    // 品质部、生产部 → quality and production, 50 % each; 工程部 → technical 100 %.
    expect(rowOf('KS-1901-001').shares.map((x) => [x.department, x.percent])).toEqual([['production', 50], ['quality', 50]]);
    expect(rowOf('KS-1901-002').shares.map((x) => [x.department, x.percent])).toEqual([['technical', 100]]);
    const shares = await h.db.responsibilityShares.where('caseId').equals(rowOf('KS-1901-001').id).toArray();
    expect(shares.map((x) => x.note)).toEqual(['导入：原台账责任部门，按部门平均分摊', '导入：原台账责任部门，按部门平均分摊']);
  });

  it('are written to a stored case whose responsibility is undecided; a decided one keeps the desk’s shares', async () => {
    const h = await openHarness();
    const first = ledger2019();
    for (const row of first.find((s) => s.name === '1月')!.rows.slice(3, 6)) if (row[9]) row[9] = null;
    await h.repos.cases.importLedger(await planOf(h, first));
    const number = (n: string) => async () => {
      const rows = await h.repos.cases.listAll();
      const cases = await Promise.all(rows.map((r) => h.repos.cases.get(r.id)));
      return rows[cases.findIndex((c) => c!.originalNumber === n)]!;
    };
    const decided = await number('KS-1901-002')();
    await h.repos.responsibility.addShare(decided.id, { department: 'sales', percent: 100, supplierName: '', note: '运输损坏' });

    const plan = writablePlan(await planOf(h, ledger2019()));
    // KS-1901-001 and -003 had none: their departments are written; -002's decided shares stay (no update planned for it).
    expect(plan.updates.map((u) => [u.imported.originalNumber, u.changes.map((c) => c.field)])).toEqual([
      ['KS-1901-001', ['responsibleDepartments']],
      ['KS-1901-003', ['responsibleDepartments']],
    ]);
    await h.repos.cases.importLedger(plan);
    expect((await number('KS-1901-001')()).shares.map((x) => [x.department, x.percent])).toEqual([['production', 50], ['quality', 50]]);
    expect((await number('KS-1901-002')()).shares.map((x) => [x.department, x.percent])).toEqual([['sales', 100]]);
    const again = writablePlan(await planOf(h, ledger2019()));
    expect(again.updates).toEqual([]);
    // -002's departments differ from the desk's decision: not written, and the dry run says so.
    expect(again.notWritten?.map((n) => [n.source.sheet, n.source.rows[0], n.fields])).toEqual([['1月', 5, ['responsibleDepartments']]]);
  });
});

describe('differences the import leaves to the clerk', () => {
  it('a closed case the 台账 shows open is not re-opened; the dry run lists it with its row', async () => {
    const h = await openHarness();
    await h.repos.cases.importLedger(await planOf(h, ledger2019()));
    const reopened = ledger2019();
    const row = reopened.find((s) => s.name === '1月')!.rows[3]!; // KS-1901-001, closed on 2019-01-20
    row[10] = '处理中';
    row[11] = null;
    const plan = writablePlan(await planOf(h, reopened));
    expect(plan.updates).toEqual([]);
    expect(plan.notWritten?.map((n) => [n.source.sheet, n.source.rows[0], n.fields])).toEqual([['1月', 4, ['state', 'closedDate']]]);
    // Named by the desk's own number, the one the clerk opens it by.
    const entry = plan.notWritten![0]!;
    const stored = await h.repos.cases.get(entry.caseId);
    expect(stored?.originalNumber).toBe('KS-1901-001');
    expect(entry.caseNumber).toBe(stored?.caseNumber);
    expect(entry.caseNumber).toMatch(/^\d{4}-/);
  });
});

describe('an update that closes a case', () => {
  it('closes a registered case on the ledger’s closing day; re-importing changes nothing more', async () => {
    const h = await openHarness();
    await h.repos.cases.importLedger(await planOf(h, ledger2019()));
    const closed = ledger2019();
    const row = closed.find((s) => s.name === '1月')!.rows[4]!;
    row[10] = '已结案';
    row[11] = '2019/1/25';
    const plan = writablePlan(await planOf(h, closed));
    expect(plan.updates.map((u) => u.changes.map((c) => c.field))).toEqual([['state']]);
    expect(await h.repos.cases.importLedger(plan)).toEqual({ created: 0, updated: 1, skipped: 0 });
    const [ledgerRow] = (await h.repos.cases.rowsOf([plan.updates[0]!.caseId])).rows;
    expect([ledgerRow!.state, ledgerRow!.closedAt, ledgerRow!.effectCheckDueDate]).toEqual(['closed', '2019-01-25T10:00:00.000Z', undefined]);
    expect(writablePlan(await planOf(h, closed)).updates).toEqual([]);
  });
});

describe('the round trip: a desk’s ledger exported to Excel and imported into an empty desk', () => {
  it('gives the same ledger on the exported fields', async () => {
    const count = 1000;
    const source = await openHarness();
    const customers = ['华为', '美的', '苏州恒通'];
    const rows: ExcelJS.CellValue[][] = [['原投诉编号', '投诉日期', '客户名称', '型号', '批号', '不良现象', '交货数', '不良数', '状态', '结案日期']];
    for (let i = 1; i <= count; i++) {
      const month = (i % 12) + 1;
      const day = (i % 25) + 1;
      rows.push([`KS-${i}`, `2025-${month}-${day}`, customers[i % 3]!, `QX-${i % 5}`, `L${i}`, '划伤', 1000, i, i % 2 ? '已结案' : '处理中', i % 2 ? `2025-${month}-${day + 3}` : null]);
    }
    const sourcePlan = await planOf(source, [{ name: '2025', rows }]);
    expect(sourcePlan.refused).toEqual([]);
    await source.repos.cases.importLedger(sourcePlan);
    const exported = await source.repos.cases.listAll();

    const bytes = await buildLedgerWorkbook({ rows: exported, columns: CASE_COLUMNS, lines: [], dispositions: [], masterData: DEFAULT_MASTER_ENTRIES, labels: ZH_LABELS, exportedAtMs: source.ctx.now() });
    const target = await openHarness();
    const { sheets } = prepareSheets(await readLedgerWorkbook(bytes!));
    const ledgerSheet = sheets[0]!;
    // The clerk maps the desk's case number to the original number and 接收时间, and drops the other columns only
    // guessed by position (更新时间, 期限 …). 步骤 and 客户类别 are read by their headers and the desk's own words.
    const column = (header: string) => ledgerSheet.mapping.find((m) => m.header === header)!.column;
    let mapping = remapColumn(ledgerSheet.mapping, column('案件编号'), 'originalNumber');
    for (const m of mapping) if (m.by === 'position') mapping = remapColumn(mapping, m.column, null);
    mapping = remapColumn(mapping, column('接收时间'), 'receivedDate');
    const plan = planImport([{ ...ledgerSheet, mapping }], context(await target.repos.cases.existingForImport()));
    expect(plan.refused).toEqual([]);
    expect(plan.creates).toHaveLength(count);
    await target.repos.cases.importLedger(plan);

    const facts = (r: LedgerRow) => [r.customerName, r.productModel, r.partNumber, r.lotNumber, r.quantityDefective, Date.parse(r.receivedAt), r.market, r.orderNumber, r.state, r.closedAt];
    const imported = await target.repos.cases.listAll();
    const byOriginal = new Map(await Promise.all(imported.map(async (r) => [(await target.repos.cases.get(r.id))!.originalNumber, r] as const)));
    for (const row of exported) expect(facts(byOriginal.get(row.caseNumber)!)).toEqual(facts(row));
    expect(writablePlan(planImport([{ ...ledgerSheet, mapping }], context(await target.repos.cases.existingForImport()))).creates).toHaveLength(0);
  });
});
