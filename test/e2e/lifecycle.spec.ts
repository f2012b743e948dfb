// The case lifecycle end to end (issue 3): path A (complaint only), path C
// (return with a short receipt, split disposition, supplier share, an
// unsatisfied survey and a new round), and an overdue case on the workbench.
import type { Page } from '@playwright/test';
import { CaseFile } from './models/case-file';
import { Desk, IntakeForm } from './models/desk';
import { expect, test } from './fixtures';
import { screenshotPath } from './screenshots';


async function register(page: Page, customerName: string, receivedAt?: string): Promise<void> {
  const desk = new Desk(page);
  await desk.nav('新建投诉').click();
  const form = new IntakeForm(page);
  await form.fill({ customerName, productModel: 'QX-210A', partNumber: 'P-100234', lotNumber: 'L2611-07', quantityDelivered: 5000, quantityInspected: 200, quantityDefective: 12, defectDescription: '外壳划痕，丝印模糊。' });
  if (receivedAt) await page.getByLabel('接收时间').fill(receivedAt);
  await form.save();
}

test('path A: complaint handling only, from triage to closed', async ({ page, host }) => {
  test.setTimeout(180_000);
  const desk = new Desk(page);
  await desk.open(host.url);
  await desk.setUp('B', '王丽');
  await register(page, '华东电器有限公司');
  const cf = new CaseFile(page);
  await expect(cf.step()).toHaveText('当前步骤：已登记');
  await expect(cf.missing()).toContainText('请选择严重度');

  await cf.analyseToDecision(['操作不当', '一般', '产品质量'], '客户未按说明书操作，产品本身无异常。');
  await page.getByRole('radio', { name: /^A / }).check();
  await cf.save();
  await cf.act('确认判定', '责任判定');

  await cf.tab('责任');
  // 60 % alone is not enough: the message says what is missing.
  await cf.choose('责任部门', '销售 / 物流');
  await cf.field('责任比例（%）').fill('60');
  await page.getByRole('button', { name: '添加责任份额' }).click();
  await expect(page.getByTestId('shares-total')).toHaveText('合计 60%，必须正好 100%');
  await expect(cf.missing()).toContainText('责任比例合计为 60%');
  await cf.choose('责任部门', '其他');
  await cf.field('责任比例（%）').fill('40');
  await page.getByRole('button', { name: '添加责任份额' }).click();
  await expect(page.getByTestId('shares-total')).toHaveText('合计 100%');
  await cf.act('确认责任', '损失核算');
  await cf.act('确认损失核算', '纠正措施');

  await cf.tab('措施');
  await cf.field('措施内容').fill('向客户提供操作培训视频');
  await cf.field('负责人').fill('王丽');
  await page.getByLabel('完成期限').fill('2030-01-15');
  await page.getByRole('button', { name: '添加措施' }).click();
  await expect(page.getByTestId('case-action')).toHaveCount(1);
  await cf.act('措施已落实，进入回复', '回复客户');

  await cf.tab('回复');
  await cf.field('回复内容').fill('经分析为操作不当，已提供操作培训视频。');
  await page.getByRole('button', { name: '记录回复' }).click();
  await expect(page.getByTestId('reply')).toHaveCount(1);
  // The action is still open: closing is not offered, and the page says why.
  await expect(cf.actionButton('结案')).toHaveCount(0);
  await expect(cf.missing()).toContainText('还有 1 项措施未完成');
  await cf.tab('措施');
  await page.getByRole('button', { name: '标记完成' }).click();
  await cf.act('结案', '结案');
  await expect(cf.actionButton('重新打开')).toBeVisible();
  // On the closed case the tab underline sits under the tab shown.
  for (const name of ['责任', '处理记录', '变更记录', '登记信息']) {
    await cf.tab(name);
    await cf.expectUnderlineUnder(name);
  }
});

test('path C: return, short receipt, split disposition, supplier claim, unsatisfied survey, new round, close', async ({ page, host }) => {
  test.setTimeout(300_000);
  const desk = new Desk(page);
  await desk.open(host.url);
  await desk.setUp('B', '王丽');
  await register(page, '苏州精密机械');
  const cf = new CaseFile(page);

  await cf.analyseToDecision(['生产质量问题', '严重', '产品质量'], '波峰焊连锡，供应商 PCBA 未检测。');
  await page.getByRole('radio', { name: /^C / }).check();
  await cf.field('金额（元）').fill('120,000');
  await expect(page.getByTestId('required-approver')).toHaveText('需要审批人：副总经理');
  await cf.save();
  await cf.act('确认判定', '审批');
  // A department manager may not approve 120,000 yuan: the message is at the field.
  await cf.choose('审批人职务', '部门经理');
  await cf.field('审批人姓名').fill('赵经理');
  await page.getByRole('button', { name: '审批通过' }).click();
  await expect(page.getByText('该审批人权限不足')).toBeVisible();
  await cf.choose('审批人职务', '副总经理');
  await cf.field('审批人姓名').fill('钱副总');
  await page.getByRole('button', { name: '审批通过' }).click();
  await expect(cf.step()).toHaveText('当前步骤：退货物流');
  await expect(page.getByTestId('approval-record')).toHaveCount(1);

  await cf.tab('退货');
  await expect(page.getByTestId('rma-number')).toHaveText(/^RMA\d{4}-B-\d{3}$/);
  // More than delivered is refused at the field.
  await cf.field('批准退货数量').fill('6000');
  await page.getByRole('button', { name: '添加退货明细' }).click();
  await expect(page.getByText('不能大于交货数量')).toBeVisible();
  await cf.field('批准退货数量').fill('100');
  await page.getByRole('button', { name: '添加退货明细' }).click();
  await expect(page.getByTestId('return-line')).toHaveCount(1);
  await cf.field('物流公司').fill('顺丰速运');
  await cf.field('物流单号').fill('SF1234567890');
  await page.getByLabel('提货日期').fill('2030-01-10');
  await cf.save(page.locator('section', { has: page.getByRole('heading', { name: '退货物流' }) }));
  await cf.act('已发运，进入入库', '退货入库');

  const line = page.getByTestId('return-line').first();
  await cf.field('实收数量', line).fill('-1');
  await cf.field('存放位置（隔离区）', line).fill('隔离区 A-3');
  await line.getByRole('button', { name: '入库', exact: true }).click();
  await expect(line.getByText('不能为负数')).toBeVisible();
  await cf.field('实收数量', line).fill('90');
  await line.getByRole('button', { name: '入库', exact: true }).click();
  await expect(page.getByTestId('tolerance-warning')).toContainText('少收');
  await expect(page.getByTestId('tolerance-warning')).toContainText('实收 90，批准 100');
  await cf.act('入库完成，进入检验', '退货检验');

  await cf.choose('检验结果', '部分不合格', line);
  await cf.field('不良数量', line).fill('30');
  await cf.field('不良描述', line).fill('连锡 30 件');
  await line.getByRole('button', { name: '检验', exact: true }).click();
  await expect(line.getByText('部分不合格').first()).toBeVisible();
  await cf.act('检验完成，进入处理', '处理方式');

  await cf.choose('处理方式', '报废', line);
  await cf.field('数量', line).fill('30');
  await line.getByRole('button', { name: '添加处理' }).click();
  await expect(line.getByTestId('disposition-sum')).toHaveText('已处理 30 / 实收 90');
  await expect(cf.missing()).toContainText('处理数量合计 30，与实收数量 90 不一致');
  await cf.choose('处理方式', '返修', line);
  await cf.field('数量', line).fill('60');
  await cf.field('返修单号（计划科）', line).fill('RW-2611-01');
  await line.getByRole('button', { name: '添加处理' }).click();
  await expect(line.getByTestId('disposition-sum')).toHaveText('已处理 90 / 实收 90');
  await cf.act('处理方式确定', '责任判定');

  await cf.tab('费用');
  await cf.choose('费用类别', '损失金额');
  await cf.field('金额（元）').fill('8,000');
  await page.getByRole('button', { name: '添加费用' }).click();
  await cf.choose('费用类别', '运费');
  await cf.field('金额（元）').fill('450.50');
  await page.getByRole('button', { name: '添加费用' }).click();
  await expect(page.getByTestId('cost-total')).toHaveText('8,450.50');

  await cf.tab('责任');
  await cf.choose('责任部门', '采购 / 供应商');
  await cf.field('责任比例（%）').fill('70');
  await cf.field('供应商名称').fill('深圳华强电路');
  await page.getByRole('button', { name: '添加责任份额' }).click();
  await cf.choose('责任部门', '品质（漏检）');
  await cf.field('责任比例（%）').fill('30');
  await page.getByRole('button', { name: '添加责任份额' }).click();
  await expect(page.getByTestId('supplier-claim')).toContainText('深圳华强电路');
  await cf.act('确认责任', '损失核算');
  await cf.act('确认损失核算', '纠正措施');

  await cf.tab('措施');
  // 新建 8D 报告 opens the 8D editor (test/e2e/eightd.spec.ts fills one); back to the case.
  await page.getByRole('button', { name: '新建 8D 报告' }).click();
  await expect(page.getByTestId('ed-number')).toHaveText(/^8D/);
  await page.getByRole('link', { name: /^返回案件/ }).click();
  await expect(cf.step()).toHaveText('当前步骤：纠正措施');
  await cf.act('措施已落实，进入回复', '回复客户');
  await cf.tab('回复');
  await cf.field('回复内容').fill('已确认为供应商连锡问题，30 件报废，60 件返修后返还。');
  await page.getByRole('button', { name: '记录回复' }).click();
  await expect(page.getByTestId('reply')).toHaveCount(1);
  await cf.act('开始回访', '回访');

  // Unsatisfied (6 × 10 … → 72): the case goes back to analysis as round 2.
  await cf.survey(['一般 6'], '返修周期太长');
  await expect(page.getByText('开启第 2 轮')).toBeVisible();
  await expect(cf.step()).toHaveText('当前步骤：原因分析');
  await expect(page.getByText('第 2 轮', { exact: true })).toBeVisible();

  await cf.analysis('返修周期长：返修单排产滞后，改为优先排产。');
  await cf.act('完成分析，进入判定', '初步判定');
  await cf.tab('判定/审批');
  await page.getByRole('radio', { name: /^A / }).check();
  await cf.save();
  await cf.act('确认判定', '责任判定');
  await cf.tab('责任');
  await cf.choose('责任部门', '生产 / 分厂');
  await cf.field('责任比例（%）').fill('100');
  await page.getByRole('button', { name: '添加责任份额' }).click();
  await cf.act('确认责任', '损失核算');
  await cf.act('确认损失核算', '纠正措施');
  await cf.tab('措施');
  await cf.field('措施内容').fill('返修单优先排产');
  await cf.field('负责人').fill('王丽');
  await page.getByLabel('完成期限').fill('2030-02-01');
  await page.getByRole('button', { name: '添加措施' }).click();
  await page.getByRole('button', { name: '标记完成' }).click();
  await cf.act('措施已落实，进入回复', '回复客户');
  await cf.tab('回复');
  await cf.field('回复内容').fill('返修已优先排产并交付。');
  await page.getByRole('button', { name: '记录回复' }).click();
  await cf.act('开始回访', '回访');
  await cf.survey(['很满意 10']);
  await expect(page.getByTestId('survey-record')).toHaveCount(2);
  await cf.act('结案', '结案');
  await cf.tab('处理记录');
  await page.screenshot({ path: screenshotPath('case-lifecycle.png'), fullPage: true });
});

test('an overdue case appears on the workbench', async ({ page, host }) => {
  const desk = new Desk(page);
  await desk.open(host.url);
  await desk.setUp('B', '王丽');
  await register(page, '宁波家电', '2025-03-03T09:00');
  const cf = new CaseFile(page);
  await expect(page.getByTestId('deadline').first()).toContainText('逾期');
  await cf.triage('生产质量问题', '一般', '产品质量');
  await desk.nav('工作台').click();
  const overdue = page.getByTestId('wb-overdue');
  await expect(overdue.getByTestId('wb-case')).toHaveCount(1);
  await expect(overdue).toContainText('宁波家电');
  await page.screenshot({ path: screenshotPath('workbench.png'), fullPage: true });
  await overdue.getByTestId('wb-case').click();
  await expect(page.getByRole('heading', { name: /\d{4}-B-001/ })).toBeVisible();
});
