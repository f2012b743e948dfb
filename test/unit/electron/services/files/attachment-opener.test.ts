// The attachment opener with each host's way of opening files injected:
// Electron (shell.openPath + shell.showItemInFolder) and the web host
// (xdg-open, no folder view). Hostile files never reach either.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAttachmentOpener } from '../../../../../electron/services/files/attachment-opener';
import { systemOpenCommand } from '../../../../../electron/services/files/system-opener';
import { OLE2, SAMPLES } from '../../../shared/files/samples';
import { quietLogger, tempDir } from '../../helpers';

function attachment(fileName: string, bytes: Uint8Array) {
  return { fileName, sha256: createHash('sha256').update(bytes).digest('hex'), dataBase64: Buffer.from(bytes).toString('base64') };
}

const HOSTS = [
  { host: 'electron', reveals: true },
  { host: 'web host', reveals: false },
] as const;

async function setup(reveals: boolean, options: { openResult?: string; platform?: NodeJS.Platform } = {}) {
  const cacheDir = await tempDir('desk-open-');
  const opened: string[] = [];
  const revealed: string[] = [];
  const log = quietLogger();
  const open = createAttachmentOpener({
    cacheDir,
    logger: log.logger,
    ...(options.platform ? { platform: options.platform } : {}),
    openPath: (path) => {
      opened.push(path);
      return Promise.resolve(options.openResult ?? '');
    },
    ...(reveals ? { showItemInFolder: (path: string) => void revealed.push(path) } : {}),
  });
  return { cacheDir, opened, revealed, open, log };
}

const HOSTILE: [string, Uint8Array, string][] = [
  ['质量报告.pdf.exe', SAMPLES.exe, 'program'],
  ['x.bat', SAMPLES.exe, 'program'],
  ['x.hta', SAMPLES.elf, 'program'],
  ['x.lnk', SAMPLES.lnk, 'program'],
  ['.desktop', SAMPLES.elf, 'program'],
  ['x.sh', SAMPLES.shellScript, 'program'],
  ['照片.jpg      .hta', SAMPLES.exe, 'program'],
  ['setup.msi', OLE2.msi, 'program'],
  ['setup.msi', OLE2.doc, 'nameMismatch'],
  ['报告.docm', SAMPLES.docm, 'macros'],
  ['photos.zip', SAMPLES.plainZip, 'unknownType'],
];

describe.each(HOSTS)('openAttachment in the $host', ({ reveals }) => {
  it.each(HOSTILE)('refuses %j (%#) as %s: nothing written, opened or revealed', async (fileName, bytes, reason) => {
    const { cacheDir, opened, revealed, open, log } = await setup(reveals);
    await expect(open(attachment(fileName, bytes))).resolves.toEqual({ outcome: 'refused', reason });
    expect(opened).toEqual([]);
    expect(revealed).toEqual([]);
    expect(await readdir(cacheDir)).toEqual([]);
    expect(log.lines.join('\n')).toContain(JSON.stringify(fileName));
  });

  it.each([
    ['质量报告.pdf.exe', SAMPLES.pdf, '质量报告.pdf'],
    ['照片.jpg      .hta', SAMPLES.jpeg, '照片.jpg'],
    ['x.hta', SAMPLES.hta, 'x.txt'],
    ['x.bat', SAMPLES.batch, 'x.txt'],
    ['.desktop', SAMPLES.desktopEntry, 'desktop.txt'],
    ['report.pdf:evil.exe', SAMPLES.pdf, 'report.pdf'],
    ['报告.doc', OLE2.doc, '报告.doc'],
    ['会议.docx', SAMPLES.docx, '会议.docx'],
    ['现场.mp4', SAMPLES.mp4, '现场.mp4'],
  ])('opens %j (%#) as %j in the cache under its hash', async (fileName, bytes, written) => {
    const { cacheDir, opened, revealed, open } = await setup(reveals);
    const a = attachment(fileName, bytes);
    await expect(open(a)).resolves.toEqual({ outcome: 'opened', fileName: written });
    expect(opened).toHaveLength(1);
    expect(relative(cacheDir, opened[0]!)).toBe(join(a.sha256.slice(0, 16), written));
    expect(await readFile(opened[0]!)).toEqual(Buffer.from(bytes));
    expect(revealed).toEqual([]);
  });

  it('refuses bytes that do not match their hash and writes nothing', async () => {
    const { cacheDir, opened, open } = await setup(reveals);
    await expect(open({ ...attachment('x.pdf', SAMPLES.pdf), sha256: '0'.repeat(64) })).rejects.toMatchObject({ code: 'badArguments' });
    expect(opened).toEqual([]);
    expect(await readdir(cacheDir)).toEqual([]);
  });

  it('never leaves the cache folder, whatever the file name says', async () => {
    const { cacheDir, opened, open } = await setup(reveals);
    await open(attachment('../../../outside.pdf', SAMPLES.pdf));
    expect(relative(cacheDir, opened[0]!).startsWith('..')).toBe(false);
  });

  it('removes what an older version wrote for the same bytes under a hostile name', async () => {
    const { cacheDir, open } = await setup(reveals);
    const a = attachment('质量报告.pdf.exe', SAMPLES.pdf);
    const folder = join(cacheDir, a.sha256.slice(0, 16));
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, '质量报告.pdf.exe'), SAMPLES.pdf);
    await open(a);
    expect(await readdir(folder)).toEqual(['质量报告.pdf']);
    const program = attachment('x.exe', SAMPLES.exe);
    await mkdir(join(cacheDir, program.sha256.slice(0, 16)), { recursive: true });
    await writeFile(join(cacheDir, program.sha256.slice(0, 16), 'x.exe'), SAMPLES.exe);
    await open(program);
    expect(await readdir(cacheDir)).toEqual([a.sha256.slice(0, 16)]);
  });
});

describe('when the viewer cannot open a viewable file', () => {
  it('Electron shows it selected in its folder', async () => {
    const { revealed, open } = await setup(true, { openResult: 'No application is associated with the specified file' });
    await expect(open(attachment('scan.tif', SAMPLES.tiff))).resolves.toEqual({ outcome: 'revealed', fileName: 'scan.tif' });
    expect(revealed).toHaveLength(1);
    expect(revealed[0]!.endsWith('scan.tif')).toBe(true);
  });

  it('the web host reports it with the file name only', async () => {
    const { open } = await setup(false, { openResult: 'xdg-open: spawn xdg-open ENOENT' });
    const error = await open(attachment('scan.tif', SAMPLES.tiff)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'failed', message: 'the system viewer could not open scan.tif: xdg-open: spawn xdg-open ENOENT' });
  });
});

it('marks files written on Windows as from the Internet zone (Protected View)', async () => {
  const { opened, open } = await setup(true, { platform: 'win32' });
  await open(attachment('报告.docx', SAMPLES.docx));
  // On Linux the alternate stream is an ordinary file next to it.
  const zone = await readFile(`${opened[0]!}:Zone.Identifier`, 'utf8');
  expect(zone).toContain('ZoneId=3');
});

describe('systemOpenCommand', () => {
  it('uses the platform viewer', () => {
    expect(systemOpenCommand('win32', 'C:\\a.pdf')).toEqual(['explorer.exe', ['C:\\a.pdf']]);
    expect(systemOpenCommand('linux', '/tmp/a.pdf')).toEqual(['xdg-open', ['/tmp/a.pdf']]);
    expect(systemOpenCommand('darwin', '/tmp/a.pdf')).toEqual(['open', ['/tmp/a.pdf']]);
  });
});
