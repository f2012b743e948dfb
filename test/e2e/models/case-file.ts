// Page object of the lifecycle part of the case page: tabs, the allowed
// actions and their dialogs, and the fields by their visible labels.
import { expect, type Locator, type Page } from '@playwright/test';

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

  /** Picks an option of a select; opens the list again when a click did not open it (seen once in CI). */
  async choose(label: string, option: string, scope: Page | Locator = this.page): Promise<void> {
    const choice = this.page.getByRole('option', { name: option, exact: true });
    await expect(async () => {
      if (!(await choice.isVisible())) await scope.getByRole('combobox', { name: label }).click();
      await choice.click({ timeout: 3_000 });
    }).toPass({ timeout: 30_000 });
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
    await dialog.getByRole('button', { name: '确认' }).click();
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

  async survey(answers: string[], remarks = ''): Promise<void> {
    await this.tab('回访');
    const items = this.page.getByRole('radiogroup');
    await expect(items).toHaveCount(10);
    for (let i = 0; i < 10; i++) await items.nth(i).getByRole('radio', { name: answers[i] ?? answers[answers.length - 1]! }).check();
    if (remarks) await this.field('客户意见 / 备注').fill(remarks);
    await this.page.getByRole('button', { name: '保存调查结果' }).click();
  }
}
