// Re-seeding a lost share from a PC (issue 20.3), end to end: desk A works
// on a share, the share folder is emptied, the admin of A re-seeds it from
// 设置 → 共享文件夹 → 从本机重建共享, and a new desk B joining the re-seeded
// share finds A's case in its ledger.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { Desk, IntakeForm, Ledger } from './models/desk';
import { expect, test } from './fixtures';
import { startWebHost } from './web-host';

async function syncNow(page: Page): Promise<void> {
  await expect(page.getByTestId('sync-now')).toBeEnabled();
  await page.getByTestId('sync-now').click();
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-phase', 'idle');
}

test('an admin re-seeds an emptied share from this PC; a new PC then finds its cases there', async ({ browser }) => {
  test.setTimeout(180_000);
  const share = await mkdtemp(join(tmpdir(), 'e2e-reseed-'));
  const hostA = await startWebHost({ shareDir: share });
  let hostB: Awaited<ReturnType<typeof startWebHost>> | null = null;
  try {
    const a = await (await browser.newContext()).newPage();
    const deskA = new Desk(a);
    await deskA.open(hostA.url);
    await deskA.setUp('A', '甲');
    await deskA.nav('新建投诉').click();
    const form = new IntakeForm(a);
    await form.fill({ customerName: '重建客户', productModel: 'SY-9', defectDescription: '外壳裂纹', quantityDelivered: 100, quantityInspected: 10, quantityDefective: 2 });
    const caseNumber = await form.save();
    await syncNow(a);
    const oldShareId = (JSON.parse(await readFile(join(share, 'qsync', 'root.json'), 'utf8')) as { shareId: string }).shareId;

    // The share is lost: its folder emptied.
    await rm(join(share, 'qsync'), { recursive: true, force: true });
    await deskA.nav('设置').click();
    const section = a.getByTestId('reseed-share');
    await section.getByTestId('reseed-share-button').click();
    await a.getByRole('dialog', { name: '从本机重建共享？' }).getByTestId('reseed-share-confirm').click();
    await expect(section.getByTestId('reseed-share-outcome')).toContainText('已重建共享');
    const root = JSON.parse(await readFile(join(share, 'qsync', 'root.json'), 'utf8')) as { shareId: string; reseededFrom: string };
    expect(root.reseededFrom).toBe(oldShareId);
    expect(root.shareId).not.toBe(oldShareId);
    await syncNow(a);

    hostB = await startWebHost({ shareDir: share });
    const b = await (await browser.newContext()).newPage();
    await new Desk(b).open(hostB.url);
    await new Desk(b).setUp('B', '乙');
    await syncNow(b);
    await new Desk(b).nav('台账').click();
    const ledger = new Ledger(b);
    await ledger.search().fill(caseNumber);
    await expect(ledger.rows()).toHaveCount(1);
  } finally {
    await hostA.stop();
    await hostB?.stop();
    await rm(share, { recursive: true, force: true });
  }
});
