import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAttachmentOpener, safeFileName } from '../../../../electron/services/files/attachment-opener';
import { systemOpenCommand } from '../../../../electron/services/files/system-opener';

const bytes = Buffer.from('%PDF-1.7 检验报告扫描件');
const sha256 = createHash('sha256').update(bytes).digest('hex');

async function setup(openResult = '') {
  const cacheDir = await mkdtemp(join(tmpdir(), 'desk-open-'));
  const opened: string[] = [];
  const open = createAttachmentOpener({
    cacheDir,
    openPath: (path) => {
      opened.push(path);
      return Promise.resolve(openResult);
    },
  });
  return { cacheDir, opened, open };
}

describe('safeFileName', () => {
  it.each([
    ['检验报告.pdf', '检验报告.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['C:\\Windows\\system32\\cmd.exe', 'cmd.exe'],
    ['a<b>c:d"e|f?g*.jpg', 'a_b_c_d_e_f_g_.jpg'],
    ['CON.txt', '_CON.txt'],
    ['', 'attachment'],
    ['..', 'attachment'],
    ['trailing dots. . ', 'trailing dots'],
  ])('%j → %j', (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
  });

  it('keeps long names within 120 characters with their extension', () => {
    const name = safeFileName(`${'很长的文件名'.repeat(40)}.jpeg`);
    expect(name.length).toBeLessThanOrEqual(120);
    expect(name.endsWith('.jpeg')).toBe(true);
  });
});

describe('openAttachment', () => {
  it('writes the bytes into the cache under their hash and hands the file to the viewer', async () => {
    const { cacheDir, opened, open } = await setup();
    await expect(open({ fileName: '检验报告.pdf', sha256, dataBase64: bytes.toString('base64') })).resolves.toBeNull();
    expect(opened).toHaveLength(1);
    expect(relative(cacheDir, opened[0]!)).toBe(join(sha256.slice(0, 16), '检验报告.pdf'));
    expect(await readFile(opened[0]!)).toEqual(bytes);
  });

  it('refuses bytes that do not match their hash and writes nothing', async () => {
    const { cacheDir, opened, open } = await setup();
    await expect(open({ fileName: 'x.pdf', sha256: '0'.repeat(64), dataBase64: bytes.toString('base64') })).rejects.toMatchObject({ code: 'badArguments' });
    expect(opened).toEqual([]);
    expect(await readdir(cacheDir)).toEqual([]);
  });

  it('never leaves the cache folder, whatever the file name says', async () => {
    const { cacheDir, opened, open } = await setup();
    await open({ fileName: '../../../outside.pdf', sha256, dataBase64: bytes.toString('base64') });
    expect(relative(cacheDir, opened[0]!).startsWith('..')).toBe(false);
  });

  it('reports when the system viewer cannot open the file', async () => {
    const { open } = await setup('No application is associated with the specified file');
    await expect(open({ fileName: 'scan.tif', sha256, dataBase64: bytes.toString('base64') })).rejects.toMatchObject({
      code: 'failed',
      message: expect.stringContaining('No application') as unknown as string,
    });
  });
});

describe('systemOpenCommand', () => {
  it('uses the platform viewer', () => {
    expect(systemOpenCommand('win32', 'C:\\a.pdf')).toEqual(['explorer.exe', ['C:\\a.pdf']]);
    expect(systemOpenCommand('linux', '/tmp/a.pdf')).toEqual(['xdg-open', ['/tmp/a.pdf']]);
    expect(systemOpenCommand('darwin', '/tmp/a.pdf')).toEqual(['open', ['/tmp/a.pdf']]);
  });
});
