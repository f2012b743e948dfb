// 统计 (issue 17): the period's numbers from the cases registered, and 客诉率 /
// PPM once the month's shipments are entered. The page opens on this factory
// month, so the cases registered now (received now) are in it whatever today is.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { Desk, Ledger } from './models/desk';
import { expect, test } from './fixtures';
import { screenshotPath } from './screenshots';

test('statistics: the month counts the complaints by customer; shipments give the complaint rate and PPM', async ({ page, host }) => {
  test.setTimeout(120_000);
  const desk = new Desk(page);
  await desk.open(host.url);
  await desk.setUp('B', '王丽');
  await desk.register('华东电器有限公司');
  await desk.register('华东电器有限公司');
  await desk.register('苏州精密机械');

  await desk.nav('统计').click();
  await expect(page.getByRole('heading', { name: '统计', level: 1 })).toBeVisible();
  await expect(page.getByTestId('kpi-complaints')).toContainText('3');
  const byCustomer = page.getByTestId('by-customer');
  await expect(byCustomer.getByTestId('stats-row').first()).toContainText('华东电器有限公司');
  await expect(byCustomer.getByTestId('stats-row').first()).toContainText('66.7%');
  await expect(page.getByTestId('kpi-flow')).toContainText('期末未结 3 件');
  // The charts are drawn (SVG): the Pareto with its bars, the monthly trend.
  await expect(page.getByTestId('chart-pareto').locator('svg')).toBeVisible();
  await expect(page.getByTestId('chart-customers').locator('svg')).toContainText('华东电器有限公司');
  await expect(page.getByTestId('chart-trend').locator('svg')).toBeVisible();
  await page.screenshot({ path: screenshotPath('statistics.png'), fullPage: false });
  // A group opens the ledger on its cases (received in the period), and back.
  await byCustomer.getByRole('button', { name: '华东电器有限公司' }).click();
  const ledger = new Ledger(page);
  await expect(ledger.rows()).toHaveCount(2);
  await expect(ledger.rows().first()).toContainText('华东电器有限公司');
  await desk.nav('统计').click();

  // 导出 Excel: the web host downloads the workbook; its numbers are the page's.
  const downloading = page.waitForEvent('download');
  await page.getByTestId('stats-export-xlsx').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^客户投诉案件统计表_\d{4}-\d{2}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  const bytes = await readFile(await download.path());
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  expect(workbook.worksheets.map((w) => w.name)).toEqual(['汇总', '明细', '按客户', '按型号', '按不良', '按责任部门', '柏拉图', '逾期', '客诉率PPM', '品质履历']);
  // The period's complaints in the 品质履历 sheet, by model.
  expect(workbook.getWorksheet('品质履历')!.getRow(2).getCell(1).value).toBe('QX-210A');
  const customers = workbook.getWorksheet('按客户')!;
  expect(customers.getRow(2).getCell(1).value).toBe('华东电器有限公司');
  expect(customers.getRow(2).getCell(2).value).toBe(2);
  expect(customers.getRow(4).getCell(1).value).toBe('合计');
  expect(customers.getRow(4).getCell(2).value).toBe(3);
  expect(workbook.getWorksheet('明细')!.getRow(4).getCell(1).value).toMatch(/\S/);
  expect(workbook.getWorksheet('明细')!.getRow(2).getCell(2).value).toBeInstanceOf(Date);
  // Printed with the zh-CN labels (客户类别).
  expect(workbook.getWorksheet('明细')!.getRow(2).getCell(9).value).toBe('国内客户');

  // Without shipments the rates are — (nothing to divide), never 0.
  const rates = page.getByTestId('rates');
  const thisMonth = rates.getByTestId('rates-row').last();
  await expect(thisMonth).toContainText('—');

  // 华东 shipped 200,000 pieces in 40 lots this month: 2 complaints → 5.0 %; 24 defective → 120 PPM.
  const shipments = page.getByTestId('shipments');
  await shipments.getByRole('combobox', { name: '客户' }).fill('华东电器有限公司');
  await shipments.getByRole('textbox', { name: '出货数量' }).fill('200,000');
  await shipments.getByRole('textbox', { name: '出货批数' }).fill('40');
  await shipments.getByRole('button', { name: '保存' }).click();
  await expect(shipments.getByTestId('shipment-row')).toHaveCount(1);
  await expect(shipments.getByTestId('shipment-row')).toContainText('200,000');
  await rates.getByRole('combobox', { name: '客户（空 = 全部）' }).fill('华东电器有限公司');
  await expect(thisMonth).toContainText('5.00%');
  await expect(thisMonth.locator('td').nth(6)).toHaveText('120');

  // The admin sets the office's PPM target: the trend draws it, and 120 PPM is above it.
  await rates.getByRole('textbox', { name: '目标 PPM（不高于）' }).fill('100');
  await rates.getByRole('button', { name: '保存目标' }).click();
  await expect(page.getByText('KPI 目标已保存（全办公室）')).toBeVisible();
  await expect(page.getByTestId('chart-trend').locator('svg')).toContainText('目标 100');

  // The month's report is marked issued (the workbench stops reminding of it on every PC).
  await page.getByRole('button', { name: /^标记 \d{4}-\d{2} 月报已发出$/ }).click();
  await expect(page.getByTestId('report-issued')).toContainText('由 王丽 发出');

  // Lots more than pieces are refused at the field, nothing saved.
  await shipments.getByRole('combobox', { name: '客户' }).fill('苏州精密机械');
  await shipments.getByRole('textbox', { name: '出货数量' }).fill('10');
  await shipments.getByRole('textbox', { name: '出货批数' }).fill('20');
  await shipments.getByRole('button', { name: '保存' }).click();
  await expect(shipments.getByText('批数不能多于出货数量')).toBeVisible();
  await expect(shipments.getByTestId('shipment-row')).toHaveCount(1);

  // The month's figures from an Excel file: a bad row refuses the whole file, a good file is saved whole.
  const month = await shipments.getByLabel('月份').inputValue();
  const xlsx = async (rows: unknown[][]) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('出货');
    for (const r of rows) ws.addRow(r);
    return { name: '出货.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(await wb.xlsx.writeBuffer()) };
  };
  const fileInput = shipments.locator('input[type="file"]');
  await fileInput.setInputFiles(await xlsx([['月份', '客户', '型号', '出货数量', '出货批数'], [month, '苏州精密机械', '', 3000, 6], [month, '美的', '', 10, 20]]));
  await expect(page.getByTestId('shipments-import-problems')).toContainText('第 3 行 出货批数：批数多于出货数量');
  await expect(shipments.getByTestId('shipment-row')).toHaveCount(1);
  await fileInput.setInputFiles(await xlsx([['月份', '客户', '型号', '出货数量', '出货批数'], [month, '苏州精密机械', '', 3000, 6], [month, '美的', '', 1000, 2]]));
  await expect(page.getByText('已导入 2 条出货数据')).toBeVisible();
  await expect(shipments.getByTestId('shipment-row')).toHaveCount(3);
});

/** The text of a downloaded PDF (poppler), without white space. */
function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

test('statistics: the monthly report on paper and the 品质履历表 of a model, as PDFs and Excel', async ({ page, host }) => {
  test.setTimeout(150_000);
  const desk = new Desk(page);
  await desk.open(host.url);
  await desk.setUp('B', '王丽');
  await desk.register('华东电器有限公司', { lotNumber: 'L-001' });
  await desk.register('苏州精密机械', { lotNumber: 'L-002' });
  await desk.nav('统计').click();
  await expect(page.getByTestId('kpi-complaints')).toContainText('2');

  // 打印报表 → 保存 PDF: the web host downloads the report; its figures are the page's.
  await page.getByTestId('stats-print-report').click();
  const dialog = page.getByTestId('report-print-dialog');
  await dialog.getByTestId('report-print-preview-button').click();
  await expect(dialog.getByTestId('report-print-preview')).toBeVisible();
  const downloading = page.waitForEvent('download');
  await dialog.getByTestId('report-print-save-pdf').click();
  const report = await downloading;
  expect(report.suggestedFilename()).toMatch(/^客户投诉案件统计表_\d{4}-\d{2}\.pdf$/);
  const reportText = pdfText(await report.path());
  for (const s of ['客户投诉案件统计表', '客诉件数', '华东电器有限公司', '苏州精密机械', '期末未结2件', '编制', '审核', '批准', '王丽']) expect(reportText).toContain(s);
  await dialog.getByRole('button', { name: '关闭' }).click();

  // 品质履历表 of QX-210A: both complaints in order, printed and exported.
  const history = page.getByTestId('quality-history');
  await history.getByTestId('history-subject').locator('input').fill('QX');
  await page.getByRole('option', { name: 'QX-210A（2 件）' }).click();
  await expect(history.getByTestId('history-row')).toHaveCount(2);
  await expect(history.getByTestId('history-row').first()).toContainText('L-001');
  await history.getByTestId('history-print').click();
  const historyDialog = page.getByTestId('report-print-dialog');
  const printing = page.waitForEvent('download');
  await historyDialog.getByTestId('report-print-save-pdf').click();
  const historyText = pdfText(await (await printing).path());
  for (const s of ['品质履历表', 'QX-210A', '华东电器有限公司', 'L-001', 'L-002']) expect(historyText).toContain(s);
  expect(historyText.indexOf('L-001')).toBeLessThan(historyText.indexOf('L-002'));
  await historyDialog.getByRole('button', { name: '关闭' }).click();
  const exporting = page.waitForEvent('download');
  await history.getByTestId('history-export').click();
  const workbook = new ExcelJS.Workbook();
  const bytes = await readFile(await (await exporting).path());
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const sheet = workbook.getWorksheet('品质履历')!;
  expect([sheet.getRow(2).getCell(4).value, sheet.getRow(3).getCell(4).value]).toEqual(['L-001', 'L-002']);
});
