// Master data (字典, issue 16): the seeded defect types in two levels, a
// customer added by the admin and found at intake by its pinyin initials, a
// model added on the spot (待确认) and confirmed, and the ledger filtered by
// the customer's entry counting a case typed with an alias; the customer's
// own 8D layout preselected in the Word export (issue 16.2).
import type { Page } from '@playwright/test';
import { CaseFile } from './models/case-file';
import { Desk, IntakeForm, Ledger, TYPICAL_COMPLAINT } from './models/desk';
import { expect, test } from './fixtures';
import { screenshotPath } from './screenshots';

async function openDesk(page: Page, url: string): Promise<Desk> {
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00+08:00'));
  const desk = new Desk(page);
  await desk.open(url);
  await desk.setUp('B', '王丽');
  return desk;
}

test('字典: seeded defect types, a customer found by pinyin initials, a model added at intake and confirmed, the ledger counting an alias', async ({ page, host }) => {
  const desk = await openDesk(page, host.url);
  await desk.nav('字典').click();
  await page.getByTestId('master-tab-defectType').click();
  const table = page.getByTestId('master-table');
  await expect(table).toContainText('外观');
  await expect(table).toContainText('└ 划伤');
  await page.screenshot({ path: screenshotPath('master-data.png') });

  await page.getByTestId('master-tab-customer').click();
  await page.getByTestId('master-add').click();
  await page.getByTestId('master-code').fill('C001');
  await page.getByTestId('master-name').fill('华为电子');
  await page.getByTestId('master-aliases').fill('华为技术');
  await page.getByTestId('master-eightDLayout').fill('customer-form');
  await page.getByTestId('master-save').click();
  await expect(table).toContainText('华为电子');
  // A code used twice is refused at the field, nothing is written.
  await page.getByTestId('master-add').click();
  await page.getByTestId('master-code').fill('c001');
  await page.getByTestId('master-name').fill('别的公司');
  await page.getByTestId('master-save').click();
  await expect(page.getByText('代码已被同类条目使用')).toBeVisible();
  await page.getByRole('button', { name: '取消' }).click();

  await desk.nav('新建投诉').click();
  const customer = page.getByRole('combobox', { name: '客户名称' });
  await customer.fill('hwdz');
  await page.screenshot({ path: screenshotPath('intake-picker.png') });
  await page.getByRole('option', { name: /华为电子/ }).click();
  await expect(customer).toHaveValue('华为电子');
  const model = page.getByRole('combobox', { name: '产品型号' });
  await model.fill('ZX-9');
  await page.getByRole('option', { name: /新增“ZX-9”/ }).click();
  await expect(page.getByTestId('notice')).toContainText('已新增“ZX-9”');
  await expect(model).toHaveValue('ZX-9');
  const form = new IntakeForm(page);
  await form.field('不良数').fill('3');
  await form.field('现象描述').fill(TYPICAL_COMPLAINT.defectDescription);
  await page.getByRole('checkbox', { name: '退货', exact: true }).check();
  await form.save();
  // The customer's own 8D layout is preselected in the Word export, and said to be the customer's.
  await new CaseFile(page).tab('措施');
  await page.getByRole('button', { name: '新建 8D 报告' }).click();
  await page.getByTestId('ed-export-word').click();
  const exportDialog = page.getByTestId('ed-export-dialog');
  await expect(exportDialog.getByTestId('ed-export-customer-layout')).toHaveText('客户 华为电子 要求的格式');
  await expect(exportDialog.getByTestId('ed-export-layout')).toContainText('客户表单（单表）');
  await exportDialog.getByRole('button', { name: '取消' }).click();
  await desk.register('华为技术');
  await desk.register('中兴通讯');

  await desk.nav('字典').click();
  await page.getByTestId('master-tab-productModel').click();
  await expect(table).toContainText('待确认');
  await table.getByRole('button', { name: '确认' }).click();
  await expect(table).not.toContainText('待确认');

  await desk.nav('台账').click();
  const ledger = new Ledger(page);
  await expect(ledger.rows()).toHaveCount(3);
  await page.getByRole('combobox', { name: '客户（字典）' }).fill('huawei');
  await page.getByRole('option', { name: /华为电子/ }).click();
  await expect(ledger.rows()).toHaveCount(2);
});
