// Printing end to end in the web host: register a case, open the print
// dialog from the case page, preview the complaint form as a PDF and save it
// (the browser download is a PDF with the case number in its text).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Desk, IntakeForm } from './models/desk';
import { chooseOption } from './models/select';
import { expect, test } from './fixtures';

test('print preview and save as PDF from a case', async ({ page, host }) => {
  test.setTimeout(120_000);
  const desk = new Desk(page);
  await desk.open(host.url);
  await desk.setUp('B', '王丽');
  await desk.nav('新建投诉').click();
  const form = new IntakeForm(page);
  await form.fill({
    customerName: '华东电器有限公司 <script>alert(1)</script>',
    contactPerson: '李工',
    productModel: 'QX-210A',
    quantityDelivered: 5000,
    quantityInspected: 200,
    quantityDefective: 12,
    defectDescription: '来料检验发现外壳划痕、丝印模糊。</td>',
    requests: ['退货'],
  });
  const caseNumber = await form.save();

  await page.getByTestId('case-print').click();
  const dialog = page.getByTestId('print-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('print-preview-button').click();
  const preview = dialog.getByTestId('print-preview');
  // The first preview launches the web host's chromium (the dialog shows 正在生成预览… meanwhile):
  // on a busy two-core machine that alone took over 10 s, the default wait.
  await expect(preview).toHaveAttribute('src', /^blob:/, { timeout: 60_000 });
  // Chromium's PDF viewer draws the pages a moment after the blob loads.
  await page.waitForTimeout(2500);
  await page.screenshot({ path: 'test-results/print-previews/e2e-print-dialog.png' });

  const downloadPromise = page.waitForEvent('download');
  await dialog.getByTestId('print-save-pdf').click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe(`客户投诉处理单-${caseNumber}.pdf`);
  const file = await download.path();
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(text).toContain(caseNumber);
  expect(text).toContain('客户投诉处理单');
  expect(text).toContain('<script>alert(1)</script>');

  // The 催办单 carries what the clerk writes on it: a reply-by in the past is refused at the field.
  await chooseOption(page, dialog, '表单', '催办单');
  const reminder = dialog.getByTestId('reminder-fields');
  await reminder.getByLabel('要求答复时间').fill('2020-01-15T16:30');
  await expect(reminder).toContainText('答复时间不能早于现在');
  await dialog.getByTestId('print-save-pdf').click();
  await expect(dialog.getByRole('alert').filter({ hasText: '请先改正要求答复时间' })).toBeVisible();
  await reminder.getByLabel('要求答复时间').fill('2099-01-15T16:30');
  await reminder.getByLabel('催办说明').fill('请品质部明早前回复围堵结果');
  const reminderDownload = page.waitForEvent('download');
  await dialog.getByTestId('print-save-pdf').click();
  const reminderPdf = await (await reminderDownload).path();
  const reminderText = execFileSync('pdftotext', [reminderPdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(reminderText).toContain('催办单');
  expect(reminderText).toContain('请品质部明早前回复围堵结果');
  expect(reminderText).toContain('2099-01-1516:30');

  // The return paperwork (issue 19.9 / 19.3): the 成品退货单 in its four copies, the 收货数量确认单 with the case's tolerance.
  const savedText = async (formName: string) => {
    await chooseOption(page, dialog, '表单', formName);
    const saved = page.waitForEvent('download');
    await dialog.getByTestId('print-save-pdf').click();
    const pdf = await (await saved).path();
    return { text: execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ''), pages: Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]) };
  };
  const slip = await savedText('成品退货单');
  expect(slip.pages).toBe(4);
  for (const s of [caseNumber, '第一联业务部存根', '第二联成品仓储存', '第三联会计科存', '第四联业务部存', '来料检验发现外壳划痕']) expect(slip.text).toContain(s);
  const receipt = await savedText('收货数量确认单');
  expect(receipt.text).toContain('±5%（本公司规定）');
  expect(receipt.text).toContain('客户确认（签名/盖章）');
  await dialog.getByRole('button', { name: '关闭' }).click();

  // The save is recorded on the case; the clerk ticks "signed copy received".
  await expect(page.getByTestId('print-history')).toContainText('客户投诉处理单 · 保存 PDF · 3 份');
  await expect(page.getByTestId('print-history')).toContainText('催办单 · 保存 PDF');
  await expect(page.getByTestId('print-history')).toContainText('成品退货单 · 保存 PDF · 4 份');
  // Controlled by the stored mark: checked once the write is back.
  await page.getByRole('checkbox', { name: '已收回签字件' }).click();
  await expect(page.getByRole('checkbox', { name: '已收回签字件' })).toBeChecked();
  await expect(page.getByTestId('case-print-panel')).toContainText('王丽 于');

  // A USB scanner reading the label anywhere in the app opens the case (keyboard wedge: a fast burst + Enter).
  await desk.nav('台账').click();
  await expect(page).not.toHaveURL(/cases\//);
  // A scanner sends the whole code within a few milliseconds; Playwright's keyboard.type takes 20–50 ms
  // per key on a loaded machine, so the burst is dispatched in the page, as the scanner's keystrokes arrive.
  await page.evaluate((code) => {
    const target = document.activeElement ?? document.body;
    for (const key of [...code, 'Enter']) target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  }, `QD:${caseNumber}`);
  await expect(page.getByTestId('case-number')).toHaveText(caseNumber);

  // The search box in the app bar does the same by hand.
  await desk.nav('台账').click();
  await page.getByTestId('case-scan-box').fill(caseNumber);
  await page.getByTestId('case-scan-box').press('Enter');
  await expect(page.getByTestId('case-number')).toHaveText(caseNumber);
});
