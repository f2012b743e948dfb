// The workbench by person and role (issue 16.6): a clerk who is only admin
// is told that an admin gives roles; with 客服 the new case is in 我的任务
// at its step; a department manager gets 待我审批, which shows a 120,000
// yuan approval only once the clerk also holds 总经理 (it needs the deputy
// GM or higher); the item opens the case, and its 审批 button gives the
// signed approval from the workbench.
import { CaseFile } from './models/case-file';
import { Desk } from './models/desk';
import { screenshotPath } from './screenshots';
import { expect, test } from './fixtures';

test('workbench by role: no work roles, my steps, approvals waiting for the manager whose authority covers them', async ({ page, host }) => {
  test.setTimeout(180_000);
  const desk = new Desk(page);
  await desk.open(host.url);
  await desk.setUp('B', '王丽');

  // Only admin: no steps, and the sentence says so; no approvals panel.
  await desk.nav('工作台').click();
  const mine = page.getByTestId('wb-mine');
  await expect(mine.getByTestId('wb-no-roles')).toContainText('您的角色（管理员）不办理案件步骤');
  await expect(page.getByTestId('wb-approvals')).toHaveCount(0);

  await desk.giveRoles('王丽', ['客服', '部门经理']);
  const caseNumber = await desk.register('华东电器有限公司');
  await desk.nav('工作台').click();
  await expect(mine.getByTestId('wb-step')).toHaveCount(1);
  await expect(mine.getByTestId('wb-step')).toContainText(`${caseNumber} · 华东电器有限公司 · 已登记`);
  const approvals = page.getByTestId('wb-approvals');
  await expect(approvals).toContainText('待我审批');
  await expect(approvals).toContainText('没有等您审批的案件。');

  // 120,000 yuan waits for the deputy GM: not the department manager's approval, and no longer a step of 客服.
  await mine.getByTestId('wb-step').click();
  const cf = new CaseFile(page);
  await cf.analyseToDecision(['生产质量问题', '严重', '产品质量'], '波峰焊连锡。');
  await cf.decide('C', '120,000');
  await cf.save();
  await cf.act('确认判定', '审批');
  await desk.nav('工作台').click();
  await expect(approvals).toContainText('没有等您审批的案件。');
  await expect(mine.getByTestId('wb-step')).toHaveCount(0);
  await expect(mine).toContainText('没有等您的角色办理的案件。');

  // With 总经理 too, the approval is theirs; the item opens the case.
  await desk.giveRoles('王丽', ['总经理']);
  await desk.nav('工作台').click();
  await expect(approvals.getByTestId('wb-approval')).toHaveCount(1);
  await expect(approvals.getByTestId('wb-approval')).toContainText(`${caseNumber} · 华东电器有限公司 · 金额 120,000.00 元`);
  await approvals.getByTestId('wb-approval').getByRole('link').click();
  await expect(cf.step()).toHaveText('当前步骤：审批');

  // 审批 right from the list: the decision as the approver must see it, the signed form; done, the case leaves the list.
  await desk.nav('工作台').click();
  await approvals.getByTestId('wb-approval').getByRole('button', { name: '审批' }).click();
  const quick = page.getByRole('dialog', { name: `审批 ${caseNumber}` });
  await expect(quick.getByTestId('quick-approval-decision')).toHaveText('判定：C 退货（严重缺陷） · 金额 120,000.00 元');
  await expect(quick).toContainText('波峰焊连锡。');
  await page.screenshot({ path: screenshotPath('workbench-quick-approval.png') });
  await cf.approve();
  await expect(quick).toHaveCount(0);
  await expect(page.getByText('审批通过', { exact: false }).first()).toBeVisible();
  await expect(approvals).toContainText('没有等您审批的案件。');
  await desk.nav('台账').click();
  await page.getByRole('row').filter({ hasText: caseNumber }).click();
  await expect(cf.step()).not.toHaveText('当前步骤：审批');
  await cf.tab('判定/审批');
  await expect(cf.approvals()).toHaveCount(1);
  await expect(cf.approvals().first()).toContainText('通过 · 总经理 王丽');
});

// 委托授权: the admin records that 王总 (总经理) delegates his role to 张三 for
// his trip; 张三's 待我审批 shows the 200,000 yuan approval marked 代 王总, he
// signs it from the list with his own password, and the case's approval
// reads 张三 代 王总（委托授权）.
test('delegation of authority: the delegate approves for the general manager, and both names are recorded', async ({ page, host }) => {
  test.setTimeout(180_000);
  const desk = new Desk(page);
  await desk.open(host.url);
  await desk.setUp('B', '王丽');
  await desk.giveRoles('王丽', ['客服', '品质 QE']);
  await desk.addClerk('王总', '总经办', ['总经理']);
  await desk.addClerk('张三', '品质部', ['品质 QE']);
  const caseNumber = await desk.register('华东电器有限公司');
  await desk.nav('工作台').click();
  await page.getByTestId('wb-mine').getByTestId('wb-step').click();
  const cf = new CaseFile(page);
  await cf.analyseToDecision(['生产质量问题', '严重', '产品质量'], '波峰焊连锡。');
  await cf.decide('C', '200,000');
  await cf.save();
  await cf.act('确认判定', '审批');

  await desk.nav('设置').click();
  const section = page.getByTestId('delegations-section');
  await section.getByRole('button', { name: '新增委托' }).click();
  const dialog = page.getByRole('dialog', { name: '新增委托授权' });
  // The only holder of an approver role is chosen already; his role with him.
  await expect(dialog.getByRole('combobox', { name: '委托人' })).toHaveText('王总');
  await expect(dialog.getByRole('combobox', { name: '委托的审批角色' })).toHaveText('总经理');
  await dialog.getByRole('combobox', { name: '受托人（代签人）' }).click();
  await page.getByRole('option', { name: /^张三/ }).click();
  await dialog.getByRole('textbox', { name: '事由' }).fill('出差');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(section.getByTestId('delegation-row')).toHaveCount(1);
  await expect(section.getByTestId('delegation-row')).toContainText('生效中');
  await expect(section.getByTestId('delegation-row')).toContainText('总经理');

  await desk.switchTo('张三', { firstTime: true });
  await desk.nav('工作台').click();
  const approvals = page.getByTestId('wb-approvals');
  await expect(approvals.getByTestId('wb-approval')).toHaveCount(1);
  await expect(approvals.getByTestId('wb-on-behalf')).toHaveText('代 王总');
  await approvals.getByTestId('wb-approval').getByRole('button', { name: '审批' }).click();
  const quick = page.getByRole('dialog', { name: `审批 ${caseNumber}` });
  await expect(quick.getByTestId('quick-approval-decision')).toContainText('200,000.00');
  await cf.approve();
  await expect(quick).toHaveCount(0);
  await expect(approvals).toContainText('没有等您审批的案件。');
  await desk.nav('台账').click();
  await page.getByRole('row').filter({ hasText: caseNumber }).click();
  await cf.tab('判定/审批');
  await expect(cf.approvals().first()).toContainText('通过 · 总经理 张三 代 王总（委托授权）');
});
