// The first feature end to end: register a complaint, find it in the ledger,
// open it, edit it and read its change history.
import { Desk, fieldByLabel, IntakeForm, Ledger } from './models/desk';
import { expect, test } from './fixtures';
import { screenshotPath } from './screenshots';


test('register a complaint, find it, edit it and read its history', async ({ page, host }) => {
  const desk = new Desk(page);
  await desk.open(host.url);
  await desk.setUp('B', '王丽');
  await expect(desk.statusBar()).toContainText('站点 B');

  await desk.nav('新建投诉').click();
  const form = new IntakeForm(page);
  // Saving an empty form shows the messages at the fields and writes nothing.
  await page.getByRole('button', { name: '保存投诉' }).click();
  await expect(page.getByText('有 ').filter({ hasText: '处需要修改' })).toBeVisible();
  await expect(form.field('客户名称')).toHaveAttribute('aria-invalid', 'true');

  await form.fill({
    customerName: '华东电器有限公司',
    contactPerson: '李工',
    productModel: 'QX-210A',
    partNumber: 'P-100234',
    orderNumber: 'SO2026110087',
    lotNumber: 'L2611-07',
    quantityDelivered: 5000,
    quantityInspected: 200,
    quantityDefective: 12,
    defectDescription: '来料检验发现外壳划痕、丝印模糊，客户要求退货并提供 8D 报告。',
    requests: ['退货', '8D 报告'],
  });
  await expect(page.getByRole('group', { name: '不良率' })).toContainText('6.00 %');
  await page.screenshot({ path: screenshotPath('intake.png'), fullPage: true });
  const caseNumber = await form.save();
  expect(caseNumber).toMatch(/^\d{4}-B-001$/);

  // The case page shows what was registered.
  await expect(page.getByRole('heading', { name: new RegExp(caseNumber) })).toBeVisible();
  await expect(page.getByText('华东电器有限公司').first()).toBeVisible();

  // The ledger finds it by number, customer, model and lot.
  await desk.nav('台账').click();
  const ledger = new Ledger(page);
  await expect(ledger.rows()).toHaveCount(1);
  for (const query of [caseNumber, '华东电器', 'qx-210a', 'L2611-07']) {
    await ledger.search().fill(query);
    await expect(ledger.rows()).toHaveCount(1);
  }
  await ledger.search().fill('不存在的客户');
  await expect(ledger.rows()).toHaveCount(0);
  await ledger.search().fill('华东');
  await page.screenshot({ path: screenshotPath('ledger.png') });
  await ledger.rows().first().click();

  // Edit: a new defective count and customer name.
  await page.getByRole('button', { name: '编辑' }).click();
  await fieldByLabel(page, '不良数').fill('15');
  await fieldByLabel(page, '客户名称').fill('华东电器股份有限公司');
  // The number the case had in the office's Excel 台账, written in afterwards.
  await fieldByLabel(page, '原编号').fill(' KS-2025-118 ');
  await page.getByRole('button', { name: '保存修改' }).click();
  await expect(page.getByText(`已保存 ${caseNumber}`)).toBeVisible();
  await expect(page.getByText('华东电器股份有限公司').first()).toBeVisible();
  await expect(page.getByText('原编号 KS-2025-118')).toBeVisible();

  // History: who, which field, old → new.
  await page.getByRole('tab', { name: '变更记录' }).click();
  const changes = page.getByRole('row').filter({ hasText: '不良数' }).filter({ hasText: '15' });
  await expect(changes.first()).toContainText('12');
  await expect(changes.first()).toContainText('王丽');
  const rename = page.getByRole('row').filter({ hasText: '客户名称' }).filter({ hasText: '华东电器股份有限公司' });
  await expect(rename.first()).toContainText('华东电器有限公司');
  await page.screenshot({ path: screenshotPath('history.png') });

  // After a reload everything is still there (it was saved locally).
  await page.reload();
  await desk.signIn('王丽'); // a reload is a new start: the clerk signs in again
  await desk.nav('台账').click();
  await ledger.search().fill('股份');
  await expect(ledger.rows()).toHaveCount(1);
  await ledger.search().fill('ks-2025-118');
  await expect(ledger.rows()).toHaveCount(1);
});

test('case numbers are never reused after a delete', async ({ page, host }) => {
  const desk = new Desk(page);
  await desk.open(host.url);
  await desk.setUp('C', '张伟');
  const form = new IntakeForm(page);
  const numbers: string[] = [];
  for (const customer of ['甲客户', '乙客户']) {
    await desk.nav('新建投诉').click();
    await form.fill({ customerName: customer, productModel: 'HB-7', quantityDefective: 3, defectDescription: '异响' });
    numbers.push(await form.save());
  }
  await page.getByRole('button', { name: '删除案件' }).click();
  await page.getByRole('button', { name: '确认删除' }).click();
  await expect(page.getByText(`已删除案件 ${numbers[1]}`)).toBeVisible();

  await desk.nav('新建投诉').click();
  await form.fill({ customerName: '丙客户', productModel: 'HB-7', quantityDefective: 1, defectDescription: '变形' });
  const third = await form.save();
  expect(numbers.map((n) => n.slice(-3))).toEqual(['001', '002']);
  expect(third.slice(-3)).toBe('003');

  await desk.nav('台账').click();
  await expect(new Ledger(page).rows()).toHaveCount(2);
});
