/** A 台账's rows as cases: names matched to master data, states, markets, requests, pending quantities, many return lines. */
import { describe, expect, it } from 'vitest';
import type { MasterEntry } from '../../../../../shared/domain/master-data/entry';
import { nameMatcher } from '../../../../../shared/workbook/ledger-import/names';
import { prepareSheets } from '../../../../../shared/workbook/ledger-import/prepare';
import { readLedgerWorkbook } from '../../../../../shared/workbook/ledger-import/read';
import { casesOfSheet, type ImportDefaults, type RowsResult } from '../../../../../shared/workbook/ledger-import/rows';
import { workbookOf } from './fixtures';

const entry = (kind: MasterEntry['kind'], id: string, code: string, name: string, aliases: string[] = [], extra: Partial<MasterEntry> = {}): MasterEntry => ({
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

const ENTRIES = [
  entry('customer', 'c-hw', 'C001', '华为技术', ['华为', 'HUAWEI']),
  entry('customer', 'c-bosch', 'C002', 'Bosch GmbH', [], { market: 'foreign' }),
  entry('productModel', 'm-210', 'M001', 'QX-210A'),
  entry('department', 'd-qa', 'QA', '品质部', ['品质']),
];

const DEFAULTS: ImportDefaults = { contactChannel: 'email', market: 'domestic', foundAt: 'production', occurrence: 'first', customerRequests: ['explanation_only'] };

async function casesOf(rows: unknown[][], merges: string[] = []): Promise<RowsResult[]> {
  const { sheets } = prepareSheets(await readLedgerWorkbook(await workbookOf([{ name: '2019年', rows: rows as never, merges }])));
  return casesOfSheet(sheets[0]!.layout, sheets[0]!.mapping, { defaults: DEFAULTS, names: nameMatcher(ENTRIES) });
}

const ok = (result: RowsResult) => {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
};

describe('matching names to master data', () => {
  it('by name, alias or code, whatever the case or width; the clerk’s mapping; unknown ones with their rows', () => {
    const names = nameMatcher(ENTRIES, { customer: { ' 美的集团 ': 'c-hw' }, productModel: { x: 'c-hw' } });
    const at = { sheet: '7月', row: 3 };
    expect(names.match('customer', 'ｈｕａｗｅｉ', at)?.id).toBe('c-hw');
    expect(names.match('customer', 'c002', at)?.id).toBe('c-bosch');
    expect(names.match('customer', '美的集团', at)?.id).toBe('c-hw');
    expect(names.match('productModel', 'm001', at)?.id).toBe('m-210');
    expect(names.match('productModel', 'x', at)).toBeUndefined(); // mapped to an entry of another kind: ignored
    expect(names.match('department', '品质', at)?.id).toBe('d-qa');
    expect(names.match('customer', '格力', { sheet: '7月', row: 4 })).toBeUndefined();
    expect(names.match('customer', ' 格力', { sheet: '8月', row: 2 })).toBeUndefined();
    expect(names.match('customer', '', at)).toBeUndefined();
    expect(names.unknown()).toEqual([
      { kind: 'productModel', name: 'x', rows: [at] },
      { kind: 'customer', name: '格力', rows: [{ sheet: '7月', row: 4 }, { sheet: '8月', row: 2 }] },
    ]);
  });
});

describe('rows as cases', () => {
  it('reads states, markets, requests and a quantity still pending; the market falls back to the customer’s', async () => {
    const results = await casesOf([
      ['客户', '投诉日期', '型号', '不良现象', '不良数', '状态', '国内/国外', '客户要求', '责任部门'],
      ['Bosch GmbH', '2019-03-01 09:15', 'QX-210A', '划伤', '待定', true, null, '退货; 8D报告', '品质；工程部'],
      ['华为', '2019-03-02', 'QX-210A', '划伤', 3, 'FALSE', '外销', '', ''],
      ['华为', '2019-03-03', 'QX-210A', '划伤', 3, '搁置', '火星', '送花', null],
    ]);
    const [first, second] = results.map((r) => (r.ok ? r.value : null));
    expect(first!.intake).toMatchObject({ receivedAt: '2019-03-01T09:15:00+08:00', customerId: 'c-bosch', market: 'foreign', quantityPending: true, quantityDefective: null, customerRequests: ['return', 'report_8d'], contactChannel: 'email', foundAt: 'production' });
    expect(first!.state).toBe('closed');
    expect(first!.responsibleDepartments).toEqual([
      { id: 'd-qa', name: '品质部' },
      { id: '', name: '工程部' },
    ]);
    expect(second!.intake).toMatchObject({ market: 'foreign', customerRequests: ['explanation_only'] });
    expect(second!.state).toBe('open');
    expect(results[2]).toEqual({
      ok: false,
      sheet: '2019年',
      rows: [4],
      problems: [
        { row: 4, field: 'market', code: 'invalidChoice', column: 7 },
        { row: 4, field: 'customerRequests', code: 'invalidChoice', column: 8 },
        { row: 4, field: 'status', code: 'invalidChoice', column: 6 },
      ],
    });
  });

  it('makes one case of rows repeating the number above, and keeps many lines’ part numbers within the intake’s limit', async () => {
    const header = ['客诉单号', '客户', '投诉日期', '型号', '料号', '不良现象', '交货数', '不良数'];
    const lines = Array.from({ length: 12 }, (_, i) => ['K-9', '华为', '2019-03-01', 'QX-210A', `PART-NUMBER-${String(i).padStart(2, '0')}`, i % 2 ? '划伤' : '脏污', 10, 1]);
    const [only, ...rest] = await casesOf([header, ...lines, ['K-10', '华为', '2019-03-01', 'QX-210A', 'P-1', '划伤', 5, 1]]);
    const value = ok(only!);
    expect(value.source.rows).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(value.lines).toHaveLength(12);
    expect(value.intake.partNumber).toBe('PART-NUMBER-00、PART-NUMBER-01、PART-NUMBER-02、PART-NUMBER-03 等 12 项');
    expect(value.intake).toMatchObject({ quantityDelivered: 120, quantityDefective: 12, defectDescription: '脏污；划伤' });
    expect(rest.map((r) => ok(r).originalNumber)).toEqual(['K-10']);
  });

  it('takes the year of dates without one from the dates the sheet has in full when neither the sheet nor the workbook names it', async () => {
    const { sheets } = prepareSheets(
      await readLedgerWorkbook(
        await workbookOf([{ name: '3月', rows: [['客户', '投诉日期', '型号', '不良现象', '不良数'], ['华为', '2018/3/1', 'QX-210A', '划伤', 1], ['华为', '3/9', 'QX-210A', '划伤', 1], ['华为', '3/12', 'QX-210A', '划伤', 1]] }]),
      ),
    );
    const results = casesOfSheet(sheets[0]!.layout, sheets[0]!.mapping, { defaults: DEFAULTS, names: nameMatcher(ENTRIES) });
    expect(results.map((r) => ok(r).intake.receivedAt)).toEqual(['2018-03-01T00:00:00+08:00', '2018-03-09T00:00:00+08:00', '2018-03-12T00:00:00+08:00']);
  });
});
