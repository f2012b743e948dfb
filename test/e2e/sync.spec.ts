// Replication end to end: two web hosts with their own profiles on one
// shared folder. A case made on A appears on B; concurrent edits of one
// field show up in B's conflict list on the case page, without a reload; a
// form left open on B while A's edit arrives writes only what B's clerk
// changed (A's edit stays) or shows the clash as a conflict.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type Page } from '@playwright/test';
import { Desk, fieldByLabel, IntakeForm, Ledger } from './models/desk';
import { expect, test } from './fixtures';
import { startWebHost } from './web-host';

async function syncNow(page: Page): Promise<void> {
  const status = page.getByTestId('sync-status');
  await expect(page.getByTestId('sync-now')).toBeEnabled();
  await page.getByTestId('sync-now').click();
  await expect(status).toHaveAttribute('data-phase', 'idle');
}

async function editDefective(page: Page, value: string): Promise<void> {
  await page.getByRole('button', { name: '编辑' }).click();
  await fieldByLabel(page, '不良数').fill(value);
  await page.getByRole('button', { name: '保存修改' }).click();
  await expect(page.getByText(/^已保存 /)).toBeVisible();
}

/** Two web hosts on one new share folder, a desk set up on each (stations A and B); removed afterwards. */
async function withTwoDesks(browser: Browser, run: (a: Page, b: Page) => Promise<void>): Promise<void> {
  const share = await mkdtemp(join(tmpdir(), 'e2e-share-'));
  const hostA = await startWebHost({ shareDir: share });
  const hostB = await startWebHost({ shareDir: share });
  try {
    const a = await (await browser.newContext()).newPage();
    const b = await (await browser.newContext()).newPage();
    await new Desk(a).open(hostA.url);
    await new Desk(a).setUp('A', '甲');
    await new Desk(b).open(hostB.url);
    await new Desk(b).setUp('B', '乙');
    await run(a, b);
  } finally {
    await hostA.stop();
    await hostB.stop();
    await rm(share, { recursive: true, force: true });
  }
}

/** A registers a case and syncs; B syncs, finds it in its ledger and opens it. */
async function openOnB(a: Page, b: Page, customer: string): Promise<void> {
  const deskA = new Desk(a);
  await deskA.nav('新建投诉').click();
  const form = new IntakeForm(a);
  await form.fill({ customerName: customer, productModel: 'SY-2', defectDescription: '按键失灵', quantityDelivered: 100, quantityInspected: 10, quantityDefective: 2 });
  const caseNumber = await form.save();
  await syncNow(a);
  await syncNow(b);
  await new Desk(b).nav('台账').click();
  const ledger = new Ledger(b);
  await ledger.search().fill(caseNumber);
  await expect(ledger.rows()).toHaveCount(1);
  await ledger.rows().first().click();
  await expect(b.getByText(customer).first()).toBeVisible();
}

test('a form left open on B while A’s edit lands: A’s edit stays; the same field becomes a visible conflict', async ({ browser }) => {
  test.setTimeout(180_000);
  await withTwoDesks(browser, async (a, b) => {
    await openOnB(a, b, '陈旧表单客户');

    // B opens the edit form and types a new defective count; A changes the lot number meanwhile.
    await b.getByRole('button', { name: '编辑' }).click();
    await fieldByLabel(b, '不良数').fill('9');
    await a.getByRole('button', { name: '编辑' }).click();
    await fieldByLabel(a, '批次号 / Date code').fill('LOT-A');
    await a.getByRole('button', { name: '保存修改' }).click();
    await expect(a.getByText(/^已保存 /)).toBeVisible();
    await syncNow(a);
    await syncNow(b);
    // The open form follows the field B's clerk did not touch, and keeps what they typed.
    await expect(fieldByLabel(b, '批次号 / Date code')).toHaveValue('LOT-A');
    await expect(fieldByLabel(b, '不良数')).toHaveValue('9');
    await b.getByRole('button', { name: '保存修改' }).click();
    await expect(b.getByText(/^已保存 /)).toBeVisible();
    await syncNow(b);
    await syncNow(a);
    for (const page of [a, b]) {
      await expect(page.getByText('LOT-A').first()).toBeVisible();
      await expect(page.getByTestId('case-conflicts')).toHaveCount(0);
    }

    // Now both change the defective count: B's form was opened before A's value arrived.
    await b.getByRole('button', { name: '编辑' }).click();
    await fieldByLabel(b, '不良数').fill('8');
    await a.getByRole('button', { name: '编辑' }).click();
    await fieldByLabel(a, '不良数').fill('6');
    await a.getByRole('button', { name: '保存修改' }).click();
    await expect(a.getByText(/^已保存 /)).toBeVisible();
    await syncNow(a);
    await syncNow(b);
    await b.getByRole('button', { name: '保存修改' }).click();
    // B's page shows the clash at once, without a reload: 8 kept, 6 (A's) in the list.
    const conflicts = b.getByTestId('case-conflicts');
    await expect(conflicts.getByTestId('case-conflict-row')).toHaveCount(1);
    await expect(conflicts.getByTestId('case-conflict-row')).toContainText('8');
    await expect(conflicts.getByTestId('case-conflict-row')).toContainText('6');
    await syncNow(b);
    await syncNow(a);
    await expect(a.getByTestId('case-conflicts').getByTestId('case-conflict-row')).toHaveCount(1);
  });
});

test('a case made on A appears on B; concurrent edits show in B’s conflict list', async ({ browser }) => {
  test.setTimeout(120_000);
  await withTwoDesks(browser, async (a, b) => {
    await openOnB(a, b, '同步测试客户');

    // Both edit the defective count before either syncs.
    await editDefective(a, '5');
    await editDefective(b, '7');
    await syncNow(a);
    await syncNow(b);
    const conflicts = b.getByTestId('case-conflicts');
    await expect(conflicts).toBeVisible();
    await expect(conflicts.getByTestId('case-conflict-row')).toHaveCount(1);
    await expect(conflicts).toContainText('5');
    await expect(conflicts).toContainText('7');
  });
});
