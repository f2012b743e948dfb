// What a clerk notices in the first hour (issue 13): notices that go away and
// follow the language, a status bar without a share that says one thing, the
// first deadline of a new case on the workbench, limits that say their
// number, and dates typed the way clerks write them.
// The page's clock is fixed at a Monday 10:00 at the factory (timers still
// run), so "today" and the callback deadline never depend on the day the
// test runs.
import type { Page } from '@playwright/test';
import { Desk, IntakeForm } from './models/desk';
import { expect, test } from './fixtures';

const MONDAY_10 = new Date('2026-11-23T10:00:00+08:00');

async function openDesk(page: Page, url: string, station: string): Promise<Desk> {
  await page.clock.setFixedTime(MONDAY_10);
  const desk = new Desk(page);
  await desk.open(url);
  await desk.setUp(station, '王丽');
  return desk;
}

test('a complaint registered now: its callback is due today on the workbench, the notice hides, no pending count without a share', async ({ page, host }) => {
  const desk = await openDesk(page, host.url, 'B');
  await expect(page.getByTestId('status-share')).toHaveText('本机保存');
  await expect(page.getByTestId('status-pending')).toHaveCount(0);
  await expect(page.getByTestId('sync-status')).toHaveCount(0);

  await desk.nav('新建投诉').click();
  const form = new IntakeForm(page);
  await form.fill({ customerName: '华东电器有限公司', productModel: 'QX-210A', quantityDefective: 3, defectDescription: '外壳划痕' });
  const caseNumber = await form.save();
  // The notice does not cover the page's title, and goes away by itself.
  const notice = page.getByTestId('notice');
  await expect(notice).toContainText(`已登记投诉 ${caseNumber}`);
  const [title, box] = [await page.getByRole('heading', { level: 1 }).boundingBox(), await notice.boundingBox()];
  expect(box!.y).toBeGreaterThan(title!.y + title!.height);
  await expect(notice).toBeHidden();

  await desk.nav('工作台').click();
  const today = page.getByTestId('wb-today');
  await expect(today.getByTestId('wb-case')).toHaveCount(1);
  await expect(today).toContainText(caseNumber);
  await expect(today).toContainText('回电客户 2026-11-23 12:00');
  // Saving wrote ops to the outbox; still nothing is said to be waiting on a PC without a share.
  await expect(page.getByTestId('status-pending')).toHaveCount(0);
  await expect(desk.statusBar()).not.toContainText('待同步');
});

test('a notice shown in Chinese reads in English after switching', async ({ page, host }) => {
  const desk = await openDesk(page, host.url, 'C');
  const scan = page.getByTestId('case-scan-box');
  await scan.fill('2611-C-999');
  await scan.press('Enter');
  const notice = page.getByTestId('notice');
  await expect(notice).toContainText('未找到投诉单 2611-C-999'); // a warning: it stays until closed
  await desk.nav('设置').click();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(notice).toContainText('No case 2611-C-999');
  await notice.getByRole('button', { name: 'Close' }).click();
  await expect(notice).toBeHidden();
});

test('long text shows a counter and its limit; dates are accepted as clerks type them', async ({ page, host }) => {
  const desk = await openDesk(page, host.url, 'D');
  await desk.nav('新建投诉').click();
  const form = new IntakeForm(page);
  await form.fill({ customerName: '甲客户', productModel: 'HB-7', quantityDefective: 1, defectDescription: '缺'.repeat(7_000) });
  await expect(page.getByTestId('char-counter')).toHaveCount(0);
  await form.field('现象描述').fill('缺'.repeat(10_001));
  await expect(page.getByTestId('char-counter')).toHaveText('10001 / 10000 字');
  await page.getByRole('button', { name: '保存投诉' }).click();
  await expect(page.getByText('内容过长（最多 10000 字）')).toBeVisible();
  await form.field('现象描述').fill('缺'.repeat(9_000));
  await expect(page.getByTestId('char-counter')).toHaveText('9000 / 10000 字');

  const shipDate = form.field('交运日期');
  await expect(shipDate).toHaveAttribute('placeholder', '年-月-日');
  for (const typed of ['2026/11/2', '2026年11月2日', '2026-11-02']) {
    await shipDate.fill(typed);
    await shipDate.blur();
    await expect(shipDate).toHaveValue('2026-11-02');
  }
  await shipDate.fill('2026/13/1');
  await shipDate.blur();
  await expect(page.getByText('日期无效')).toBeVisible();
  await shipDate.fill('2026年11月2日');
  await shipDate.blur();
  await expect(shipDate).toHaveValue('2026-11-02');
  const caseNumber = await form.save();
  await expect(page.getByText('2026-11-02').first()).toBeVisible();
  expect(caseNumber).toMatch(/-D-001$/);
});
