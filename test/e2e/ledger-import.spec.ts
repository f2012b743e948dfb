// 导入台账 on the ledger (issue 18.2): a workbook made here with exceljs —
// three good rows, two bad ones — goes through the wizard: the mapping, the
// dry run (3 to create, 2 refused with their reasons), the annotated copy
// (its 错误原因 column read back), confirm; the three cases are then in the
// ledger and keep their original numbers.
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { Desk, Ledger } from './models/desk';
import { expect, test } from './fixtures';

async function fixtureWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('7月');
  ws.addRows([
    ['原投诉编号', '投诉日期', '客户名称', '型号', '批号', '不良现象', '交货数', '不良数'],
    ['KS-2019-0701', '2019-07-01', '苏州恒通', 'QX-210A', 'L0701', '划伤', 1000, 12],
    ['KS-2019-0702', '2019/7/5', '宁波家电', 'QX-300', 'L0705', '不通电', 500, 5],
    ['KS-2019-0703', '2019年7月9日', '苏州恒通', 'QX-210A', 'L0709', '毛刺', 200, 3],
    ['KS-2019-0704', '2019-13-45', '宁波家电', 'QX-300', 'L0710', '色差', 100, 1],
    ['KS-2019-0705', '2019-07-12', '苏州恒通', 'QX-210A', 'L0712', '脏污', 10, 50],
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('ledger: an Excel 台账 is imported through the wizard after a dry run', async ({ page, host }) => {
  test.setTimeout(180_000);
  const desk = new Desk(page);
  await desk.open(host.url);
  await desk.setUp('B', '王丽');
  await desk.nav('台账').click();
  const ledger = new Ledger(page);

  await ledger.chooseImportFile('2019年客诉台账.xlsx', await fixtureWorkbook());
  await expect(page.getByTestId('import-sheet')).toContainText('「7月」：5 行数据');
  await page.getByTestId('ledger-import-dry-run').click();

  await expect(page.getByTestId('import-counts')).toHaveText('将新建 3 条，更新 0 条，无变化 0 条，拒绝 2 条');
  const refused = page.getByTestId('import-refused').locator('li');
  await expect(refused).toHaveCount(2);
  await expect(refused.nth(0)).toContainText('「7月」第 5 行');
  await expect(refused.nth(0)).toContainText('不是有效的日期');
  await expect(refused.nth(1)).toContainText('「7月」第 6 行');
  await expect(refused.nth(1)).toContainText('不良数不能大于抽检数（或交货数）');

  // The customers are not in the master data: listed, each with its own choice of entry (here: import as written).
  await expect(page.getByTestId('import-unknown')).toContainText('客户「苏州恒通」（3 行）');
  await expect(page.getByTestId('import-unknown')).toContainText('客户「宁波家电」（2 行）');

  const downloading = page.waitForEvent('download');
  await page.getByTestId('ledger-import-annotated').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('2019年客诉台账-错误标注.xlsx');
  const bytes = await readFile(await download.path());
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const sheet = copy.getWorksheet('7月')!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1);
  const reasonColumn = headers.indexOf('错误原因') + 1;
  expect(reasonColumn).toBeGreaterThan(0);
  expect(sheet.rowCount).toBe(3);
  expect(sheet.getRow(2).getCell(reasonColumn).text).toContain('不是有效的日期');
  expect(sheet.getRow(3).getCell(reasonColumn).text).toContain('不良数不能大于');

  await page.getByTestId('ledger-import-confirm').click();
  await expect(page.getByTestId('ledger-import-result')).toHaveText('导入完成：新建 3 条，更新 0 条，跳过 0 条（预检后已被删除）');
  await page.getByRole('button', { name: '关闭' }).click();
  await expect(ledger.rows()).toHaveCount(3);

  await ledger.rows().filter({ hasText: '宁波家电' }).click();
  await expect(page.getByTestId('case-original-number')).toHaveText('原编号 KS-2019-0702');
});

/** One case of July 2019: closed on the 20th, or still open in a later copy of the 台账. */
async function oneCaseWorkbook(status: '已结案' | '处理中'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('7月').addRows([
    ['原投诉编号', '投诉日期', '客户名称', '型号', '批号', '不良现象', '交货数', '不良数', '状态', '结案日期'],
    ['KS-2019-0801', '2019-07-03', '苏州恒通', 'QX-210A', 'L0703', '划伤', 1000, 12, status, status === '已结案' ? '2019-07-20' : ''],
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('ledger: a re-import that shows a closed case open lists it by its number and opens it', async ({ page, host }) => {
  test.setTimeout(180_000);
  const desk = new Desk(page);
  await desk.open(host.url);
  await desk.setUp('B', '王丽');
  await desk.nav('台账').click();
  const ledger = new Ledger(page);

  await ledger.chooseImportFile('2019年客诉台账.xlsx', await oneCaseWorkbook('已结案'));
  await page.getByTestId('ledger-import-dry-run').click();
  await page.getByTestId('ledger-import-confirm').click();
  await expect(page.getByTestId('ledger-import-result')).toContainText('新建 1 条');
  await page.getByRole('button', { name: '关闭' }).click();
  await expect(ledger.rows()).toHaveCount(1);

  // A later copy of the 台账 still shows it open: nothing to write, the case to handle is a link.
  await ledger.chooseImportFile('2019年客诉台账(新).xlsx', await oneCaseWorkbook('处理中'));
  await page.getByTestId('ledger-import-dry-run').click();
  await expect(page.getByTestId('ledger-import-confirm')).toBeDisabled();
  const listed = page.getByTestId('import-not-written-case');
  await expect(listed).toHaveCount(1);
  await expect(listed).toContainText(/^\d{4}-B-\d{3}（「7月」第 2 行）：台账为未结案，本系统已结案/);
  await listed.click();
  await expect(page.getByTestId('case-original-number')).toHaveText('原编号 KS-2019-0801');
});
