// The case lifecycle end to end (issue 3): path A (complaint only), path C
// (return with a short receipt, split disposition, supplier share, an
// unsatisfied survey and a new round, the reworked goods sent back), path B
// (issue 19.1: an advance exchange, repair and goods back, the effect check
// re-opening the case), and an overdue case on the workbench.
import { CaseFile } from './models/case-file';
import { Desk, E2E_PASSWORD, Workbench } from './models/desk';
import { expect, test } from './fixtures';
import { screenshotPath } from './screenshots';

test('path A: complaint handling only, from triage to closed', async ({ page, host }) => {
  test.setTimeout(180_000);
  const desk = new Desk(page);
  await desk.open(host.url);
  await desk.setUp('B', '王丽');
  // Confirming the costs is 财务's, closing the case the head of quality's: signed steps (issue 16.4).
  await desk.giveRoles('王丽', ['财务', '品质主管（8D）']);
  await desk.register('华东电器有限公司');
  const cf = new CaseFile(page);
  await expect(cf.step()).toHaveText('当前步骤：已登记');
  await expect(cf.missing()).toContainText('请选择严重度');

  await cf.analyseToDecision(['操作不当', '一般', '产品质量'], '客户未按说明书操作，产品本身无异常。');
  await cf.decide('A');
  await cf.save();
  await cf.act('确认判定', '责任判定');

  await cf.tab('责任');
  // 60 % alone is not enough: the message says what is missing.
  await cf.addShare('销售 / 物流', '60');
  await expect(cf.sharesTotal()).toHaveText('合计 60%，必须正好 100%');
  await expect(cf.missing()).toContainText('责任比例合计为 60%');
  await cf.addShare('其他', '40');
  await expect(cf.sharesTotal()).toHaveText('合计 100%');
  await cf.act('确认责任', '损失核算');
  await cf.act('确认损失核算', '纠正措施');

  await cf.tab('措施');
  await cf.addAction('向客户提供操作培训视频', '王丽', '2030-01-15');
  await expect(cf.actions()).toHaveCount(1);
  await cf.act('措施已落实，进入回复', '回复客户');

  await cf.tab('回复');
  await cf.recordReply('经分析为操作不当，已提供操作培训视频。');
  await expect(cf.replies()).toHaveCount(1);
  // The action is still open: closing is not offered, and the page says why.
  await expect(cf.actionButton('结案')).toHaveCount(0);
  await expect(cf.missing()).toContainText('还有 1 项措施未完成');
  await cf.tab('措施');
  await cf.markActionDone();
  await cf.act('结案', '结案');
  await expect(cf.actionButton('重新打开')).toBeVisible();
  // On the closed case the tab underline sits under the tab shown.
  for (const name of ['责任', '处理记录', '变更记录', '登记信息']) {
    await cf.tab(name);
    await cf.expectUnderlineUnder(name);
  }

  // The effect check after closing (issue 19.5): due in 3 months; moved to today it is on the workbench;
  // found not effective, it re-opens the case as a new round.
  const check = page.getByTestId('effect-check');
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  await expect(check.getByLabel('应确认日期')).not.toHaveValue('');
  await cf.setDate('应确认日期', today);
  await check.getByRole('button', { name: '修改日期' }).click();
  await expect(check.getByRole('button', { name: '修改日期' })).toBeDisabled();
  const caseUrl = page.url();
  await desk.nav('工作台').click();
  await expect(page.getByTestId('wb-effect-check')).toContainText('华东电器有限公司');
  await page.getByTestId('wb-effect-check').click();
  await expect(page).toHaveURL(caseUrl);
  await check.getByRole('button', { name: '措施无效' }).click();
  await check.getByRole('button', { name: '记录并重开案件' }).click();
  await expect(check.getByText('必填')).toBeVisible();
  await check.getByLabel('确认情况（如何确认、看到什么）').fill('客户再次反馈同类操作问题');
  await check.getByRole('button', { name: '记录并重开案件' }).click();
  await expect(cf.step()).toHaveText('当前步骤：原因分析');
  await expect(cf.roundMark(2)).toBeVisible();
  await expect(page.getByTestId('effect-check-reopened')).toContainText('客户再次反馈同类操作问题');
});

test('path C: return, short receipt, split disposition, supplier claim, unsatisfied survey, new round, close', async ({ page, host }) => {
  test.setTimeout(300_000);
  const desk = new Desk(page);
  await desk.open(host.url);
  await desk.setUp('B', '王丽');
  await desk.giveRoles('王丽', ['品质 QE', '财务', '品质主管（8D）', '部门经理']);
  await desk.register('苏州精密机械');
  const cf = new CaseFile(page);

  await cf.analyseToDecision(['生产质量问题', '严重', '产品质量'], '波峰焊连锡，供应商 PCBA 未检测。');
  await cf.decide('C', '120,000');
  await expect(cf.requiredApprover()).toHaveText('需要审批人：副总经理');
  await cf.save();
  await cf.act('确认判定', '审批');
  // 王丽 is a department manager: 120,000 yuan is not hers to approve, and the step says who may (nobody holds the role yet).
  await expect(cf.whoMaySign()).toHaveText('此步骤需由 副总经理 或 总经理 签字，但目前没有经办人拥有该角色，请管理员在“设置 → 经办人与权限”中分配。');
  await expect(page.getByRole('button', { name: '审批通过' })).toHaveCount(0);
  const caseUrl = page.url();
  await desk.addClerk('钱副总', '总经理室', ['副总经理']);
  await page.goto(caseUrl);
  await cf.tab('判定/审批');
  await expect(cf.whoMaySign()).toHaveText('此步骤需由 副总经理 或 总经理 签字：钱副总。');
  // The deputy GM signs in on this PC and approves with their password: a wrong one signs nothing.
  await desk.switchTo('钱副总', { firstTime: true });
  await page.goto(caseUrl);
  await cf.tab('判定/审批');
  await cf.approve('not-my-password');
  const signDialog = page.getByRole('dialog', { name: '电子签名' });
  await expect(signDialog.getByTestId('sign-meaning')).toHaveText(/^批准退货 120,000\.00 元（案件 \d{4}-B-\d{3}）$/);
  await expect(signDialog).toContainText('签字人：钱副总（副总经理）');
  await expect(signDialog).toContainText('密码不正确，未签名');
  await signDialog.locator('input[name="sign-password"]').fill(E2E_PASSWORD);
  await signDialog.getByRole('button', { name: '签名确认' }).click();
  await expect(cf.step()).toHaveText('当前步骤：退货物流');
  await expect(cf.approvals()).toHaveCount(1);
  await expect(cf.approvals().first()).toContainText('钱副总');
  // The case keeps the signature: who, which role, when, what — checked against the clerk list and the matrix.
  await cf.tab('变更记录');
  const signature = page.getByTestId('case-signature').first();
  await expect(signature).toContainText('钱副总');
  await expect(signature).toContainText('副总经理');
  await expect(signature).toContainText('批准退货 120,000.00 元');
  await expect(signature).toContainText('已验证');
  await desk.switchTo('王丽');
  await page.goto(caseUrl);

  await cf.tab('退货');
  await expect(cf.rmaNumber()).toHaveText(/^RMA\d{4}-B-\d{3}$/);
  // More than delivered is refused at the field.
  await cf.addReturnLine('6000');
  await expect(cf.message('不能大于交货数量')).toBeVisible();
  await cf.addReturnLine('100');
  await expect(cf.returnLines()).toHaveCount(1);
  await cf.recordShipment('顺丰速运', 'SF1234567890', '2030-01-10');
  await cf.act('已发运，进入入库', '退货入库');

  const line = cf.returnLines().first();
  await cf.receive(line, '-1', '隔离区 A-3');
  await expect(cf.message('不能为负数', line)).toBeVisible();
  await cf.receive(line, '90');
  await expect(cf.toleranceWarning()).toContainText('少收');
  await expect(cf.toleranceWarning()).toContainText('实收 90，批准 100');
  // No customer entry on the case: the office's tolerance applied, and the warning says so.
  await expect(cf.toleranceWarning()).toContainText('超出允许偏差 ±5%');
  await cf.act('入库完成，进入检验', '退货检验');

  await cf.inspect(line, '部分不合格', '30', '连锡 30 件');
  await expect(cf.message('部分不合格', line)).toBeVisible();
  await cf.act('检验完成，进入处理', '处理方式');

  await cf.dispose(line, '报废', '30');
  await expect(cf.dispositionSum(line)).toHaveText('已处理 30 / 实收 90');
  await expect(cf.missing()).toContainText('处理数量合计 30，与实收数量 90 不一致');
  await cf.dispose(line, '返修', '60', 'RW-2611-01');
  await expect(cf.dispositionSum(line)).toHaveText('已处理 90 / 实收 90');
  await cf.act('处理方式确定', '责任判定');

  await cf.tab('费用');
  await cf.addCost('损失金额', '8,000');
  await cf.addCost('运费', '450.50');
  await expect(cf.costTotal()).toHaveText('8,450.50');

  await cf.tab('责任');
  await cf.addShare('采购 / 供应商', '70', '深圳华强电路');
  await cf.addShare('品质（漏检）', '30');
  await expect(cf.supplierClaims()).toContainText('深圳华强电路');
  await cf.act('确认责任', '损失核算');
  await cf.act('确认损失核算', '纠正措施');

  await cf.tab('措施');
  // 新建 8D 报告 opens the 8D editor (test/e2e/eightd.spec.ts fills one); back to the case.
  await cf.startEightD();
  await cf.backToCase();
  await expect(cf.step()).toHaveText('当前步骤：纠正措施');
  await cf.act('措施已落实，进入回复', '回复客户');
  await cf.tab('回复');
  await cf.recordReply('已确认为供应商连锡问题，30 件报废，60 件返修后返还。');
  await expect(cf.replies()).toHaveCount(1);
  await cf.act('开始回访', '回访');

  // Unsatisfied (6 × 10 … → 72): the case goes back to analysis as round 2.
  await cf.survey(['一般 6'], '返修周期太长');
  await expect(cf.message('开启第 2 轮')).toBeVisible();
  await expect(cf.step()).toHaveText('当前步骤：原因分析');
  await expect(cf.roundMark(2)).toBeVisible();

  await cf.analysis('返修周期长：返修单排产滞后，改为优先排产。');
  await cf.act('完成分析，进入判定', '初步判定');
  await cf.tab('判定/审批');
  await cf.decide('A');
  await cf.save();
  await cf.act('确认判定', '责任判定');
  await cf.tab('责任');
  await cf.addShare('生产 / 分厂', '100');
  await cf.act('确认责任', '损失核算');
  await cf.act('确认损失核算', '纠正措施');
  await cf.tab('措施');
  await cf.addAction('返修单优先排产', '王丽', '2030-02-01');
  await cf.markActionDone();
  await cf.act('措施已落实，进入回复', '回复客户');
  await cf.tab('回复');
  await cf.recordReply('返修已优先排产并交付。');
  // The 60 reworked pieces go back before the case may close (issue 19.1): repair order, re-inspection, shipment.
  await cf.tab('退货');
  await expect(cf.outboundSum(line)).toHaveText('应发回 60 件（返修、换货），已发 0 件');
  await cf.addRepairOrder(line, 'FX-2611-01', '60', '1,200');
  await cf.reinspect(line, '合格', '周品');
  await cf.shipBack(line, '返修品', '60', '顺丰速运', 'SF2222000001');
  await expect(cf.outboundSum(line)).toHaveText('应发回 60 件（返修、换货），已发 60 件');
  await cf.act('开始回访', '回访');
  await cf.survey(['很满意 10']);
  await expect(cf.surveys()).toHaveCount(2);
  await cf.act('结案', '结案');
  await cf.tab('处理记录');
  await page.screenshot({ path: screenshotPath('case-lifecycle.png'), fullPage: true });
});

test('path B: advance exchange, the return arrives, repair, goods back, close, effect check fails, new round', async ({ page, host }) => {
  test.setTimeout(300_000);
  const desk = new Desk(page);
  await desk.open(host.url);
  await desk.setUp('B', '王丽');
  await desk.giveRoles('王丽', ['品质 QE', '财务', '品质主管（8D）', '部门经理']);
  await desk.register('常州电机厂');
  const cf = new CaseFile(page);
  await cf.analyseToDecision(['生产质量问题', '一般', '产品质量'], '绕线松动，整批需返厂维修。');
  await cf.decide('B', '3,000');
  await cf.save();
  await cf.act('确认判定', '审批');
  await cf.approve();
  await expect(cf.step()).toHaveText('当前步骤：退货物流');

  await cf.tab('退货');
  await cf.addReturnLine('10');
  const line = cf.returnLines().first();
  // 先换后退: 4 new pieces go to the customer before the return is even shipped.
  await cf.shipBack(line, '换货（新品）', '4', '顺丰速运', 'SF1000000001');
  await expect(line.getByTestId('shipment').first()).toContainText('先换后退');
  // Repaired goods cannot go before anything was repaired and re-inspected.
  await cf.choose('发回内容', '返修品', line.getByTestId('outbound'));
  await cf.field('发货数量', line.getByTestId('outbound')).fill('1');
  await cf.field('承运商（自提请写“自提”）', line.getByTestId('outbound')).fill('自提');
  await cf.press('登记发货', line.getByTestId('outbound'));
  await expect(cf.message('超过复检合格的返修数量', line)).toBeVisible();

  await cf.recordShipment('德邦物流', 'DB2000000002', '2030-01-10');
  // The customer's return proof: its number in the field, its scan in the slot beside it (not among the case's attachments).
  const proof = page.getByRole('region', { name: '退货凭证扫描件' });
  await proof.locator('input[type=file]').setInputFiles({ name: '销货退回证明单.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n') });
  await expect(proof.getByTestId('attachment')).toContainText('销货退回证明单.pdf');
  // The 附件 tab lists it too, under its slot.
  await cf.tab('附件');
  await expect(page.getByRole('region', { name: '退货凭证扫描件（第 1 轮）' }).getByTestId('attachment')).toContainText('销货退回证明单.pdf');
  await cf.tab('退货');
  await cf.act('已发运，进入入库', '退货入库');
  await cf.receive(line, '10', '返修区 R-1');
  await cf.act('入库完成，进入检验', '退货检验');
  await cf.inspect(line, '不合格', '10', '绕线松动');
  await cf.act('检验完成，进入处理', '处理方式');
  await cf.dispose(line, '换货', '4');
  await cf.dispose(line, '返修', '6', 'FX-2611-07');
  await cf.act('处理方式确定', '责任判定');
  await expect(cf.outboundSum(line)).toHaveText('应发回 10 件（返修、换货），已发 4 件');

  // The repair order from 计划科, its cost carried into the case's costs, and the re-inspection.
  await cf.addRepairOrder(line, 'FX-2611-07', '6', '480');
  await cf.tab('费用');
  await expect(cf.costTotal()).toHaveText('480.00');
  await cf.tab('责任');
  await cf.addShare('生产 / 分厂', '100');
  await cf.act('确认责任', '损失核算');
  await cf.act('确认损失核算', '纠正措施');
  await cf.tab('措施');
  await cf.addAction('绕线工序增加张力检测', '王丽', '2030-01-20');
  await cf.markActionDone();
  await cf.act('措施已落实，进入回复', '回复客户');
  await cf.tab('回复');
  await cf.recordReply('4 件已先行换货，6 件返修后发回。');
  // Six repaired pieces are still owed: the case does not close, and the page says so.
  await expect(cf.actionButton('结案')).toHaveCount(0);
  await expect(cf.missing()).toContainText('应发回客户 10 件（返修或换货），已发 4 件');

  await cf.tab('退货');
  await cf.reinspect(line, '合格', '周品');
  await cf.shipBack(line, '返修品', '6', '德邦物流', 'DB1000000003');
  await expect(cf.outboundSum(line)).toHaveText('应发回 10 件（返修、换货），已发 10 件');
  // Two 送货单 (two carriers): the print dialog offers both and ticks the newest, the one that goes with today's goods.
  await page.getByTestId('case-print').click();
  const printDialog = page.getByTestId('print-dialog');
  await printDialog.getByRole('combobox', { name: '表单' }).click();
  await page.getByRole('option', { name: '送货单', exact: true }).click();
  const picker = printDialog.getByTestId('delivery-note-picker');
  await expect(picker.getByRole('checkbox')).toHaveCount(2);
  await expect(picker.getByRole('checkbox', { name: /顺丰速运 .* 4 件/ })).not.toBeChecked();
  await expect(picker.getByRole('checkbox', { name: /德邦物流 .* 6 件/ })).toBeChecked();
  await picker.getByRole('checkbox', { name: /德邦物流/ }).uncheck();
  await expect(picker).toContainText('请至少选择一张送货单。');
  await page.keyboard.press('Escape');
  await expect(printDialog).toHaveCount(0);
  await cf.act('开始回访', '回访');
  await cf.survey(['很满意 10']);
  await cf.act('结案', '结案');

  // Three months on, the check finds the repair did not hold: a new round. Its evidence is scanned into the check's own slot.
  const check = page.getByTestId('effect-check');
  const evidence = check.getByRole('region', { name: '确认证据（扫描件、照片）' });
  await evidence.locator('input[type=file]').setInputFiles({ name: '客户确认函.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n') });
  await expect(evidence.getByTestId('attachment')).toContainText('客户确认函.pdf');
  await check.getByRole('button', { name: '措施无效' }).click();
  await check.getByLabel('确认情况（如何确认、看到什么）').fill('客户反馈返修品再次绕线松动');
  await check.getByRole('button', { name: '记录并重开案件' }).click();
  await expect(cf.step()).toHaveText('当前步骤：原因分析');
  await expect(cf.roundMark(2)).toBeVisible();
});

test('responsibility left open past its working days goes to sales by rule (issue 19.4)', async ({ page, host }) => {
  test.setTimeout(180_000);
  const desk = new Desk(page);
  await desk.open(host.url);
  await desk.setUp('B', '王丽');
  await desk.register('无锡家电');
  const cf = new CaseFile(page);
  await cf.analyseToDecision(['生产质量问题', '一般', '产品质量'], '原因待业务员到客户现场确认。');
  await cf.decide('A');
  await cf.save();
  await cf.act('确认判定', '责任判定');
  await cf.tab('责任');
  await cf.addShare('生产 / 分厂', '40');
  // The rule and its day are said on the tab while the 5 working days run.
  await expect(page.getByTestId('responsibility-rule')).toContainText('逾期未认定的部分按规则判为销售部责任');
  const caseUrl = page.url();

  // Twenty days later — past 5 working days whatever holiday falls between (the page's clock moved; the app
  // starts again): the undecided 60 % went to sales, the rule named.
  await page.clock.setSystemTime(new Date(Date.now() + 20 * 86_400_000));
  await page.reload();
  await desk.signIn('王丽');
  await expect(page.getByText(/已按规则将 1 件案件逾期未认定的责任判为销售部/)).toBeVisible({ timeout: 30_000 });
  await page.goto(caseUrl);
  await cf.tab('责任');
  await expect(cf.sharesTotal()).toHaveText('合计 100%');
  await expect(page.getByTestId('share').filter({ hasText: '销售 / 物流 · 60%' })).toContainText('按规则：责任判定逾期，未认定部分视为销售部责任');
  await expect(page.getByTestId('responsibility-rule')).toHaveCount(0);
  await cf.act('确认责任', '损失核算');
});

test('an overdue case appears on the workbench', async ({ page, host }) => {
  const desk = new Desk(page);
  await desk.open(host.url);
  await desk.setUp('B', '王丽');
  await desk.register('宁波家电', { receivedAt: '2025-03-03T09:00' });
  const cf = new CaseFile(page);
  await expect(cf.deadlines().first()).toContainText('逾期');
  await cf.triage('生产质量问题', '一般', '产品质量');
  await desk.nav('工作台').click();
  const workbench = new Workbench(page);
  const overdue = workbench.list('wb-overdue');
  await expect(workbench.cases(overdue)).toHaveCount(1);
  await expect(overdue).toContainText('宁波家电');
  await page.screenshot({ path: screenshotPath('workbench.png'), fullPage: true });
  await workbench.cases(overdue).click();
  await expect(cf.heading()).toHaveText(/\d{4}-B-001/);
});
