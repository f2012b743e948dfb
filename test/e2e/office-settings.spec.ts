// Office settings (issue 16.1): the settings page tells the office's rules from this PC's, a change of a
// rule is saved for the whole office, and its history says who changed what when.
import { Desk } from './models/desk';
import { expect, test } from './fixtures';
import { screenshotPath } from './screenshots';

test('a deadline rule is an office setting with its history', async ({ page, host }) => {
  const desk = new Desk(page);
  await desk.open(host.url);
  await desk.setUp('E', '钱管理');
  await desk.nav('设置').click();

  await expect(page.getByTestId('settings-deadlines-scope')).toHaveText('全办公室');
  await expect(page.getByTestId('settings-station-scope')).toHaveText('仅本机');
  const rules = page.getByTestId('deadline-rules');
  const domestic = rules.getByLabel('结案期限·内销（天）');
  await expect(domestic).toHaveValue('13');
  await domestic.fill('abc');
  await rules.getByRole('button', { name: '保存期限规则' }).click();
  await expect(rules.getByText('请填写 0–365 之间的数字')).toBeVisible();
  await domestic.fill('10');
  await rules.getByRole('button', { name: '保存期限规则' }).click();
  await expect(page.getByText('期限规则已保存')).toBeVisible();

  await page.getByRole('button', { name: '查看变更记录' }).click();
  const entry = page.getByTestId('office-history-entry').filter({ has: page.getByText('期限规则', { exact: true }) });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText('钱管理');
  await expect(entry).toContainText('结案期限·内销（天） 13');
  await expect(entry).toContainText('结案期限·内销（天） 10');
  await page.getByTestId('office-history').scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('office-settings-history.png'), fullPage: true });

  // The office value is what the app uses after a restart too.
  await page.reload();
  await desk.signIn('钱管理'); // a reload is a new start: the clerk signs in again
  await desk.nav('设置').click();
  await expect(page.getByTestId('deadline-rules').getByLabel('结案期限·内销（天）')).toHaveValue('10');
});
