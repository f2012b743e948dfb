// The 8D report end to end (issue 6): register a complaint, open an 8D from
// the case, fill D1–D8 (the field checks and the "more inspection is not
// prevention" refusal on the way), make the clerk head of quality in
// settings, approve, close, and export the Word document — in the web host a
// browser download, which must be a real .docx with the 8D number, the
// customer and the D2/D6 photos in it — and print it to PDF through the print dialog.
// Then revise it (issue 19.6/19.7): re-open with a reason (refused without one)
// as Rev.1, add a 举一反三 row and mark it affected (a D3 containment action is
// opened), and export the approved Rev.0 as it was.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { readImageInfo } from '../../shared/report/image-size';
import { sidewaysJpeg } from '../fixtures/jpeg-exif';
import { CaseFile } from './models/case-file';
import { Desk, E2E_PASSWORD, IntakeForm, signAs } from './models/desk';
import { EightDEditor } from './models/eight-d';
import { wordText, zipEntries } from './models/zip-entries';
import { expect, test } from './fixtures';
import { screenshotPath } from './screenshots';

const CUSTOMER = '常州汇川电子有限公司';
const PHOTO = 'test/fixtures/eightd/photo-320x240.jpg';

/** The 320 × 240 JPEG as a phone held upright stores it: EXIF orientation 6 (to be turned 90° clockwise). */
function sidewaysPhoto(): string {
  const path = test.info().outputPath('sideways-photo.jpg');
  writeFileSync(path, sidewaysJpeg(new Uint8Array(readFileSync(PHOTO))));
  return path;
}

/** A 2400 × 1800 PNG (a phone-sized photo), written once into the test output folder. */
function largePhoto(): string {
  const png = new PNG({ width: 2400, height: 1800 });
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      png.data[i] = (x * 7) % 256;
      png.data[i + 1] = (y * 5) % 256;
      png.data[i + 2] = ((x + y) * 3) % 256;
      png.data[i + 3] = 255;
    }
  }
  const path = test.info().outputPath('large-photo.png');
  writeFileSync(path, PNG.sync.write(png));
  return path;
}

test('8D: open from the case, fill D1–D8, approve as head of quality, close, export Word', async ({ page, host }) => {
  test.setTimeout(300_000);
  const desk = new Desk(page);
  await desk.open(host.url);
  await desk.setUp('B', '王丽');
  await desk.nav('新建投诉').click();
  const intake = new IntakeForm(page);
  await intake.fill({ customerName: CUSTOMER, productModel: 'QX-210A', partNumber: 'P-100234', lotNumber: 'L2611-07', quantityDelivered: 5000, quantityInspected: 200, quantityDefective: 12, defectDescription: '波峰焊连锡，功能失效。' });
  const caseNumber = await intake.save();

  // From the case's 措施 tab: 新建 8D 报告 opens the editor.
  const cf = new CaseFile(page);
  await cf.tab('措施');
  await expect(page.getByTestId('case-eightds')).toContainText('本案件还没有 8D 报告');
  await page.getByRole('button', { name: '新建 8D 报告' }).click();
  const ed = new EightDEditor(page);
  await expect(ed.number()).toHaveText(/^8D\d{8}/);
  const number = ((await ed.number().textContent()) ?? '').trim();
  await expect(ed.status()).toHaveText('进行中');
  await expect(page.getByTestId('ed-customer')).toHaveText(CUSTOMER);
  await expect(page.getByRole('link', { name: `返回案件 ${caseNumber}` })).toBeVisible();
  for (const d of ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8'] as const) await expect(ed.progress(d)).toHaveAttribute('data-complete', 'false');
  // The containment reply is due 24 h after opening, shown as an open deadline.
  await expect(page.getByTestId('ed-containment-due')).toContainText('回复期限');

  // The workbench lists the open 8D with its next due date, and opens it.
  await desk.nav('工作台').click();
  await expect(page.getByTestId('wb-eightd-item')).toContainText(number);
  await expect(page.getByTestId('wb-eightd-item')).toContainText('8D 围堵回复');
  await page.getByTestId('wb-eightd-item').click();
  await expect(ed.number()).toHaveText(number);

  // D1: a team of two.
  await expect(page.getByTestId('ed-missing-D1')).toContainText('请指定一名组长');
  await ed.addMember({ name: '王丽', role: '组长', department: '品质部', responsibility: '原因分析', contact: '0519-8888 1234' });
  await ed.addMember({ name: '陈工', role: '组员', department: '深圳华强电路', organisation: '供应商', responsibility: '供应商改善' });
  await ed.expectComplete('D1');

  // D2: the problem in the customer's terms, 5W2H.
  await ed.fillProblem(
    {
      '客户描述（客户原话）': '来料检验发现 12 台控制板连锡，上电后不工作。',
      'What 什么问题': 'PCBA 连锡导致功能失效',
      'Where 在哪里发现': '客户来料检验',
      'When 何时发现': '2026-11-20',
      'How many 数量': '12 / 200',
      受影响批次: 'L2611-07',
      '受影响 Date code': '2646',
    },
    '首次发生',
  );
  await ed.expectComplete('D2');
  await ed.addPhoto('D2', sidewaysPhoto());

  // D3: the quantities are checked at the field; the containment action and the reply to the customer.
  const d3 = ed.adder('D3');
  await ed.field('检查数量', d3).fill('-5');
  await expect(d3.getByText('不能为负数')).toBeVisible();
  await ed.field('检查数量', d3).fill('abc');
  await expect(d3.getByText('请输入数字')).toBeVisible();
  await ed.addContainment({ description: '成品仓库存全数筛选', location: '成品仓', owner: '王丽', startedOn: '2026-11-21', finishedOn: '2026-11-22', inspected: '500', defective: '3', result: '目检 + 功能测试，隔离 3 台' });
  await expect(ed.section('D3').getByTestId('ed-containment')).toContainText('3 / 500');
  await ed.section('D3').getByRole('button', { name: '记录已回复客户' }).click();
  await expect(page.getByTestId('ed-containment-due')).toContainText('已于');
  await ed.expectComplete('D3');

  // D4: occurrence and escape causes on the fishbone, each with a why chain, verified.
  await ed.addRootCause('occurrence', { category: '法 Method', description: '波峰焊预热温度偏低', whys: ['焊锡未充分润湿', '预热温度设定 90 ℃，低于工艺要求', '换线后未按作业指导书核对参数'], verification: '按 110 ℃ 复现试验 200 pcs 无连锡' });
  await ed.addRootCause('escape', { category: '测 Measurement', description: 'AOI 未检出连锡', whys: ['AOI 程序未覆盖该焊点', '新料号导入时未更新 AOI 程序'], verification: '更新程序后 AOI 可 100% 检出样品' });
  await ed.expectComplete('D4');

  // D5: a permanent corrective action; D6: implemented, then verified.
  const d5 = ed.adder('D5');
  await ed.field('纠正措施', d5).fill('预热温度纳入换线点检表，设定 110 ℃ 并加锁');
  await ed.field('负责人', d5).fill('陈工');
  await d5.getByLabel('完成期限').fill('2026-12-05');
  await d5.getByRole('button', { name: '添加纠正措施' }).click();
  await expect(ed.section('D5').getByTestId('ed-corrective')).toHaveCount(1);
  await ed.expectComplete('D5');
  const d6 = ed.section('D6');
  await d6.getByTestId('ed-verification').getByRole('button', { name: '标记已实施' }).click();
  await d6.locator('form').getByRole('button', { name: '标记已实施' }).click();
  await expect(d6.getByTestId('ed-corrective-status')).toContainText('已实施');
  await d6.getByTestId('ed-verification').getByRole('button', { name: '验证' }).click();
  await ed.field('验证方法与结果', d6.locator('form')).fill('连续 3 批 6000 pcs 无连锡');
  await d6.locator('form').getByRole('button', { name: '验证', exact: true }).click();
  await expect(d6.getByTestId('ed-corrective-status')).toContainText('已验证');
  await ed.expectComplete('D6');
  await ed.addPhoto('D6', largePhoto());

  // D7: "more inspection" is refused as prevention, at the field, and nothing typed is lost.
  // D7 holds two adders (prevention, then 举一反三): the prevention one by its button.
  const d7 = ed.section('D7').locator('form').filter({ has: page.getByRole('button', { name: '添加预防措施' }) });
  await ed.field('预防措施', d7).fill('加强检验，每批全检');
  await ed.field('负责人', d7).fill('王丽');
  await d7.getByRole('button', { name: '添加预防措施' }).click();
  await expect(d7.getByText('不是预防措施')).toBeVisible();
  await expect(ed.field('负责人', d7)).toHaveValue('王丽');
  await expect(ed.section('D7').getByTestId('ed-prevention')).toHaveCount(0);
  await ed.choose('更新内容', 'FMEA', d7);
  await ed.field('预防措施', d7).fill('PFMEA 增加预热温度失效模式，控制计划增加换线核对');
  await ed.field('文件编号 / 版本', d7).fill('PFMEA-QX210 Rev.C');
  await d7.getByRole('button', { name: '添加预防措施' }).click();
  await expect(ed.section('D7').getByTestId('ed-prevention')).toHaveCount(1);
  await ed.expectComplete('D7');

  // D8: team recognition; approval is the head of quality's (品质主管): the step says who may sign it.
  const d8 = ed.section('D8');
  await ed.field('团队表彰', d8).fill('感谢 8D 小组两周内完成改善。');
  await d8.getByTestId('ed-save-D8').click();
  await expect(page.getByText('已保存', { exact: true }).first()).toBeVisible();
  await expect(d8.getByRole('button', { name: '批准（质量负责人）' })).toHaveCount(0);
  await expect(d8.getByTestId('who-may-sign')).toContainText('此步骤需由 品质主管（8D） 签字，但目前没有经办人拥有该角色');
  const reportUrl = page.url();
  await desk.giveRoles('王丽', ['品质主管（8D）']);
  await page.goto(reportUrl);
  await expect(ed.number()).toHaveText(number);
  await ed.field('批准意见', d8).fill('同意结案。');
  await d8.getByRole('button', { name: '批准（质量负责人）' }).click();
  await signAs(page, `批准 8D 报告 ${number}`);
  await expect(page.getByTestId('ed-approved')).toContainText('已由 王丽');
  await expect(ed.status()).toHaveText('已批准，待结案');
  await d8.getByRole('button', { name: '8D 结案' }).click();
  await signAs(page, `关闭 8D 报告 ${number}`);
  await expect(page.getByTestId('ed-closed')).toBeVisible();
  await expect(ed.status()).toHaveText('已结案');
  for (const d of ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8'] as const) await ed.expectComplete(d);
  await page.evaluate(() => document.querySelector('[data-testid="ed-number"]')?.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: screenshotPath('eightd.png'), fullPage: false });

  // Export Word: bilingual headings; in the web host the document is a browser download.
  await page.getByTestId('ed-export-word').click();
  const dialog = page.getByTestId('ed-export-dialog');
  await dialog.getByRole('checkbox', { name: /中英双语标题/ }).check();
  const downloadPromise = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '导出', exact: true }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe(`${number}.docx`);
  const docx = readFileSync(await download.path());
  expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
  const entries = zipEntries(docx);
  expect(entries.has('[Content_Types].xml')).toBe(true);
  const text = wordText(entries.get('word/document.xml')?.toString('utf8') ?? '');
  expect(text).toContain(number);
  expect(text).toContain(CUSTOMER);
  expect(text).toContain('PFMEA-QX210 Rev.C');
  // The D2 and D6 photos are embedded (their bytes read from the attachments store), drawn upright
  // (renderer/ui/attachments/scaledImage.ts): the small sideways phone JPEG turned to 240 × 320, the
  // 2400 × 1800 PNG as a JPEG of 1600 px.
  const media = [...entries.keys()].filter((name) => name.startsWith('word/media/'));
  expect(media).toHaveLength(2);
  const sizes = media.map((name) => readImageInfo(new Uint8Array(entries.get(name)!))).map((info) => info && `${info.type} ${info.width}x${info.height}`);
  expect(sizes.sort()).toEqual(['jpg 1600x1200', 'jpg 240x320']);
  expect(entries.get('word/document.xml')?.toString('utf8').match(/<w:drawing>/g)).toHaveLength(2);
  await expect(page.getByText(`已下载 ${number}.docx`)).toBeVisible();
  await expect(dialog).toBeHidden();

  // The choice is remembered in the settings.
  await page.getByTestId('ed-export-word').click();
  await expect(dialog.getByRole('checkbox', { name: /中英双语标题/ })).toBeChecked();
  await dialog.getByRole('button', { name: '取消' }).click();

  // 打印 / PDF: the print dialog with the 8D form; the saved PDF has the 8D's text.
  await page.getByTestId('ed-print').click();
  const print = page.getByTestId('print-dialog');
  await expect(print).toBeVisible();
  await expect(print.getByTestId('print-form')).toHaveValue('eightD');
  const pdfPromise = page.waitForEvent('download');
  await print.getByTestId('print-save-pdf').click();
  const pdf = await pdfPromise;
  expect(pdf.suggestedFilename()).toBe(`8D 报告-${number}.pdf`);
  const pdfFile = await pdf.path();
  expect(readFileSync(pdfFile).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const pdfText = execFileSync('pdftotext', [pdfFile, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(pdfText).toContain(number);
  expect(pdfText).toContain(CUSTOMER);
  await print.getByRole('button', { name: '关闭' }).click();

  // Closed: off the workbench's list.
  await desk.nav('工作台').click();
  await expect(page.getByTestId('wb-eightd')).toContainText('没有未结的 8D 报告');
  await page.goBack();

  // The case lists its 8D with its status.
  await page.getByRole('link', { name: `返回案件 ${caseNumber}` }).click();
  await cf.tab('措施');
  await expect(page.getByTestId('case-eightd')).toContainText(number);
  await expect(page.getByTestId('case-eightd')).toContainText('已结案');

  // Revise: the approved report is Rev.0; re-opening needs a reason and the head of quality's signature.
  await page.goto(reportUrl);
  await expect(page.getByTestId('ed-revision')).toHaveText('版本 Rev.0');
  await expect(d8.getByTestId('ed-revision-row')).toHaveCount(1);
  await expect(d8.getByTestId('ed-revision-row')).toContainText('初版');
  await d8.getByTestId('ed-reopen').click();
  const signDialog = page.getByRole('dialog', { name: '电子签名' });
  await signDialog.locator('input[name="sign-password"]').fill(E2E_PASSWORD);
  await signDialog.getByRole('button', { name: '签名确认' }).click();
  await expect(signDialog.getByText('请填写修订原因')).toBeVisible();
  await signDialog.getByTestId('ed-reopen-reason').fill('客户要求补充同料号机型的举一反三结果');
  await signAs(page, `重新打开 8D 报告 ${number}，修订为 Rev.1`);
  await expect(page.getByTestId('ed-revision')).toHaveText('版本 Rev.1');
  await expect(ed.status()).toHaveText('进行中');
  await expect(d8.getByTestId('ed-revision-row')).toHaveCount(2);
  await expect(d8.getByTestId('ed-revision-row').nth(1)).toContainText('客户要求补充同料号机型的举一反三结果');
  await expect(d8.getByTestId('ed-revision-row').nth(1)).toContainText('修订中，未批准');

  // 举一反三 on D7: a related model, marked affected → a D3 containment action is opened for it.
  const checks = ed.section('D7').getByTestId('ed-horizontal');
  const checkForm = checks.locator('form').last();
  await checkForm.getByTestId('ed-check-subject').fill('QX-220B');
  await checkForm.getByRole('button', { name: '添加检查项' }).click();
  await expect(checks.getByTestId('ed-check')).toHaveCount(1);
  await expect(page.getByTestId('ed-missing-D7')).toContainText('举一反三「QX-220B」尚未标记结论');
  await checks.getByTestId('ed-check-mark').click();
  const resultForm = checks.locator('form').filter({ has: page.getByRole('button', { name: '标记结论' }) });
  await ed.choose('结论', '受影响', resultForm);
  await expect(resultForm.getByTestId('ed-check-containment')).toContainText('将在 D3 新建');
  await resultForm.getByRole('button', { name: '标记结论' }).click();
  await expect(checks.getByTestId('ed-check-result')).toHaveText('受影响');
  await expect(checks.getByTestId('ed-check')).toContainText('→ D3 #2');
  await expect(ed.section('D3').getByTestId('ed-containment')).toHaveCount(2);
  await expect(ed.section('D3').getByTestId('ed-containment').nth(1)).toContainText('举一反三：QX-220B 隔离并筛选');
  await ed.expectComplete('D7');

  // The approved Rev.0 still exports as it was: without the new row.
  await page.getByTestId('ed-export-word').click();
  await dialog.getByRole('combobox', { name: '版本' }).click();
  await page.getByRole('listbox').getByRole('option', { name: /^Rev\.0/ }).click();
  const rev0Promise = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '导出', exact: true }).click();
  const rev0 = await rev0Promise;
  expect(rev0.suggestedFilename()).toBe(`${number}-Rev.0.docx`);
  const rev0Text = wordText(zipEntries(readFileSync(await rev0.path())).get('word/document.xml')?.toString('utf8') ?? '');
  expect(rev0Text).toContain('Rev.0');
  expect(rev0Text).not.toContain('QX-220B');
});
