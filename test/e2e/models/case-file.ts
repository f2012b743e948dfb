// Page object of the lifecycle part of the case page: tabs, the allowed
// actions and their dialogs, and the fields by their visible labels.
import { expect, type Locator, type Page } from '@playwright/test';
import { chooseOption } from './select';
import { E2E_PASSWORD } from './desk';

export class CaseFile {
  constructor(readonly page: Page) {}

  step(): Locator {
    return this.page.getByTestId('lifecycle-step');
  }

  missing(): Locator {
    return this.page.getByTestId('lifecycle-missing');
  }

  async tab(name: string): Promise<void> {
    await this.page.getByRole('tab', { name, exact: true }).click();
  }

  /** The tab bar's underline spans the named tab (MUI moves it with a transition: polled until it rests). */
  async expectUnderlineUnder(name: string): Promise<void> {
    const tab = this.page.getByRole('tab', { name, exact: true });
    const indicator = this.page.locator('.MuiTabs-root').filter({ has: this.page.getByRole('tablist', { name: '案件内容' }) }).locator('.MuiTabs-indicator');
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    await expect
      .poll(async () => {
        const [t, i] = [await tab.boundingBox(), await indicator.boundingBox()];
        return t && i ? Math.round(Math.abs(t.x - i.x) + Math.abs(t.width - i.width)) : null;
      })
      .toBeLessThanOrEqual(2);
  }

  field(label: string, scope: Page | Locator = this.page): Locator {
    return scope.getByRole('textbox', { name: label, exact: true });
  }

  async choose(label: string, option: string, scope: Page | Locator = this.page): Promise<void> {
    await chooseOption(this.page, scope, label, option);
  }

  async save(scope: Page | Locator = this.page): Promise<void> {
    await scope.getByRole('button', { name: '保存', exact: true }).click();
    await expect(this.page.getByText('已保存', { exact: true }).first()).toBeVisible();
  }

  /** Clicks an allowed action and confirms its dialog (with a reason where it asks for one); waits for the new step. */
  async act(action: string, expectedStep: string, reason?: string): Promise<void> {
    await this.page.getByRole('group', { name: '可执行的操作' }).getByRole('button', { name: action, exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: action });
    if (reason !== undefined) await dialog.getByRole('textbox', { name: '原因' }).fill(reason);
    // A signed step (结案, 处理方式确定, 确认损失核算) asks for the clerk's password.
    const password = dialog.locator('input[name="sign-password"]');
    if ((await password.count()) > 0) {
      await password.fill(E2E_PASSWORD);
      await dialog.getByRole('button', { name: '签名确认' }).click();
    } else {
      await dialog.getByRole('button', { name: '确认' }).click();
    }
    await expect(dialog).toBeHidden();
    await expect(this.step()).toHaveText(`当前步骤：${expectedStep}`);
  }

  actionButton(action: string): Locator {
    return this.page.getByRole('group', { name: '可执行的操作' }).getByRole('button', { name: action, exact: true });
  }

  async triage(category: string, severity: string, complaintCategory: string): Promise<void> {
    await this.tab('判定与严重度');
    await this.choose('初步判定类别', category);
    await this.choose('严重度', severity);
    await this.choose('投诉类别', complaintCategory);
    await this.save();
  }

  async analysis(summary: string): Promise<void> {
    await this.tab('判定与严重度');
    await this.field('原因分析结论').fill(summary);
    await this.save();
  }

  /** Registered → decision: triage, analyse with the given finding, open the decision tab. */
  async analyseToDecision(triage: [category: string, severity: string, complaintCategory: string], finding: string): Promise<void> {
    await this.triage(...triage);
    await this.act('开始原因分析', '原因分析');
    await this.analysis(finding);
    await this.act('完成分析，进入判定', '初步判定');
    await this.tab('判定/审批');
  }

  /** Clicks a button by its visible name (in a scope: a return line, a section). */
  async press(name: string, scope: Page | Locator = this.page): Promise<void> {
    await scope.getByRole('button', { name, exact: true }).click();
  }

  /**
   * Presses an add button and waits until the add has landed: its form is
   * cleared only once the write succeeded. The next step must not start while
   * the write is in flight — the new row then moves the form under the
   * pointer (a select clicked at that moment did not open: a flaky run).
   */
  async pressAndWaitForClearing(button: string, clearedField: string): Promise<void> {
    await this.press(button);
    await expect(this.field(clearedField)).toHaveValue('');
  }

  /** Text the page shows (a field message, a notice), in a scope. */
  message(text: string, scope: Page | Locator = this.page): Locator {
    return scope.getByText(text).first();
  }

  /** A date or date-time field by its label. */
  async setDate(label: string, value: string): Promise<void> {
    await this.page.getByLabel(label).fill(value);
  }

  /** The case page's title (its number). */
  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** 第 n 轮: the case is in its n-th round. */
  roundMark(round: number): Locator {
    return this.page.getByText(`第 ${round} 轮`, { exact: true });
  }

  deadlines(): Locator {
    return this.page.getByTestId('deadline');
  }

  // ---- 判定/审批 ---------------------------------------------------------------

  /** Chooses the decision path (A/B/C) on the decision tab, with the amount in yuan for a return. */
  async decide(path: 'A' | 'B' | 'C', amountYuan?: string): Promise<void> {
    await this.page.getByRole('radio', { name: new RegExp(`^${path} `) }).check();
    if (amountYuan !== undefined) await this.field('金额（元）').fill(amountYuan);
  }

  requiredApprover(): Locator {
    return this.page.getByTestId('required-approver');
  }

  /** Clicks 审批通过 and signs with the signed-in clerk's password (the result is the caller's to check). */
  async approve(password = E2E_PASSWORD): Promise<void> {
    await this.press('审批通过');
    const dialog = this.page.getByRole('dialog', { name: '电子签名' });
    await dialog.locator('input[name="sign-password"]').fill(password);
    await dialog.getByRole('button', { name: '签名确认' }).click();
  }

  /** What the step says about who may sign it, where the signed-in clerk may not. */
  whoMaySign(): Locator {
    return this.page.getByTestId('who-may-sign');
  }

  approvals(): Locator {
    return this.page.getByTestId('approval-record');
  }

  // ---- 退货 --------------------------------------------------------------------

  rmaNumber(): Locator {
    return this.page.getByTestId('rma-number');
  }

  async addReturnLine(quantityApproved: string): Promise<void> {
    await this.field('批准退货数量').fill(quantityApproved);
    await this.press('添加退货明细');
  }

  returnLines(): Locator {
    return this.page.getByTestId('return-line');
  }

  /** Carrier, tracking number and pickup date of the return, saved in the 退货物流 section. */
  async recordShipment(carrier: string, trackingNumber: string, pickupDate: string): Promise<void> {
    await this.field('物流公司').fill(carrier);
    await this.field('物流单号').fill(trackingNumber);
    await this.setDate('提货日期', pickupDate);
    await this.save(this.page.locator('section', { has: this.page.getByRole('heading', { name: '退货物流' }) }));
  }

  async receive(line: Locator, quantity: string, storageLocation?: string): Promise<void> {
    await this.field('实收数量', line).fill(quantity);
    if (storageLocation !== undefined) await this.field('存放位置（隔离区）', line).fill(storageLocation);
    await this.press('入库', line);
  }

  toleranceWarning(): Locator {
    return this.page.getByTestId('tolerance-warning');
  }

  async inspect(line: Locator, result: string, quantityDefective: string, notes: string): Promise<void> {
    await this.choose('检验结果', result, line);
    await this.field('不良数量', line).fill(quantityDefective);
    await this.field('不良描述', line).fill(notes);
    await this.press('检验', line);
  }

  async dispose(line: Locator, kind: string, quantity: string, repairOrderNumber?: string): Promise<void> {
    await this.choose('处理方式', kind, line);
    await this.field('数量', line).fill(quantity);
    if (repairOrderNumber !== undefined) await this.field('返修单号（计划科）', line).fill(repairOrderNumber);
    await this.press('添加处理', line);
  }

  dispositionSum(line: Locator): Locator {
    return line.getByTestId('disposition-sum');
  }

  // ---- 返修单, 发回客户 (issue 19.1) ------------------------------------------------

  /** A 返修单 of the line; waits until it is listed. */
  async addRepairOrder(line: Locator, orderNumber: string, quantity: string, costYuan = ''): Promise<void> {
    const orders = line.getByTestId('repair-orders');
    const before = await orders.getByTestId('repair-order').count();
    await this.field('返修单号', orders).fill(orderNumber);
    await this.field('返修数量', orders).fill(quantity);
    if (costYuan) await this.field('返修费用（元）', orders).fill(costYuan);
    await this.press('登记返修单', orders);
    await expect(orders.getByTestId('repair-order')).toHaveCount(before + 1);
  }

  /** Records the re-inspection of the line's first order not re-inspected yet. */
  async reinspect(line: Locator, result: '合格' | '不合格', inspector: string): Promise<void> {
    const order = line.getByTestId('repair-order').filter({ hasText: '待复检' }).first();
    await this.choose('复检结果', result, order);
    await this.field('复检人', order).fill(inspector);
    await this.press('记录复检', order);
    await expect(order).toBeHidden(); // it no longer reads 待复检
  }

  /** Goods sent back to the customer for the line; waits until the shipment is listed. */
  async shipBack(line: Locator, kind: '返修品' | '换货（新品）', quantity: string, carrier: string, trackingNumber = ''): Promise<void> {
    const outbound = line.getByTestId('outbound');
    const before = await outbound.getByTestId('shipment').count();
    await this.choose('发回内容', kind, outbound);
    await this.field('发货数量', outbound).fill(quantity);
    await this.field('承运商（自提请写“自提”）', outbound).fill(carrier);
    if (trackingNumber) await this.field('运单号', outbound).fill(trackingNumber);
    await this.press('登记发货', outbound);
    await expect(outbound.getByTestId('shipment')).toHaveCount(before + 1);
  }

  outboundSum(line: Locator): Locator {
    return line.getByTestId('outbound-sum');
  }

  // ---- 费用, 责任 ----------------------------------------------------------------

  async addCost(kind: string, amountYuan: string): Promise<void> {
    await this.choose('费用类别', kind);
    await this.field('金额（元）').fill(amountYuan);
    await this.pressAndWaitForClearing('添加费用', '金额（元）');
  }

  costTotal(): Locator {
    return this.page.getByTestId('cost-total');
  }

  async addShare(department: string, percent: string, supplierName?: string): Promise<void> {
    await this.choose('责任部门', department);
    await this.field('责任比例（%）').fill(percent);
    if (supplierName !== undefined) await this.field('供应商名称').fill(supplierName);
    await this.pressAndWaitForClearing('添加责任份额', '责任比例（%）');
  }

  sharesTotal(): Locator {
    return this.page.getByTestId('shares-total');
  }

  supplierClaims(): Locator {
    return this.page.getByTestId('supplier-claim');
  }

  // ---- 措施, 回复, 回访 -------------------------------------------------------------

  async addAction(description: string, owner: string, dueDate: string): Promise<void> {
    await this.field('措施内容').fill(description);
    await this.field('负责人').fill(owner);
    await this.setDate('完成期限', dueDate);
    await this.pressAndWaitForClearing('添加措施', '措施内容');
  }

  actions(): Locator {
    return this.page.getByTestId('case-action');
  }

  /** 标记完成 on the (first) open action. */
  async markActionDone(): Promise<void> {
    await this.press('标记完成');
  }

  async recordReply(text: string): Promise<void> {
    await this.field('回复内容').fill(text);
    await this.press('记录回复');
  }

  replies(): Locator {
    return this.page.getByTestId('reply');
  }

  surveys(): Locator {
    return this.page.getByTestId('survey-record');
  }

  /** 新建 8D 报告 from the 措施 tab: the 8D editor opens with its number. */
  async startEightD(): Promise<void> {
    await this.press('新建 8D 报告');
    await expect(this.page.getByTestId('ed-number')).toHaveText(/^8D/);
  }

  /** From the 8D editor back to its case. */
  async backToCase(): Promise<void> {
    await this.page.getByRole('link', { name: /^返回案件/ }).click();
  }

  async survey(answers: string[], remarks = ''): Promise<void> {
    await this.tab('回访');
    const items = this.page.getByRole('radiogroup');
    await expect(items).toHaveCount(10);
    for (let i = 0; i < 10; i++) await items.nth(i).getByRole('radio', { name: answers[i] ?? answers[answers.length - 1]! }).check();
    if (remarks) await this.field('客户意见 / 备注').fill(remarks);
    await this.page.getByRole('button', { name: '保存调查结果' }).click();
  }
}
