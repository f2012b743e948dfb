// The times the deadlines count (issue 16.7): called back, containment done (urgent: within hours), and the
// customer's own reply deadline — entered on the triage tab, they settle or move the case's deadlines.
import { Desk } from './models/desk';
import { CaseFile } from './models/case-file';
import { expect, test } from './fixtures';
import { screenshotPath } from './screenshots';

test('callback, containment and the customer’s deadline are entered and counted', async ({ page, host }) => {
  const desk = new Desk(page);
  await desk.open(host.url);
  await desk.setUp('F', '孙丽');
  await desk.register('宁波家电', { receivedAt: '2026-03-02T09:00' }); // a Monday
  const cf = new CaseFile(page);
  await cf.triage('生产质量问题', '紧急 / 批量', '产品质量');
  await expect(cf.deadlines().filter({ hasText: '围堵措施' })).toContainText('逾期');

  const times = page.getByTestId('triage-times');
  await expect(times.getByText('紧急案件须在立案后 4 小时内完成围堵')).toBeVisible();
  await times.getByLabel('已回电客户时间').fill('2026-03-02T09:40');
  await times.getByLabel('围堵措施完成时间').fill('2026-03-02T11:30');
  await times.getByLabel('客户要求的书面回复期限').fill('2026-03-02T17:00');
  await cf.save();

  await expect(cf.deadlines().filter({ hasText: '回电客户' })).toContainText('已于 2026-03-02 09:40 完成');
  await expect(cf.deadlines().filter({ hasText: '围堵措施' })).toContainText('已于 2026-03-02 11:30 完成');
  await expect(cf.deadlines().filter({ hasText: '书面回复' })).toContainText('2026-03-02 17:00');
  await page.screenshot({ path: screenshotPath('triage-times.png'), fullPage: true });

  // A time before the case was received is refused, and nothing is written.
  await times.getByLabel('已回电客户时间').fill('2026-03-01T08:00');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(times.getByText('不能早于投诉接收时间')).toBeVisible();
  await page.reload();
  await desk.signIn('孙丽'); // a reload is a new start: the clerk signs in again
  await cf.tab('判定与严重度');
  await expect(page.getByTestId('triage-times').getByLabel('已回电客户时间')).toHaveValue('2026-03-02T09:40');
});
