// Repeat complaints (issue 17.2): the same customer, model and defect type
// received again within the office's window (30 days) is marked 重复 in the
// ledger, found by "仅重复投诉", and linked both ways on the case pages; a
// shorter window set by the admin takes the mark away.
import type { Page } from '@playwright/test';
import { Desk, IntakeForm, Ledger, TYPICAL_COMPLAINT } from './models/desk';
import { expect, test } from './fixtures';

async function registerWithDefect(page: Page, desk: Desk, customerName: string, receivedAt: string, defect: string | null): Promise<string> {
  await desk.nav('新建投诉').click();
  const form = new IntakeForm(page);
  await form.fill({ ...TYPICAL_COMPLAINT, customerName, receivedAt });
  if (defect) {
    await page.getByRole('combobox', { name: '不良类型' }).fill(defect);
    await page.getByRole('option', { name: new RegExp(`${defect}`) }).first().click();
  }
  return form.save();
}

test('repeat complaints: marked in the ledger, filtered, linked both ways on the cases, window set by the admin', async ({ page, host }) => {
  test.setTimeout(180_000);
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00+08:00'));
  const desk = new Desk(page);
  await desk.open(host.url);
  await desk.setUp('B', '王丽');
  const first = await registerWithDefect(page, desk, '苏州精密', '2026-10-01T09:00', '脏污');
  const again = await registerWithDefect(page, desk, '苏州精密', '2026-10-31T16:00', '脏污'); // 30 factory days later
  await registerWithDefect(page, desk, '苏州精密', '2026-10-20T09:00', null); // no defect type: never a repeat

  await desk.nav('台账').click();
  const ledger = new Ledger(page);
  await expect(ledger.rows()).toHaveCount(3);
  const marks = page.getByTestId('repeat-mark');
  await expect(marks).toHaveCount(1);
  await expect(marks).toHaveText('重复');
  await expect(marks).toHaveAttribute('title', `重复投诉：与 ${first} 相同（客户、型号、不良），相隔 30 天（30 天内第 2 次）`);
  await expect(ledger.rows().filter({ has: marks })).toContainText(again);

  await page.getByRole('checkbox', { name: '仅重复投诉' }).check();
  await expect(ledger.rows()).toHaveCount(1);
  await expect(ledger.rows().first()).toContainText(again);
  await page.screenshot({ path: test.info().outputPath('ledger-repeats.png') });

  // The repeat's case page names the earlier case and links to it; that one links back.
  await ledger.rows().first().click();
  const banner = page.getByTestId('case-repeats');
  await expect(banner).toContainText(`重复投诉：与 ${first} 相同（客户、型号、不良），相隔 30 天`);
  await page.screenshot({ path: test.info().outputPath('case-repeats.png') });
  await banner.getByTestId('repeats-earlier').getByRole('link', { name: `${first}（相隔 30 天）` }).click();
  await expect(page.getByTestId('case-number')).toHaveText(first);
  await expect(page.getByTestId('case-repeats')).toContainText('此问题在 30 天内再次发生');
  await page.getByTestId('case-repeats').getByTestId('repeats-later').getByRole('link', { name: `${again}（相隔 30 天）` }).click();
  await expect(page.getByTestId('case-number')).toHaveText(again);

  // The admin shortens the window to 29 days: no repeat any more, anywhere.
  await desk.nav('设置').click();
  const section = page.getByTestId('workflow-settings');
  await expect(section.getByLabel('重复投诉判定天数')).toHaveValue('30');
  await section.getByLabel('重复投诉判定天数').fill('0');
  await section.getByRole('button', { name: '保存流程设置' }).click();
  await expect(section.getByText('请填写 1 到 365 之间的整数')).toBeVisible();
  await section.getByLabel('重复投诉判定天数').fill('29');
  await section.getByRole('button', { name: '保存流程设置' }).click();
  await expect(page.getByText('流程设置已保存')).toBeVisible();

  await desk.nav('台账').click();
  await expect(page.getByRole('checkbox', { name: '仅重复投诉' })).toBeChecked();
  await expect(ledger.rows()).toHaveCount(0);
  await page.getByRole('checkbox', { name: '仅重复投诉' }).uncheck();
  await expect(ledger.rows()).toHaveCount(3);
  await expect(page.getByTestId('repeat-mark')).toHaveCount(0);
});
