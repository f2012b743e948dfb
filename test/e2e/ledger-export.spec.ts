// 导出 Excel on the ledger (issue 18.1): a searched and filtered view is
// exported (the web host downloads it) and read back with exceljs: its rows
// are the view's rows in the view's order, with typed cells, and the return
// lines of those cases are on the second sheet.
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { CaseFile } from './models/case-file';
import { Desk, Ledger } from './models/desk';
import { expect, test } from './fixtures';

test('ledger: the filtered view exports to Excel with its return lines', async ({ page, host }) => {
  test.setTimeout(180_000);
  const desk = new Desk(page);
  await desk.open(host.url);
  await desk.setUp('B', '王丽');
  await desk.giveRoles('王丽', ['部门经理']);

  // A return of 100 pieces, approved by 王丽 (1,000 yuan is a department manager's to approve).
  const withReturn = await desk.register('苏州精密机械', { receivedAt: '2026-03-01T00:30' });
  const cf = new CaseFile(page);
  await cf.analyseToDecision(['生产质量问题', '严重', '产品质量'], '波峰焊连锡。');
  await cf.decide('C', '1,000');
  await cf.save();
  await cf.act('确认判定', '审批');
  await cf.approve();
  await expect(cf.step()).toHaveText('当前步骤：退货物流');
  await cf.tab('退货');
  await cf.addReturnLine('100');
  await expect(cf.returnLines()).toHaveCount(1);
  const plain = await desk.register('苏州恒通', { receivedAt: '2026-03-05T10:00' });
  await desk.register('宁波家电');

  await desk.nav('台账').click();
  const ledger = new Ledger(page);
  await expect(ledger.rows()).toHaveCount(3);
  await ledger.search().fill('苏州');
  await expect(ledger.rows()).toHaveCount(2);
  const shown = await ledger.rows().evaluateAll((rows) => rows.map((r) => r.querySelector('td')?.firstChild?.textContent ?? ''));
  // Newest received first: the view's sort.
  expect(shown).toEqual([plain, withReturn]);

  const downloading = page.waitForEvent('download');
  await page.getByTestId('ledger-export').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^台账-\d{4}-\d{2}-\d{2}\.xlsx$/);
  await expect(page.getByTestId('ledger-export-dialog')).toHaveCount(0);
  const bytes = await readFile(await download.path());
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));

  const [cases, lines] = workbook.worksheets;
  expect(cases!.name).toBe('台账');
  const headers = (cases!.getRow(1).values as unknown[]).slice(1);
  expect(headers.slice(0, 9)).toEqual(['案件编号', '接收时间', '客户名称', '产品型号', '料号', '批次号', '不良数', '更新时间', '期限']);
  expect(cases!.rowCount).toBe(3);
  const column = (name: string) => headers.indexOf(name) + 1;
  const rows = [2, 3].map((r) => cases!.getRow(r));
  expect(rows.map((r) => r.getCell(1).value)).toEqual(shown);
  expect(rows.map((r) => r.getCell(column('客户名称')).value)).toEqual(['苏州恒通', '苏州精密机械']);
  const received = rows[1]!.getCell(column('接收时间')).value as Date;
  expect(received.toISOString()).toBe('2026-03-01T00:30:00.000Z');
  expect(rows[1]!.getCell(column('不良数')).value).toBe(12);
  expect(rows[1]!.getCell(column('严重度')).value).toBe('严重');
  expect(rows[1]!.getCell(column('步骤')).value).toBe('退货物流');
  expect(rows[1]!.getCell(column('判定金额（元）')).value).toBe(1000);
  expect(rows[1]!.getCell(column('判定金额（元）')).numFmt).toBe('0.00');
  expect(cases!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });

  expect(lines!.name).toBe('退货明细');
  expect(lines!.rowCount).toBe(2);
  expect(lines!.getRow(2).getCell(1).value).toBe(withReturn);
  expect(lines!.getRow(2).getCell(6).value).toBe(100);
});
