// Page objects for the desk: they speak the clerk's language (labels and
// roles the screen shows in 简体中文), so the specs read like the work.
import { expect, type Locator, type Page } from '@playwright/test';

export interface ComplaintInput {
  customerName: string;
  contactPerson?: string;
  productModel: string;
  partNumber?: string;
  lotNumber?: string;
  orderNumber?: string;
  quantityDelivered?: number;
  quantityInspected?: number;
  quantityDefective?: number;
  defectDescription: string;
  requests?: string[];
  /** 接收时间 as the date-time field takes it (2025-03-03T09:00); the form's default (now) when absent. */
  receivedAt?: string;
}

/** A complaint as most specs register it: only the customer (and the time received) vary. */
export const TYPICAL_COMPLAINT: Omit<ComplaintInput, 'customerName'> = {
  productModel: 'QX-210A',
  partNumber: 'P-100234',
  lotNumber: 'L2611-07',
  quantityDelivered: 5000,
  quantityInspected: 200,
  quantityDefective: 12,
  defectDescription: '外壳划痕，丝印模糊。',
};

/** A text field by its visible label (the accessible name, without the required mark). */
export function fieldByLabel(page: Page, label: string): Locator {
  // Customer and product model are type-ahead pickers (role combobox) since master data (issue 16).
  return page.getByRole('textbox', { name: label, exact: true }).or(page.getByRole('combobox', { name: label, exact: true }));
}

/** The password the specs' clerks are given (a test value). */
export const E2E_PASSWORD = 'e2e-password-1';
/** The temporary password an admin gives a clerk they add (addClerk). */
export const E2E_TEMPORARY_PASSWORD = 'temp-pass-1';

/** Signs in the open signing dialog with E2E_PASSWORD, after checking what is signed (its meaning starts with `meaning`). */
export async function signAs(page: Page, meaning: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: '电子签名' });
  await expect(dialog.getByTestId('sign-meaning')).toContainText(meaning);
  await dialog.locator('input[name="sign-password"]').fill(E2E_PASSWORD);
  await dialog.getByRole('button', { name: '签名确认' }).click();
  await expect(dialog).toHaveCount(0);
}

export class Desk {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
  }

  /** First start on a new PC: station code, and the first clerk (who becomes admin) with a password. */
  async setUp(stationCode: string, clerk: string, password = E2E_PASSWORD): Promise<void> {
    await this.page.getByRole('heading', { name: '欢迎使用客诉退货台' }).waitFor();
    await this.page.getByLabel('站点代码').fill(stationCode);
    await this.page.getByLabel('经办人').fill(clerk);
    await fieldByLabel(this.page, '密码').fill(password);
    await this.page.getByLabel('再次输入新密码').fill(password);
    await this.page.getByRole('button', { name: '开始使用' }).click();
    await expect(this.statusBar()).toContainText(clerk);
  }

  /**
   * The sign-in screen (every start, e.g. after a reload, and after a lock):
   * this PC's last clerk is preselected; the password is typed. Found by the
   * fields' names, so it works in either UI language.
   */
  async signIn(clerk: string, password = E2E_PASSWORD): Promise<void> {
    const form = this.page.locator('form').filter({ has: this.page.locator('input[name="password"]') });
    await form.waitFor();
    await expect(form.getByRole('combobox')).toContainText(clerk);
    await form.locator('input[name="password"]').fill(password);
    await form.locator('button[type="submit"]').click();
    await expect(this.statusBar()).toContainText(clerk);
  }

  /** The admin checks `roles` (as 设置 shows them, e.g. 财务) for `clerk` in 设置 → 经办人与权限; the others stay as they are. */
  async giveRoles(clerk: string, roles: string[]): Promise<void> {
    await this.nav('设置').click();
    const clerks = this.page.getByTestId('clerks-section');
    await clerks.getByTestId('clerk-row').filter({ hasText: clerk }).getByRole('button', { name: '修改' }).click();
    const dialog = this.page.getByRole('dialog');
    for (const role of roles) await dialog.getByLabel(role, { exact: true }).check();
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toHaveCount(0);
  }

  /** The admin adds a clerk with `roles` and a temporary password (E2E_TEMPORARY_PASSWORD). */
  async addClerk(name: string, department: string, roles: string[]): Promise<void> {
    await this.nav('设置').click();
    const clerks = this.page.getByTestId('clerks-section');
    await clerks.getByRole('button', { name: '添加经办人' }).click();
    const dialog = this.page.getByRole('dialog', { name: '添加经办人' });
    await dialog.getByRole('textbox', { name: '姓名' }).fill(name);
    await dialog.getByRole('textbox', { name: '部门' }).fill(department);
    for (const role of roles) await dialog.getByLabel(role, { exact: true }).check();
    await dialog.getByLabel('临时密码').fill(E2E_TEMPORARY_PASSWORD);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toHaveCount(0);
  }

  /**
   * Locks the screen (Ctrl+L) and signs `clerk` in; a clerk added with the
   * temporary password sets E2E_PASSWORD as their own at once.
   */
  async switchTo(clerk: string, { firstTime = false } = {}): Promise<void> {
    await this.page.keyboard.press('Control+l');
    await expect(this.page.getByRole('heading', { name: '登录' })).toBeVisible();
    await this.page.getByRole('combobox', { name: '经办人' }).click();
    await this.page.getByRole('option', { name: new RegExp(`^${clerk}`) }).click();
    await this.page.locator('input[name="password"]').fill(firstTime ? E2E_TEMPORARY_PASSWORD : E2E_PASSWORD);
    await this.page.getByRole('button', { name: '登录' }).click();
    if (firstTime) {
      await expect(this.page.getByRole('heading', { name: '请设置新密码' })).toBeVisible();
      await this.page.getByLabel('临时密码').fill(E2E_TEMPORARY_PASSWORD);
      await fieldByLabel(this.page, '新密码').fill(E2E_PASSWORD);
      await this.page.getByLabel('再次输入新密码').fill(E2E_PASSWORD);
      await this.page.getByRole('button', { name: '修改' }).click();
    }
    await expect(this.statusBar()).toContainText(clerk);
  }

  /** Sets this PC's idle lock in 设置 (经办人 section), in minutes ('0' = never), and saves it. */
  async setIdleLock(minutes: string): Promise<void> {
    await this.nav('设置').click();
    const clerks = this.page.getByTestId('clerks-section');
    await clerks.getByLabel('无操作自动锁屏（分钟）').fill(minutes);
    await clerks.getByRole('button', { name: '保存', exact: true }).click();
    await expect(this.page.getByText('已保存', { exact: true })).toBeVisible();
  }

  statusBar(): Locator {
    return this.page.getByRole('contentinfo');
  }

  nav(name: string): Locator {
    return this.page.getByRole('navigation').getByRole('link', { name });
  }

  /** 新建投诉 → fill → save; the app opens the new case. Returns its number. */
  async register(customerName: string, over: Partial<ComplaintInput> = {}): Promise<string> {
    await this.nav('新建投诉').click();
    const form = new IntakeForm(this.page);
    await form.fill({ ...TYPICAL_COMPLAINT, customerName, ...over });
    return form.save();
  }
}

export class Workbench {
  constructor(readonly page: Page) {}

  /** A list of the workbench by its test id (wb-overdue, wb-due-today …). */
  list(name: string): Locator {
    return this.page.getByTestId(name);
  }

  cases(list: Locator): Locator {
    return list.getByTestId('wb-case');
  }
}

export class IntakeForm {
  constructor(readonly page: Page) {}

  field(label: string): Locator {
    return fieldByLabel(this.page, label);
  }

  async fill(input: ComplaintInput): Promise<void> {
    await this.field('客户名称').fill(input.customerName);
    if (input.contactPerson) await this.field('联系人').fill(input.contactPerson);
    await this.field('产品型号').fill(input.productModel);
    if (input.partNumber) await this.field('料号').fill(input.partNumber);
    if (input.orderNumber) await this.field('订单编号').fill(input.orderNumber);
    if (input.lotNumber) await this.field('批次号 / Date code').fill(input.lotNumber);
    if (input.quantityDelivered !== undefined) await this.field('交货数量').fill(String(input.quantityDelivered));
    if (input.quantityInspected !== undefined) await this.field('抽检数').fill(String(input.quantityInspected));
    if (input.quantityDefective !== undefined) await this.field('不良数').fill(String(input.quantityDefective));
    await this.field('现象描述').fill(input.defectDescription);
    for (const request of input.requests ?? ['退货']) await this.page.getByRole('checkbox', { name: request, exact: true }).check();
    if (input.receivedAt) await this.page.getByLabel('接收时间').fill(input.receivedAt);
  }

  /**
   * Saves and returns the new case number, read from the case page the app
   * opens — not from the notice, which may still show the previous save's number.
   */
  async save(): Promise<string> {
    await this.page.getByRole('button', { name: '保存投诉' }).click();
    await this.page.waitForURL((url) => /^#\/cases\/(?!new$)[\w-]+$/.test(url.hash));
    const caseNumber = ((await this.page.getByTestId('case-number').textContent()) ?? '').trim();
    await expect(this.page.getByText(`已登记投诉 ${caseNumber}`)).toBeVisible();
    return caseNumber;
  }
}

export class Ledger {
  constructor(readonly page: Page) {}

  search(): Locator {
    return this.page.getByLabel('搜索 编号 / 客户 / 型号 / 批次');
  }

  rows(): Locator {
    return this.page.getByTestId('ledger-row');
  }

  count(): Locator {
    return this.page.getByTestId('ledger-count');
  }

  /** 导入台账 with an Excel workbook chosen (the wizard open, before its dry run). */
  async chooseImportFile(name: string, buffer: Buffer): Promise<void> {
    await this.page.getByTestId('ledger-import').click();
    await this.page.getByTestId('ledger-import-file').setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
  }
}
