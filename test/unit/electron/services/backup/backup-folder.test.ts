import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackupFolder } from '../../../../../electron/services/backup/backup-folder';
import { silentLogger } from '../../../../../electron/services/errors';
import { openSettingsStore } from '../../../../../electron/services/settings-store';
import { backupFileName } from '../../../../../shared/archive/backup-names';
import { tempDir } from '../../helpers';

const T = Date.UTC(2026, 10, 23, 2, 0, 0);
const DAY = 24 * 3600 * 1000;

async function setUp(keep: number) {
  const folder = join(await tempDir(), 'backups');
  const settingsStore = await openSettingsStore({ profilePath: await tempDir(), logger: silentLogger, now: () => T });
  await settingsStore.update({ backup: { folder, keep } });
  return { folder, backups: createBackupFolder({ settingsStore, logger: silentLogger }) };
}

describe('backup folder', () => {
  it('takes a backup in chunks, resumes at the size it has, checks the hash, keeps the newest N only', async () => {
    const { folder, backups } = await setUp(2);
    const bytes = new Uint8Array(1000).map((_, i) => i % 251);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const put = (fileName: string, offset: number, end: number) => backups.put({ fileName, sha256, offset, total: bytes.length, data: bytes.subarray(offset, end) });
    const names = [0, 1, 2].map((d) => backupFileName('B', T + d * DAY));
    for (const name of names) {
      expect(await put(name, 0, 400)).toMatchObject({ done: false, received: 400 });
      expect(await put(name, 700, 1000)).toMatchObject({ done: false, received: 400 }); // a gap: resume at 400
      expect(await put(name, 400, 1000)).toMatchObject({ done: true, received: 1000, path: join(folder, name) });
    }
    await writeFile(join(folder, 'readme.txt'), 'not a backup');
    expect((await readdir(folder)).sort()).toEqual([names[1], names[2], 'readme.txt'].sort());
    expect(await readFile(join(folder, names[2]!))).toEqual(Buffer.from(bytes));
    expect((await backups.list()).backups.map((b) => b.fileName)).toEqual([names[2], names[1]]);

    const wrong = await backups.put({ fileName: backupFileName('B', T + 5 * DAY), sha256: '0'.repeat(64), offset: 0, total: 3, data: new Uint8Array([1, 2, 3]) }).catch((e: unknown) => e);
    expect(String(wrong)).toMatch(/arrived with hash/);
    expect((await readdir(folder)).sort()).toEqual([names[1], names[2], 'readme.txt'].sort());
  });

  it('without a folder says so', async () => {
    const settingsStore = await openSettingsStore({ profilePath: await tempDir(), logger: silentLogger, now: () => T });
    const backups = createBackupFolder({ settingsStore, logger: silentLogger });
    expect(await backups.list()).toEqual({ folder: null, keep: 7, backups: [] });
    await expect(backups.put({ fileName: backupFileName('B', T), sha256: '0'.repeat(64), offset: 0, total: 1, data: new Uint8Array(1) })).rejects.toThrow(/noBackupFolder/);
  });
});
