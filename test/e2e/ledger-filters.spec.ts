// Ledger filters and saved views (issue 3 item 11), and the 流程与期限 settings (item 9, 3, 4, 10).
import type { Page } from '@playwright/test';
import { CaseFile } from './models/case-file';
import { Desk, Ledger } from './models/desk';
import { expect, test } from './fixtures';

async function chooseFilter(page: Page, label: string, option: string): Promise<void> {
  await page.getByTestId('ledger-filters').getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('ledger: filter by severity and overdue, save the view, reload, pick it', async ({ page, host }) => {
  test.setTimeout(120_000);
  const desk = new Desk(page);
  await desk.open(host.url);
  await desk.setUp('B', '王丽');
  await desk.register('苏州精密', { receivedAt: '2025-03-03T09:00' });
  await new CaseFile(page).triage('生产质量问题', '紧急 / 批量', '产品质量');
  await desk.register('宁波家电');

  await desk.nav('台账').click();
  const ledger = new Ledger(page);
  await expect(ledger.rows()).toHaveCount(2);

  await chooseFilter(page, '严重度', '紧急 / 批量');
  await expect(ledger.rows()).toHaveCount(1);
  await expect(ledger.rows().first()).toContainText('苏州精密');
  await expect(ledger.rows().first().getByTestId('overdue-badge')).toHaveText('逾期');
  await page.screenshot({ path: test.info().outputPath('ledger-filters.png') });

  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(ledger.rows()).toHaveCount(2);
  await page.getByRole('checkbox', { name: '只看逾期' }).check();
  await expect(ledger.rows()).toHaveCount(1);
  await expect(ledger.rows().first()).toContainText('苏州精密');

  await chooseFilter(page, '严重度', '紧急 / 批量');
  await page.getByLabel('视图名称').fill('紧急逾期');
  await page.getByRole('button', { name: '保存为视图' }).click();

  await page.reload();
  await desk.signIn('王丽'); // a reload is a new start: the clerk signs in again
  await desk.nav('台账').click();
  await expect(ledger.rows()).toHaveCount(2);
  await page.getByRole('combobox', { name: '已保存的视图' }).click();
  await page.getByRole('option', { name: '紧急逾期', exact: true }).click();
  await expect(ledger.rows()).toHaveCount(1);
  await expect(ledger.rows().first()).toContainText('苏州精密');
  await expect(page.getByRole('checkbox', { name: '只看逾期' })).toBeChecked();
  await expect(page.getByTestId('ledger-filters').getByRole('combobox', { name: '严重度' })).toHaveText('紧急 / 批量');

  await page.getByRole('button', { name: '删除视图' }).click();
  await page.getByRole('combobox', { name: '已保存的视图' }).click();
  await expect(page.getByRole('option', { name: '没有保存的视图' })).toBeVisible();
  await page.keyboard.press('Escape');

  // The keyboard: ↓ moves to the next row, Enter opens it.
  await page.getByRole('button', { name: '清除筛选' }).click();
  await page.getByRole('checkbox', { name: '只看逾期' }).uncheck();
  await expect(ledger.rows()).toHaveCount(2);
  const second = (await ledger.rows().nth(1).locator('td').first().textContent()) ?? '';
  await ledger.rows().first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(ledger.rows().nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('case-number')).toHaveText(second);
});

test('ledger: a row turns overdue while the ledger stays open (no reload, no navigation)', async ({ page, host }) => {
  test.setTimeout(120_000);
  // The page's clock is Playwright's: it runs on as usual until fast-forwarded.
  await page.clock.install();
  const desk = new Desk(page);
  await desk.open(host.url);
  await desk.setUp('B', '王丽');
  // Two weeks without input would lock the screen (sign-in, issue 16.3): this PC never locks by itself.
  await desk.setIdleLock('0');
  await desk.register('常州恒通');
  await new CaseFile(page).triage('生产质量问题', '紧急 / 批量', '产品质量');
  await desk.nav('台账').click();
  const ledger = new Ledger(page);
  await expect(ledger.rows()).toHaveCount(1);
  await expect(ledger.rows().first().locator('td').last()).not.toBeEmpty();
  await expect(ledger.rows().first().getByTestId('overdue-badge')).toHaveCount(0);
  // Two weeks later, the ledger still open: every deadline of the new case has passed.
  await page.clock.fastForward(14 * 24 * 3600 * 1000);
  await expect(ledger.rows().first().getByTestId('overdue-badge')).toHaveText('逾期');
});

test('settings: workflow and deadlines, checked at the field and saved', async ({ page, host }) => {
  const desk = new Desk(page);
  await desk.open(host.url);
  await desk.setUp('B', '王丽');
  await desk.nav('设置').click();
  const section = page.getByTestId('workflow-settings');
  await expect(section.getByLabel('金额上限（元）').first()).toHaveValue('100,000.00');
  await section.getByLabel('入库允许偏差（%）').fill('150');
  await section.getByLabel('RMA 编号格式').fill('RMA-{SEQ}');
  await expect(section.getByTestId('rma-pattern-preview')).toContainText('站点代码');
  await section.getByRole('button', { name: '保存流程设置' }).click();
  await expect(section.getByText('请填写 0 到 100 之间的数字')).toBeVisible();

  await section.getByLabel('入库允许偏差（%）').fill('3');
  await section.getByLabel('RMA 编号格式').fill('R{YY}{MM}-{STATION}-{SEQ:3}');
  await expect(section.getByTestId('rma-pattern-preview')).toContainText(/示例：R\d{4}-B-001/);
  await section.getByLabel('附件大小上限（MB）').fill('20');
  await section.getByRole('button', { name: '添加日期' }).click();
  await section.getByLabel('日期').fill('2027-02-07');
  await section.getByRole('combobox', { name: '类型' }).click();
  await page.getByRole('option', { name: '工作日（调休）' }).click();
  await section.getByRole('button', { name: '保存流程设置' }).click();
  await expect(page.getByText('流程设置已保存')).toBeVisible();
  await section.screenshot({ path: test.info().outputPath('settings-workflow.png') });

  await page.reload();
  await desk.signIn('王丽'); // a reload is a new start: the clerk signs in again
  await desk.nav('设置').click();
  await expect(section.getByLabel('入库允许偏差（%）')).toHaveValue('3');
  await expect(section.getByLabel('附件大小上限（MB）')).toHaveValue('20');
  await expect(section.getByLabel('日期')).toHaveValue('2027-02-07');
});
