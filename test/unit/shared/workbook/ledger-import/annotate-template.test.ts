/** The refused rows saved as a workbook with a 错误原因 column, and the empty import template. */
import { describe, expect, it } from 'vitest';
import { ledgerImportZhCN } from '../../../../../renderer/i18n/ledger-import.zh-CN';
import { annotatedCopy } from '../../../../../shared/workbook/ledger-import/annotate';
import { detectLayout, type SheetLayout } from '../../../../../shared/workbook/ledger-import/layout';
import { IMPORT_FIELDS, suggestMapping } from '../../../../../shared/workbook/ledger-import/mapping';
import { planImport } from '../../../../../shared/workbook/ledger-import/plan';
import { prepareSheets } from '../../../../../shared/workbook/ledger-import/prepare';
import { readLedgerWorkbook } from '../../../../../shared/workbook/ledger-import/read';
import { importTemplate } from '../../../../../shared/workbook/ledger-import/template';
import { ledger2019, workbookOf } from './fixtures';

const REASONS: Readonly<Record<string, string>> = ledgerImportZhCN.ledgerImport.codes;

describe('the annotated copy of the refused rows', () => {
  it('has the sheet’s header rows, the refused rows as read, their row number and 错误原因; it imports again without those columns', async () => {
    const content = await readLedgerWorkbook(await workbookOf(ledger2019()));
    const { sheets, skipped } = prepareSheets(content);
    expect(skipped.map((s) => [s.sheet, s.reason])).toEqual([
      ['汇总', 'summarySheet'],
      ['Sheet3', 'noHeader'],
    ]);
    const plan = planImport(sheets, {
      now: new Date('2026-12-01T02:00:00Z'),
      year: 2019,
      defaults: { contactChannel: 'phone', market: 'domestic', foundAt: 'incoming_inspection', occurrence: 'first', customerRequests: ['explanation_only'] },
      masterEntries: [],
      existing: [],
    });
    const bytes = await annotatedCopy(content, sheets, plan.refused, (p) => REASONS[p.code] ?? p.code);
    const copy = await readLedgerWorkbook(bytes);
    expect(copy.sheetNames).toEqual(['7月']);
    expect(copy.sheets[0]!.rows.map((r) => r.cells)).toEqual([
      ['客诉单号', '立案日期', '客户', '型号', '批次', '问题描述', '交货数量', '不良数量', '客户要求', '结案', '原行号', '错误原因'],
      ['Complaint No.', 'Date', 'Customer', 'Model', 'Lot', 'Description', 'Delivered', 'Defective', 'Request', 'Status'],
      ['KS-1907-002', '2019-07-09', '美的', 'QX-300', 'L190706', '色差', 100, 200, '换货', '否', 4, '不良数量 / Defective：不良数不能大于抽检数（或交货数）'],
      ['KS-1907-003', null, '华为', 'QX-210A', 'L190707', '脏污', 10, 1, null, null, 5, '立案日期 / Date：必填'],
    ]);
    const layout = detectLayout(copy.sheets[0]!) as SheetLayout;
    expect(layout.headerRows).toEqual([1, 2]);
    expect(suggestMapping(layout.columns).slice(10).map((m) => m.field)).toEqual([null, null]);
  });
});

describe('the import template', () => {
  it('has every header the import knows in its order, and a 说明 sheet the import skips', async () => {
    const content = await readLedgerWorkbook(await importTemplate());
    expect(content.sheetNames).toEqual(['台账', '说明']);
    expect(content.sheets[0]!.rows[0]!.cells).toEqual([
      '原投诉编号',
      '投诉日期*',
      '客户名称*',
      '型号*',
      '料号',
      '批号',
      '订单号',
      '出货日期',
      '交货数',
      '抽检数',
      '不良数*',
      '不良类型',
      '不良现象*',
      '联系人',
      '国内/国外',
      '客户要求',
      '责任部门',
      '状态',
      '结案日期',
    ]);
    const [ledger, notes] = content.sheets.map(detectLayout);
    expect(suggestMapping((ledger as SheetLayout).columns).map((m) => [m.field, m.by])).toEqual(IMPORT_FIELDS.map((f) => [f, 'header']));
    expect(notes).toEqual({ kind: 'skipped', sheet: '说明', reason: 'noHeader' });
    const explained = content.sheets[1]!.rows.map((r) => r.cells[1]);
    expect(explained).toContainEqual(expect.stringContaining('2019年7月9日'));
    expect(explained).toContainEqual(expect.stringContaining('、 ， , ; ；'));
  });
});
