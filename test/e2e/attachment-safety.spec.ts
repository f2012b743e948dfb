// Attachments never run (issue 12): a program named like a document is not
// attached and the clerk reads why; a document with a hostile name opens
// under its content's name; a program sent straight to the host (as one
// from the share would be) is refused. The web host's system viewer is a spy
// `xdg-open` on PATH that records what it is asked to open.
import { createHash } from 'node:crypto';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { test as base } from '@playwright/test';
import { CaseFile } from './models/case-file';
import { Desk, IntakeForm } from './models/desk';
import { startWebHost, type RunningHost } from './web-host';
import { expect } from './fixtures';

const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('This program cannot be run in DOS mode.')]);
const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n');

/** A web host whose xdg-open only writes its argument to a log. */
const test = base.extend<{ host: RunningHost & { opened(): Promise<string[]> } }>({
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const bin = await mkdtemp(join(tmpdir(), 'desk-xdg-'));
    const log = join(bin, 'opened.log');
    await writeFile(join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s\\n' "$1" >> '${log}'\n`);
    await chmod(join(bin, 'xdg-open'), 0o755);
    const host = await startWebHost({ env: { PATH: `${bin}:${process.env.PATH ?? ''}` } });
    const opened = async () => (await readFile(log, 'utf8').catch(() => '')).split('\n').filter(Boolean);
    await use({ ...host, opened });
    await host.stop();
    await rm(bin, { recursive: true, force: true });
  },
});

test('a program is neither attached nor opened; a hostile name opens as its content', async ({ page, host }) => {
  test.setTimeout(120_000);
  const desk = new Desk(page);
  await desk.open(host.url);
  await desk.setUp('B', '王丽');
  await desk.nav('新建投诉').click();
  const form = new IntakeForm(page);
  await form.fill({ customerName: '华东电器有限公司', productModel: 'QX-210A', partNumber: 'P-100234', lotNumber: 'L2611-07', quantityDelivered: 5000, quantityInspected: 200, quantityDefective: 12, defectDescription: '外壳划痕。' });
  await form.save();
  await new CaseFile(page).tab('附件');
  const panel = page.getByRole('region', { name: '案件', exact: true });
  const input = panel.locator('input[type=file]');

  // A Windows program named like a PDF: refused at the door, with the reason.
  await input.setInputFiles({ name: '质量报告.pdf.exe', mimeType: 'application/pdf', buffer: EXE });
  await expect(panel.getByText('质量报告.pdf.exe 是程序、脚本或快捷方式，不是文档：不予打开，它不能在本机运行。未添加为附件。')).toBeVisible();
  await expect(panel.getByTestId('attachment')).toHaveCount(0);

  // A real PDF under the same hostile name: attached, and opened as 质量报告.pdf.
  await input.setInputFiles({ name: '质量报告.pdf.exe', mimeType: 'application/octet-stream', buffer: PDF });
  await expect(panel.getByTestId('attachment')).toHaveCount(1);
  await panel.getByRole('button', { name: '质量报告.pdf.exe' }).click();
  await expect.poll(() => host.opened()).toHaveLength(1);
  expect(basename((await host.opened())[0]!)).toBe('质量报告.pdf');

  // What an older PC may have put on the share: the host refuses it and opens nothing.
  const token = new URL(host.url).hash.replace('#token=', '');
  const reply = await page.evaluate(
    async ({ token, dataBase64, sha256 }) => {
      const r = await fetch('/rpc/files:open-attachment', { method: 'POST', headers: { 'content-type': 'application/json', 'x-desk-token': token }, body: JSON.stringify({ fileName: '照片.jpg      .hta', sha256, dataBase64 }) });
      return (await r.json()) as unknown;
    },
    { token, dataBase64: EXE.toString('base64'), sha256: createHash('sha256').update(EXE).digest('hex') },
  );
  expect(reply).toEqual({ ok: true, value: { outcome: 'refused', reason: 'program' } });
  expect(await host.opened()).toHaveLength(1);
});
