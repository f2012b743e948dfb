// 归档 (issue 20.6): an old closed case (imported from a 台账 with its closing day) is archived by the admin —
// the preview counts it, the file is written into the archive folder, the signed confirmation removes it —
// the ledger no longer lists it, and the archive opened read-only finds it by search and reprints its
// 客户投诉处理单 (preview, PDF) marked 归档副本, without writing anything back.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { Desk, Ledger, signAs } from './models/desk';
import { expect, test } from './fixtures';
import { screenshotPath } from './screenshots';

async function workbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  ws.addRows([
    ['原投诉编号', '投诉日期', '客户名称', '型号', '批号', '不良现象', '交货数', '不良数', '结案日期'],
    ['KS-2019-0701', '2019-07-01', '苏州恒通', 'QX-210A', 'L0701', '划伤', 1000, 12, '2019-07-20'],
    ['KS-2019-0702', '2019-07-05', '宁波家电', 'QX-300', 'L0705', '不通电', 500, 5, ''],
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('an old closed case is archived, leaves the ledger, and is found in the archive opened read-only', async ({ page, host }) => {
  test.setTimeout(300_000);
  const folder = await mkdtemp(join(tmpdir(), 'desk-archive-'));
  const desk = new Desk(page);
  await desk.open(host.url);
  await desk.setUp('B', '王丽');
  await desk.nav('台账').click();
  const ledger = new Ledger(page);
  await ledger.chooseImportFile('2019年客诉台账.xlsx', await workbook());
  await page.getByTestId('ledger-import-dry-run').click();
  await expect(page.getByTestId('import-counts')).toContainText('将新建 2 条');
  await page.getByTestId('ledger-import-confirm').click();
  await expect(page.getByTestId('ledger-import-result')).toContainText('新建 2 条');
  await page.getByRole('button', { name: '关闭' }).click();
  await expect(ledger.rows()).toHaveCount(2);

  await desk.nav('设置').click();
  await expect(page.getByTestId('settings-retention-scope')).toHaveText('全办公室');
  await page.locator('input[name="archiveFolder"]').fill(folder);
  await page.getByTestId('retention-save').click();
  await expect(page.getByText('归档设置已保存')).toBeVisible();
  await expect(page.getByTestId('retention-preview')).toContainText('2019 年结案：1 件');
  await page.getByTestId('retention-make').click();
  await expect(page.getByText(/已生成归档文件 qarc-B-.*（1 件）/)).toBeVisible();
  const files = await readdir(folder);
  expect(files).toHaveLength(1);
  const batch = page.getByTestId('archive-batch');
  await expect(batch).toContainText('未确认');

  await batch.getByTestId('archive-confirm').click();
  await expect(page.getByRole('dialog', { name: '电子签名' })).toContainText(files[0]!);
  await signAs(page, '确认将 1 件已结案案件从所有电脑移除');
  await expect(page.getByText('已确认：本机已移除 1 件案件')).toBeVisible();
  await expect(batch).toContainText('已由 王丽');
  await page.getByTestId('retention-preview').scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('retention-settings.png') });

  await desk.nav('台账').click();
  await expect(ledger.rows()).toHaveCount(1);
  await expect(ledger.rows().first()).toContainText('宁波家电');

  await page.getByTestId('ledger-archive').click();
  await page.getByTestId('archive-files').getByTestId('archive-open').click();
  await expect(page.getByTestId('archive-opened')).toContainText('1 件案件');
  await page.getByTestId('archive-search').fill('恒通 qx-210');
  const rows = page.getByTestId('archive-case-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('苏州恒通');
  await page.getByTestId('archive-search').fill('宁波');
  await expect(rows).toHaveCount(0);
  await page.getByTestId('archive-search').fill('');
  await rows.first().click();
  const view = page.getByTestId('archived-case');
  await expect(view).toContainText('只读');
  await expect(view).toContainText('划伤');
  await expect(view.locator('input, textarea')).toHaveCount(0);
  // The outcome in words and the history as the case page shows it (field names, not table names).
  await expect(view.getByTestId('archived-outcome')).toHaveText('未判定（从台账导入或未经判定结案）');
  await expect(view).toContainText('步骤记录：1 条');
  await expect(view.getByTestId('history-entry').filter({ hasText: '客户名称' })).toContainText('苏州恒通');
  await page.screenshot({ path: screenshotPath('archive-case.png'), fullPage: true });

  // 打印 from the archive: the case print dialog, only the forms its records fill (a 台账 import: the complaint form), marked 归档副本.
  await page.getByTestId('archived-case-print').click();
  const dialog = page.getByTestId('print-dialog');
  await expect(dialog.getByTestId('print-archive-notice')).toContainText(`归档副本：从归档文件 ${files[0]!}`);
  await dialog.getByRole('combobox', { name: '表单' }).click();
  await expect(page.getByRole('option')).toHaveText(['客户投诉处理单']);
  await page.keyboard.press('Escape');
  await dialog.getByTestId('print-preview-button').click();
  // The first preview launches the web host's chromium: on a busy two-core machine that alone took over 10 s.
  await expect(dialog.getByTestId('print-preview')).toHaveAttribute('src', /^blob:/, { timeout: 60_000 });
  await page.waitForTimeout(2500);
  await page.screenshot({ path: screenshotPath('archive-print.png') });
  const saved = page.waitForEvent('download');
  await dialog.getByTestId('print-save-pdf').click();
  const download = await saved;
  expect(download.suggestedFilename()).toMatch(/^客户投诉处理单-.+-归档副本\.pdf$/);
  const text = execFileSync('pdftotext', [await download.path(), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(text).toContain('客户投诉处理单');
  expect(text).toContain('苏州恒通');
  expect(text).toContain('划伤');
  expect(text).toMatch(new RegExp(`归档副本·${files[0]!.replaceAll('.', '\\.')}·归档于\\d{4}-\\d{2}-\\d{2}`));
  await dialog.getByRole('button', { name: '关闭' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '关闭' }).click();
  // Read-only: the reprint brought nothing back into the working database.
  await desk.nav('台账').click();
  await expect(ledger.rows()).toHaveCount(1);
  await expect(ledger.rows().first()).toContainText('宁波家电');
});
