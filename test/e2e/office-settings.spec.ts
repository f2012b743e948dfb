// Office settings (issue 16.1): the settings page tells the office's rules from this PC's, a change of a
// rule is saved for the whole office, and its history says who changed what when.
import { CaseFile } from './models/case-file';
import { Desk, IntakeForm, Ledger } from './models/desk';
import { expect, test } from './fixtures';
import { screenshotPath } from './screenshots';
import { zipEntries } from './models/zip-entries';
import { startWebHost } from './web-host';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

test('a deadline rule is an office setting with its history', async ({ page, host }) => {
  const desk = new Desk(page);
  await desk.open(host.url);
  await desk.setUp('E', '钱管理');
  await desk.nav('设置').click();

  await expect(page.getByTestId('settings-deadlines-scope')).toHaveText('全办公室');
  await expect(page.getByTestId('settings-station-scope')).toHaveText('仅本机');
  const rules = page.getByTestId('deadline-rules');
  const domestic = rules.getByLabel('结案期限·内销（天）');
  await expect(domestic).toHaveValue('13');
  await domestic.fill('abc');
  await rules.getByRole('button', { name: '保存期限规则' }).click();
  await expect(rules.getByText('请填写 0–365 之间的数字')).toBeVisible();
  await domestic.fill('10');
  await rules.getByRole('button', { name: '保存期限规则' }).click();
  await expect(page.getByText('期限规则已保存')).toBeVisible();

  await page.getByRole('button', { name: '查看变更记录' }).click();
  const entry = page.getByTestId('office-history-entry').filter({ has: page.getByText('期限规则', { exact: true }) });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText('钱管理');
  await expect(entry).toContainText('结案期限·内销（天） 13');
  await expect(entry).toContainText('结案期限·内销（天） 10');
  await page.getByTestId('office-history').scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('office-settings-history.png'), fullPage: true });

  // The office value is what the app uses after a restart too.
  await page.reload();
  await desk.signIn('钱管理'); // a reload is a new start: the clerk signs in again
  await desk.nav('设置').click();
  await expect(page.getByTestId('deadline-rules').getByLabel('结案期限·内销（天）')).toHaveValue('10');
});

test('the survey form is an office setting: wording and threshold checked, saved, in the history', async ({ page, host }) => {
  const desk = new Desk(page);
  await desk.open(host.url);
  await desk.setUp('E', '钱管理');
  await desk.nav('设置').click();

  await expect(page.getByTestId('settings-survey-form-scope')).toHaveText('全办公室');
  const form = page.getByTestId('survey-form-settings');
  const q2 = form.locator('textarea[name="q2.zh"]');
  await expect(q2).toHaveValue('您对我厂提供的产品质量在总体上感觉如何？');
  const threshold = form.getByLabel('满意分数线（分）');
  await expect(threshold).toHaveValue('80');
  await q2.fill('  ');
  await threshold.fill('75');
  await form.getByRole('button', { name: '保存调查表' }).click();
  await expect(form.getByText('请填写中文')).toBeVisible();
  await expect(form.getByText('请填写 40–100 之间的偶数')).toBeVisible();
  await q2.fill('您对产品质量的总体评价？');
  await threshold.fill('70');
  await form.getByRole('button', { name: '保存调查表' }).click();
  await expect(page.getByText('满意度调查表已保存')).toBeVisible();
  await page.getByRole('region', { name: '满意度调查表' }).screenshot({ path: screenshotPath('office-settings-survey-form.png') });

  await page.getByRole('button', { name: '查看变更记录' }).click();
  const entry = page.getByTestId('office-history-entry').filter({ has: page.getByText('满意度调查表', { exact: true }) });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText('80 分以上为满意；第 2 题：您对我厂提供的产品质量在总体上感觉如何？');
  await expect(entry).toContainText('70 分以上为满意；第 2 题：您对产品质量的总体评价？');

  // The survey on the case page asks in the office's wording and judges with its threshold: 7 × 8 + 3 × 6 = 74 is satisfied at 70.
  await desk.register('华东电器有限公司');
  const cf = new CaseFile(page);
  await cf.tab('回访');
  await expect(page.getByText('2. 您对产品质量的总体评价？')).toBeVisible();
  const items = page.getByRole('radiogroup');
  await expect(items).toHaveCount(10);
  for (let i = 0; i < 10; i++) await items.nth(i).getByRole('radio', { name: i < 7 ? '满意 8' : '一般 6' }).check();
  await expect(page.getByTestId('survey-score')).toHaveText('合计 74 / 100');
  await expect(page.getByText('满意（≥70 分）')).toBeVisible();
});

// Issue 20.4: the about box names this PC for IT, and 导出诊断包 gives a zip with the logs, the share doctor's report and the versions.
test('the about box shows this PC’s identity and paths; the diagnostics pack downloads', async ({ browser }) => {
  const share = await mkdtemp(join(tmpdir(), 'e2e-share-'));
  const host = await startWebHost({ shareDir: share });
  const page = await browser.newPage();
  try {
    const desk = new Desk(page);
    await desk.open(host.url);
    await desk.setUp('D', '周信息');
    await desk.nav('设置').click();
    const settings = JSON.parse(await readFile(join(host.profileDir, 'settings.json'), 'utf8')) as { deviceId: string; sharePath: string };
    const about = page.getByTestId('about-box');
    await expect(about).toContainText(`设备编号${settings.deviceId}`);
    await expect(about).toContainText('站点代码D');
    await expect(about).toContainText(`数据目录${host.profileDir}`);
    await expect(about).toContainText(`共享文件夹${settings.sharePath}`);

    const exportPack = async () => {
      const downloading = page.waitForEvent('download');
      await page.getByTestId('diagnostics-export').click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/^diagnostics-D-\d{8}-\d{4}\.zip$/);
      return zipEntries(await readFile(await download.path()));
    };
    const first = await exportPack();
    await expect(page.getByText('诊断包已下载')).toBeVisible();
    expect(JSON.parse(first.get('about.json')!.toString('utf8'))).toMatchObject({ app: { host: 'web' }, pc: { deviceId: settings.deviceId, stationCode: 'D', profilePath: host.profileDir } });
    expect(JSON.parse(first.get('share-doctor.json')!.toString('utf8'))).toMatchObject({ share: settings.sharePath, errors: [] });
    // The first pack is in the log, so the second one carries it.
    const second = await exportPack();
    expect(second.get('logs/desk.log')!.toString('utf8')).toMatch(/INFO {2}diagnostics: pack diagnostics-D-\d{8}-\d{4}\.zip made/);
  } finally {
    await page.close();
    await host.stop();
    await rm(share, { recursive: true, force: true });
  }
});

// Issue 20.2: 备份与恢复 in the settings: a backup folder and how many are kept, 立即备份, and 恢复…
// which refuses a damaged file with nothing changed, and after a restore starts again with a new device id
// and loses nothing (the PC's own later writes come back from its durable journal).
test('backup now into the backup folder; a damaged file is refused; a restore renews the device id and loses nothing', async ({ page, host }) => {
  const folder = await mkdtemp(join(tmpdir(), 'e2e-backups-'));
  try {
    const desk = new Desk(page);
    await desk.open(host.url);
    await desk.setUp('R', '吴备份');
    await desk.nav('新建投诉').click();
    const form = new IntakeForm(page);
    await form.fill({ customerName: '备份前客户', productModel: 'BK-1', defectDescription: '外壳开裂', quantityDelivered: 10, quantityInspected: 10, quantityDefective: 1 });
    const before = await form.save();

    await desk.nav('设置').click();
    const section = page.locator('section[aria-labelledby="settings-backup"]');
    await section.getByLabel('备份文件夹').fill(folder);
    await section.getByLabel('保留份数').fill('3');
    await section.getByRole('button', { name: '保存', exact: true }).click();
    await expect(page.getByText('备份设置已保存')).toBeVisible();
    await section.getByTestId('backup-now').click();
    await expect(page.getByText(/^已备份：desk-backup-R-\d{8}-\d{6}\.zip$/)).toBeVisible();
    const files = (await readdir(folder)).filter((f) => f.endsWith('.zip'));
    expect(files).toHaveLength(1);
    await expect(section.getByTestId('backup-list')).toContainText(files[0]!);
    const oldId = (JSON.parse(await readFile(join(host.profileDir, 'settings.json'), 'utf8')) as { deviceId: string }).deviceId;

    await desk.nav('新建投诉').click();
    await form.fill({ customerName: '备份后客户', productModel: 'BK-2', defectDescription: '按键失灵', quantityDelivered: 10, quantityInspected: 10, quantityDefective: 2 });
    const after = await form.save();

    // A truncated backup: refused with the reason, nothing changed.
    await desk.nav('设置').click();
    const bytes = await readFile(join(folder, files[0]!));
    await section.locator('input[type="file"]').setInputFiles({ name: 'broken.zip', mimeType: 'application/zip', buffer: bytes.subarray(0, bytes.length >> 1) });
    await page.getByTestId('backup-restore-confirm').click();
    await expect(section.getByText(/备份已损坏或不适用，未做任何更改：notZip/)).toBeVisible();

    // The real one: restored, the app starts again under a new device id, both cases there.
    await section.locator('input[type="file"]').setInputFiles(join(folder, files[0]!));
    await page.getByTestId('backup-restore-confirm').click();
    await desk.signIn('吴备份');
    const newId = (JSON.parse(await readFile(join(host.profileDir, 'settings.json'), 'utf8')) as { deviceId: string }).deviceId;
    expect(newId).not.toBe(oldId);
    await desk.nav('台账').click();
    const ledger = new Ledger(page);
    for (const number of [before, after]) {
      await ledger.search().fill(number);
      await expect(ledger.rows()).toHaveCount(1);
    }
    await desk.nav('设置').click();
    await expect(page.getByTestId('about-box')).toContainText(`设备编号${newId}`);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
