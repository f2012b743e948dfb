import { chmod, mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDocumentSaver, type SaveDialogRequest } from '../../../../../electron/services/files/document-saver';
import { HandlerError } from '../../../../../electron/services/errors';
import { openSettingsStore } from '../../../../../electron/services/settings-store';
import { quietLogger, tempDir } from '../../helpers';

const DOCX = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('word/document.xml 8D20261123A001')]);
const PDF = Buffer.from('%PDF-1.7 8D');

async function rejection(promise: Promise<unknown>): Promise<HandlerError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof HandlerError)) throw new Error(`expected a HandlerError, got ${String(error)}`);
  return error;
}

async function setup(choose: (request: SaveDialogRequest) => string | null) {
  const profilePath = await tempDir('desk-save-profile-');
  const settingsStore = await openSettingsStore({ profilePath, logger: quietLogger().logger, now: () => Date.parse('2026-11-23T02:00:00Z') });
  const requests: SaveDialogRequest[] = [];
  const save = createDocumentSaver({
    settingsStore,
    fallbackFolder: '/home/clerk/Documents',
    chooseSavePath: (request) => {
      requests.push(request);
      return Promise.resolve(choose(request));
    },
  });
  return { settingsStore, requests, save };
}

describe('saving a document through the host dialog', () => {
  it('saves the bytes where the clerk chose and opens the next dialog in that folder', async () => {
    const folder = await tempDir('desk-save-target-');
    const { settingsStore, requests, save } = await setup((request) => join(folder, request.defaultPath.split('/').pop()!));
    const first = await save({ fileName: '8D20261123A001', kind: 'docx', dataBase64: DOCX.toString('base64') });
    expect(first).toEqual({ saved: true, path: join(folder, '8D20261123A001.docx') });
    expect(await readFile(first.path!)).toEqual(DOCX);
    expect(requests[0]).toEqual({ defaultPath: '/home/clerk/Documents/8D20261123A001.docx', filters: [{ name: 'Word', extensions: ['docx'] }] });
    expect(settingsStore.get().eightD.exportFolder).toBe(folder);

    await save({ fileName: 'report.pdf', kind: 'pdf', dataBase64: PDF.toString('base64') });
    expect(requests[1]!.defaultPath).toBe(join(folder, 'report.pdf'));
    expect(requests[1]!.filters).toEqual([{ name: 'PDF', extensions: ['pdf'] }]);

    // The statistics workbook: a zip like .docx, offered as Excel.
    const workbook = await save({ fileName: '客户投诉案件统计表_2026-11', kind: 'xlsx', dataBase64: DOCX.toString('base64') });
    expect(workbook.path).toBe(join(folder, '客户投诉案件统计表_2026-11.xlsx'));
    expect(requests[2]!.filters).toEqual([{ name: 'Excel', extensions: ['xlsx'] }]);
  });

  it('suggests a name that is safe on Windows', async () => {
    const { requests, save } = await setup(() => null);
    await save({ fileName: '..\\8D:客户<华东>?', kind: 'docx', dataBase64: DOCX.toString('base64') });
    expect(requests[0]!.defaultPath).toBe('/home/clerk/Documents/8D_客户_华东__.docx');
  });

  it('reports a cancelled dialog as not saved and remembers nothing', async () => {
    const { settingsStore, save } = await setup(() => null);
    expect(await save({ fileName: 'a.docx', kind: 'docx', dataBase64: DOCX.toString('base64') })).toEqual({ saved: false, path: null });
    expect(settingsStore.get().eightD.exportFolder).toBeNull();
  });

  it('refuses bytes that are not the kind they claim, before any dialog', async () => {
    const { requests, save } = await setup(() => '/tmp/never.docx');
    const notWord = await rejection(save({ fileName: 'a', kind: 'docx', dataBase64: PDF.toString('base64') }));
    expect(notWord).toMatchObject({ code: 'badArguments' });
    expect(notWord.message).toContain('not a Word document');
    await expect(save({ fileName: 'a', kind: 'pdf', dataBase64: DOCX.toString('base64') })).rejects.toMatchObject({ code: 'badArguments' });
    expect(requests).toHaveLength(0);
  });

  it('says the host has no dialog when there is none (web host: the renderer downloads)', async () => {
    const profilePath = await tempDir('desk-save-profile-');
    const save = createDocumentSaver({ settingsStore: await openSettingsStore({ profilePath, logger: quietLogger().logger, now: () => Date.parse('2026-11-23T02:00:00Z') }) });
    await expect(save({ fileName: 'a', kind: 'docx', dataBase64: DOCX.toString('base64') })).rejects.toBeInstanceOf(HandlerError);
    await expect(save({ fileName: 'a', kind: 'docx', dataBase64: DOCX.toString('base64') })).rejects.toMatchObject({ code: 'unavailable' });
  });

  it.skipIf(process.getuid?.() === 0)('fails with the file name and reason when the folder cannot be written, leaving no partial file', async () => {
    const folder = await tempDir('desk-save-readonly-');
    await mkdir(join(folder, 'locked'));
    await chmod(join(folder, 'locked'), 0o500);
    const { settingsStore, save } = await setup(() => join(folder, 'locked', 'a.docx'));
    const failure = await rejection(save({ fileName: 'a', kind: 'docx', dataBase64: DOCX.toString('base64') }));
    expect(failure).toMatchObject({ code: 'failed' });
    expect(failure.message).toMatch(/^could not save a\.docx: E[A-Z]+$/);
    expect(await readdir(join(folder, 'locked'))).toEqual([]);
    expect(settingsStore.get().eightD.exportFolder).toBeNull();
  });

  it('fails with the file name and reason when the chosen folder does not exist; the whole path only in the cause, for the log', async () => {
    const folder = await tempDir('desk-save-missing-');
    const target = join(folder, 'gone', 'a.docx');
    const { settingsStore, save } = await setup(() => target);
    const failure = await rejection(save({ fileName: 'a', kind: 'docx', dataBase64: DOCX.toString('base64') }));
    expect(failure).toMatchObject({ code: 'failed', message: 'could not save a.docx: ENOENT' });
    expect(String((failure.cause as Error).message)).toContain(folder);
    expect(settingsStore.get().eightD.exportFolder).toBeNull();
  });
});
