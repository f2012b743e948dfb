/** The dry run of a 台账 import: what would be created, updated, left unchanged and refused — and that a re-import makes no duplicates. */
import { departmentOfText } from '../../../../../shared/workbook/ledger-import/choices';
import { describe, expect, it } from 'vitest';
import { emptyIntake, type CaseIntake } from '../../../../../shared/domain/case';
import type { MasterEntry } from '../../../../../shared/domain/master-data/entry';
import { DEFAULT_MASTER_ENTRIES } from '../../../../../shared/domain/master-data/seed';
import type { ImportField } from '../../../../../shared/workbook/ledger-import/mapping';
import { planImport, type ExistingCase, type PlanContext } from '../../../../../shared/workbook/ledger-import/plan';
import { prepareSheets, type SheetToImport } from '../../../../../shared/workbook/ledger-import/prepare';
import { readLedgerWorkbook } from '../../../../../shared/workbook/ledger-import/read';
import type { ImportedCase } from '../../../../../shared/workbook/ledger-import/rows';
import { yearInText } from '../../../../../shared/workbook/ledger-import/values';
import { excelDay, ledger2019, workbookOf, type SheetSpec } from './fixtures';

const master = (kind: MasterEntry['kind'], id: string, code: string, name: string, aliases: string[] = [], extra: Partial<MasterEntry> = {}): MasterEntry => ({
  id,
  kind,
  code,
  name,
  aliases,
  active: true,
  confirmed: true,
  parentId: '',
  ...extra,
});

const ENTRIES: MasterEntry[] = [
  ...DEFAULT_MASTER_ENTRIES,
  master('customer', 'c-hw', 'C001', '华为技术', ['华为', 'HUAWEI'], { market: 'domestic' }),
  master('productModel', 'm-210', 'M001', 'QX-210A'),
];

const NOW = new Date('2026-12-01T02:00:00Z');

function context(existing: ExistingCase[] = []): PlanContext {
  return {
    now: NOW,
    year: yearInText('2019年客诉台账.xlsx'),
    defaults: { contactChannel: 'phone', market: 'domestic', foundAt: 'incoming_inspection', occurrence: 'first', customerRequests: ['explanation_only'] },
    masterEntries: ENTRIES,
    existing,
  };
}

async function sheetsOf(specs: SheetSpec[]): Promise<SheetToImport[]> {
  return prepareSheets(await readLedgerWorkbook(await workbookOf(specs))).sheets;
}

const intake = (fields: Partial<CaseIntake>): CaseIntake => ({ ...emptyIntake(''), customerRequests: ['explanation_only'], ...fields });

/** What a plan's creates were stored as (what the integrator passes back as the existing cases). */
const stored = (cases: ImportedCase[]): ExistingCase[] =>
  cases.map((c, i) => ({ id: `case-${i}`, caseNumber: `2601-A-${String(i + 1).padStart(3, '0')}`, intake: c.intake, originalNumber: c.originalNumber, state: c.state, closedDate: c.closedDate, responsibleDepartments: [...new Set(c.responsibleDepartments.map((d) => departmentOfText(d.name)))].sort() }));

const JANUARY: ImportField[] = ['originalNumber', 'receivedDate', 'customerName', 'productModel', 'partNumber', 'lotNumber', 'defectDescription', 'quantityDelivered', 'quantityDefective', 'responsibleDepartments', 'status', 'closedDate'];
const JULY: ImportField[] = ['originalNumber', 'receivedDate', 'customerName', 'productModel', 'lotNumber', 'defectDescription', 'quantityDelivered', 'quantityDefective', 'customerRequests', 'status'];

describe('planning the import of a year’s 台账', () => {
  it('lists the cases to create as written out here, the refused rows with their reasons, the skipped rows and the unknown names', async () => {
    const plan = planImport(await sheetsOf(ledger2019()), context());
    const expected: ImportedCase[] = [
      {
        intake: intake({
          customerName: '华为技术',
          customerId: 'c-hw',
          receivedAt: '2019-01-08T00:00:00+08:00',
          productModel: 'QX-210A',
          productModelId: 'm-210',
          partNumber: 'A-100 外壳',
          lotNumber: 'L190101',
          quantityDelivered: 1000,
          quantityDefective: 12,
          defectDescription: '划伤',
          defectTypeId: 'seed-defect-A01',
        }),
        originalNumber: 'KS-1901-001',
        state: 'closed',
        closedDate: '2019-01-20',
        responsibleDepartments: [
          { id: 'seed-dept-quality', name: '品质部' },
          { id: 'seed-dept-production', name: '生产部' },
        ],
        lines: [],
        fields: JANUARY,
        source: { sheet: '1月', rows: [4] },
      },
      {
        intake: intake({
          customerName: '美的',
          receivedAt: '2019-01-15T00:00:00+08:00',
          productModel: 'QX-300',
          partNumber: 'B-200',
          lotNumber: 'L190105',
          quantityDelivered: 500,
          quantityDefective: 5,
          defectDescription: '不通电',
          defectTypeId: 'seed-defect-F01',
        }),
        originalNumber: 'KS-1901-002',
        state: 'open',
        closedDate: null,
        responsibleDepartments: [{ id: 'seed-dept-engineering', name: '工程部' }],
        lines: [],
        fields: JANUARY,
        source: { sheet: '1月', rows: [5] },
      },
      {
        intake: intake({
          customerName: '华为技术',
          customerId: 'c-hw',
          receivedAt: '2019-01-22T00:00:00+08:00',
          productModel: 'QX-210A',
          productModelId: 'm-210',
          partNumber: 'A-100、A-101',
          lotNumber: 'L190110、L190111',
          quantityDelivered: 500,
          quantityDefective: 7,
          defectDescription: '毛刺',
          defectTypeId: 'seed-defect-A05',
        }),
        originalNumber: 'KS-1901-003',
        state: 'closed',
        closedDate: '2019-01-30',
        responsibleDepartments: [{ id: 'seed-dept-quality', name: '品质部' }],
        lines: [
          { row: 6, partNumber: 'A-100', productModel: 'QX-210A', lotNumber: 'L190110', quantityDelivered: 200, quantityDefective: 3, defectDescription: '毛刺' },
          { row: 7, partNumber: 'A-101', productModel: 'QX-210A', lotNumber: 'L190111', quantityDelivered: 300, quantityDefective: 4, defectDescription: '毛刺' },
        ],
        fields: JANUARY,
        source: { sheet: '1月', rows: [6, 7] },
      },
      {
        intake: intake({
          customerName: '华为技术',
          customerId: 'c-hw',
          receivedAt: '2019-07-09T00:00:00+08:00',
          productModel: 'QX-210A',
          productModelId: 'm-210',
          lotNumber: 'L190705',
          quantityDelivered: 12345,
          quantityDefective: 15,
          defectDescription: '异响',
          defectTypeId: 'seed-defect-F02',
          customerRequests: ['return', 'report_8d'],
        }),
        originalNumber: 'KS-1907-001',
        state: 'closed',
        closedDate: null,
        responsibleDepartments: [],
        lines: [],
        fields: JULY,
        source: { sheet: '7月', rows: [3] },
      },
      {
        intake: intake({
          customerName: '华为技术',
          customerId: 'c-hw',
          receivedAt: '2019-07-20T00:00:00+08:00',
          productModel: 'QX-210A',
          productModelId: 'm-210',
          lotNumber: 'L190720',
          quantityDelivered: 50,
          quantityDefective: 2,
          defectDescription: '脏污',
          defectTypeId: 'seed-defect-A02',
          customerRequests: ['return'],
        }),
        originalNumber: '',
        state: 'open',
        closedDate: null,
        responsibleDepartments: [],
        lines: [],
        fields: JULY,
        source: { sheet: '7月', rows: [6] },
      },
    ];
    expect(plan.creates).toEqual(expected);
    expect(plan.refused).toEqual([
      { sheet: '7月', rows: [4], problems: [{ row: 4, field: 'quantityDefective', code: 'defectiveExceedsInspected', column: 8 }] },
      { sheet: '7月', rows: [5], problems: [{ row: 5, field: 'receivedDate', code: 'required', column: 2 }] },
    ]);
    expect(plan.skippedRows).toEqual([{ sheet: '1月', row: 8, reason: 'totalRow' }]);
    expect(plan.unknownNames).toEqual([
      { kind: 'customer', name: '美的', rows: [{ sheet: '1月', row: 5 }, { sheet: '7月', row: 4 }] },
      { kind: 'productModel', name: 'QX-300', rows: [{ sheet: '1月', row: 5 }, { sheet: '7月', row: 4 }] },
    ]);
    expect(plan.updates).toEqual([]);
    expect(plan.unchanged).toEqual([]);
  });

  it('matches a name the clerk mapped to an existing entry', async () => {
    const plan = planImport(await sheetsOf(ledger2019()), { ...context(), nameMappings: { customer: { 美的: 'c-hw' } } });
    expect(plan.creates[1]!.intake.customerId).toBe('c-hw');
    expect(plan.unknownNames.map((u) => u.kind)).toEqual(['productModel']);
  });

  it('plans nothing new when the same workbook comes again after its import', async () => {
    const sheets = await sheetsOf(ledger2019());
    const first = planImport(sheets, context());
    const again = planImport(sheets, context(stored(first.creates)));
    expect(again.creates).toEqual([]);
    expect(again.updates).toEqual([]);
    expect(again.unchanged.map((u) => u.caseId)).toEqual(['case-0', 'case-1', 'case-2', 'case-3', 'case-4']);
    expect(again.refused).toHaveLength(2);
  });

  it('gives updates only for the earlier rows that changed when next month’s workbook repeats them, with the changed fields', async () => {
    const first = planImport(await sheetsOf(ledger2019()), context());
    const august: SheetSpec = {
      name: '8月',
      rows: [
        ['客诉单号', '立案日期', '客户', '型号', '批次', '问题描述', '交货数量', '不良数量', '客户要求', '结案'],
        ['KS-1907-001', '7/9', 'HUAWEI', 'QX-210A', 'L190705', '异响', 12345, 16, '退货，8D', '是'],
        [null, excelDay(2019, 7, 20), '华为', 'QX-210A', 'L190720', '脏污', 50, 2, '退货', '已结案'],
        ['KS-1908-001', '8/2', '华为', 'QX-210A', 'L190801', '变形', 80, 1, '换货', null],
      ],
    };
    const plan = planImport(await sheetsOf([august]), context(stored(first.creates)));
    expect(plan.creates.map((c) => c.originalNumber)).toEqual(['KS-1908-001']);
    expect(plan.creates[0]!.intake.receivedAt).toBe('2019-08-02T00:00:00+08:00');
    expect(plan.updates.map((u) => [u.caseId, u.changes])).toEqual([
      ['case-3', [{ field: 'quantityDefective', from: 15, to: 16 }]],
      ['case-4', [{ field: 'state', from: 'open', to: 'closed' }]],
    ]);
    expect(plan.unchanged).toEqual([]);
  });

  it('matches a row without its number to the stored case by customer, day, model and lot, and never takes the stored number away', async () => {
    const first = planImport(await sheetsOf(ledger2019()), context());
    const plan = planImport(
      await sheetsOf([
        {
          name: '1月',
          rows: [
            ['原投诉编号', '投诉日期', '客户', '机种', '批号', '不良现象', '不良数'],
            [null, '2019-01-08', '华为技术', 'QX-210A', 'L190101', '划伤', 12],
          ],
        },
      ]),
      context(stored(first.creates)),
    );
    expect(plan.unchanged).toEqual([{ caseId: 'case-0', source: { sheet: '1月', rows: [2] } }]);
    expect(plan.creates).toEqual([]);
  });

  it('refuses a complaint twice in one workbook, a closing day before the complaint or in the future, an unknown state and an unreadable cell', async () => {
    const plan = planImport(
      await sheetsOf([
        {
          name: '台账',
          rows: [
            ['原投诉编号', '投诉日期', '客户', '型号', '不良现象', '不良数', '状态', '结案日期'],
            ['K-1', '2019-03-01', '华为', 'QX-210A', '划伤', 1, '已结案', '2019-02-01'],
            ['K-2', '2019-03-01', '华为', 'QX-210A', '划伤', 1, '已结案', '2027-01-01'],
            ['K-3', '2019-03-01', '华为', 'QX-210A', '划伤', 1, '搁置', null],
            ['K-4', '2019-03-01', '华为', 'QX-210A', '划伤', { formula: 'X1' }, null, null],
            ['K-5', '2019-03-01', '华为', 'QX-210A', '划伤', 1, null, null],
            ['k-5', '2019-03-02', '华为', 'QX-210A', '脏污', 1, null, null],
          ],
        },
      ]),
      context(),
    );
    expect(plan.refused).toEqual([
      { sheet: '台账', rows: [2], problems: [{ row: 2, field: 'closedDate', code: 'closedBeforeReceived', column: 8 }] },
      { sheet: '台账', rows: [3], problems: [{ row: 3, field: 'closedDate', code: 'closedInFuture', column: 8 }] },
      { sheet: '台账', rows: [4], problems: [{ row: 4, field: 'status', code: 'invalidChoice', column: 7 }] },
      { sheet: '台账', rows: [5], problems: [{ row: 5, field: 'quantityDefective', code: 'formulaWithoutValue', column: 6 }] },
      { sheet: '台账', rows: [7], problems: [{ row: 7, field: 'originalNumber', code: 'duplicateInWorkbook', column: 1, params: { sheet: '台账', row: 6 } }] },
    ]);
    expect(plan.creates.map((c) => c.originalNumber)).toEqual(['K-5']);
  });

  it('refuses rows without a customer request when the clerk gave no default, like intake does', async () => {
    const plan = planImport(await sheetsOf([{ name: '台账', rows: [['客户', '投诉日期', '型号', '不良现象', '不良数'], ['华为', '2019-03-01', 'QX-210A', '划伤', 1]] }]), {
      ...context(),
      defaults: { ...context().defaults, customerRequests: [] },
    });
    expect(plan.refused).toEqual([{ sheet: '台账', rows: [2], problems: [{ row: 2, field: 'customerRequests', code: 'requestRequired' }] }]);
  });
});
