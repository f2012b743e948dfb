// Page object of the 8D editor (/cases/:caseId/8d/:reportId): one section
// per discipline, the fields by their visible labels inside that section,
// the progress strip, and the Word export.
import { expect, type Locator, type Page } from '@playwright/test';
import { chooseOption } from './select';

export type Discipline = 'D1' | 'D2' | 'D3' | 'D4' | 'D5' | 'D6' | 'D7' | 'D8';

export class EightDEditor {
  constructor(readonly page: Page) {}

  number(): Locator {
    return this.page.getByTestId('ed-number');
  }

  status(): Locator {
    return this.page.getByTestId('ed-status');
  }

  section(d: Discipline): Locator {
    return this.page.getByTestId(`ed-section-${d}`);
  }

  progress(d: Discipline): Locator {
    return this.page.getByTestId(`ed-progress-${d}`);
  }

  async expectComplete(d: Discipline): Promise<void> {
    await expect(this.progress(d)).toHaveAttribute('data-complete', 'true');
  }

  /** A text field by label in a scope (a section, or the add form of a section). */
  field(label: string, scope: Locator): Locator {
    return scope.getByRole('textbox', { name: label, exact: true });
  }

  /** The form that adds a record to a section (the last form in it, under its table). */
  adder(d: Discipline): Locator {
    return this.section(d).locator('form').last();
  }

  async choose(label: string, option: string, scope: Locator): Promise<void> {
    await chooseOption(this.page, scope, label, option);
  }

  /** Adds a photo file to a discipline's photos (D2, D4, D6) and waits for its thumbnail row. */
  async addPhoto(d: 'D2' | 'D4' | 'D6', path: string): Promise<void> {
    const photos = this.page.getByTestId(`ed-photos-${d}`);
    const before = await photos.getByTestId('ed-photo').count();
    await photos.locator('input[type="file"]').setInputFiles(path);
    await expect(photos.getByTestId('ed-photo')).toHaveCount(before + 1);
    await expect(photos.getByRole('img')).toHaveCount(before + 1);
  }

  async addMember(m: { name: string; role: string; department: string; organisation?: string; responsibility: string; contact?: string }): Promise<void> {
    const form = this.adder('D1');
    const before = await this.section('D1').getByTestId('ed-member').count();
    await this.field('姓名', form).fill(m.name);
    await this.choose('角色', m.role, form);
    await this.field('部门 / 公司', form).fill(m.department);
    if (m.organisation) await this.choose('所属', m.organisation, form);
    await this.field('职责', form).fill(m.responsibility);
    if (m.contact) await this.field('联系方式', form).fill(m.contact);
    await form.getByRole('button', { name: '添加成员' }).click();
    await expect(this.section('D1').getByTestId('ed-member')).toHaveCount(before + 1);
  }

  async fillProblem(fields: Record<string, string>, occurrence: string): Promise<void> {
    const d2 = this.section('D2');
    for (const [label, value] of Object.entries(fields)) await this.field(label, d2).fill(value);
    await this.choose('首次 / 重复发生', occurrence, d2);
    await d2.getByTestId('ed-save-D2').click();
    await expect(this.page.getByText('已保存', { exact: true }).first()).toBeVisible();
  }

  async addContainment(c: { description: string; location: string; owner: string; startedOn: string; finishedOn: string; inspected: string; defective: string; result: string }): Promise<void> {
    const form = this.adder('D3');
    await this.field('围堵措施', form).fill(c.description);
    await this.choose('位置', c.location, form);
    await this.field('负责人', form).fill(c.owner);
    await form.getByLabel('开始日期').fill(c.startedOn);
    await form.getByLabel('完成日期').fill(c.finishedOn);
    await this.field('检查数量', form).fill(c.inspected);
    await this.field('不良数量', form).fill(c.defective);
    await this.field('方法与结果', form).fill(c.result);
    await form.getByRole('button', { name: '添加围堵措施' }).click();
    await expect(this.section('D3').getByTestId('ed-containment')).toHaveCount(1);
  }

  /** Adds a cause to the occurrence or escape fishbone with its why chain, as a verified root cause. */
  async addRootCause(analysis: 'occurrence' | 'escape', c: { category: string; description: string; whys: string[]; verification: string }): Promise<void> {
    const bone = this.page.getByTestId(`ed-fishbone-${analysis}`);
    const form = bone.locator('form');
    await this.choose('5M1E 类别', c.category, form);
    await this.field('原因', form).fill(c.description);
    for (let i = 0; i < c.whys.length; i++) {
      if (i > 0) await form.getByRole('button', { name: '再问一个为什么' }).click();
      await this.field(`为什么 ${i + 1}`, form).fill(c.whys[i]!);
    }
    await form.getByRole('checkbox', { name: '确认为根本原因' }).check();
    await this.field('验证方法', form).fill(c.verification);
    await form.getByRole('button', { name: analysis === 'occurrence' ? '添加发生原因' : '添加流出原因' }).click();
    await expect(bone.getByTestId('ed-cause').filter({ hasText: c.description })).toBeVisible();
  }
}
