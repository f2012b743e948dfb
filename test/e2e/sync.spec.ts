// Replication end to end: two web hosts with their own profiles on one
// shared folder. A case made on A appears on B; concurrent edits of one
// field show up in B's conflict list on the case page.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Page } from '@playwright/test';
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

test('a case made on A appears on B; concurrent edits show in B’s conflict list', async ({ browser }) => {
  test.setTimeout(120_000);
  const share = await mkdtemp(join(tmpdir(), 'e2e-share-'));
  const hostA = await startWebHost({ shareDir: share });
  const hostB = await startWebHost({ shareDir: share });
  const a = await (await browser.newContext()).newPage();
  const b = await (await browser.newContext()).newPage();
  try {
    const deskA = new Desk(a);
    await deskA.open(hostA.url);
    await deskA.setUp('A', '甲');
    await deskA.nav('新建投诉').click();
    const form = new IntakeForm(a);
    await form.fill({ customerName: '同步测试客户', productModel: 'SY-1', defectDescription: '外壳开裂', quantityDelivered: 100, quantityInspected: 10, quantityDefective: 2 });
    const caseNumber = await form.save();
    await syncNow(a);

    const deskB = new Desk(b);
    await deskB.open(hostB.url);
    await deskB.setUp('B', '乙');
    await syncNow(b);
    await deskB.nav('台账').click();
    const ledger = new Ledger(b);
    await ledger.search().fill(caseNumber);
    await expect(ledger.rows()).toHaveCount(1);
    await ledger.rows().first().click();
    await expect(b.getByText('同步测试客户').first()).toBeVisible();

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
  } finally {
    await hostA.stop();
    await hostB.stop();
    await rm(share, { recursive: true, force: true });
  }
});
