// Issue 20.6: the archive folder takes a file in chunks, never overwrites one, hands it back, and never follows a link.
import { createHash } from 'node:crypto';
import { mkdir, readdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createArchiveFolder } from '../../../../../electron/services/archive/archive-folder';
import { silentLogger } from '../../../../../electron/services/errors';
import { openSettingsStore } from '../../../../../electron/services/settings-store';
import { archiveFileName } from '../../../../../shared/archive/case-archive';
import { tempDir } from '../../helpers';

const T = Date.UTC(2026, 10, 23, 2, 0, 0);

async function setUp(over: { share?: boolean } = {}) {
  const root = await tempDir();
  const settingsStore = await openSettingsStore({ profilePath: await tempDir(), logger: silentLogger, now: () => T });
  if (over.share) await settingsStore.update({ sharePath: join(root, 'share') });
  else await settingsStore.update({ archiveFolder: join(root, 'archives') });
  return { root, archives: createArchiveFolder({ settingsStore, logger: silentLogger }) };
}

describe('archive folder', () => {
  it('is <share>/archive unless one is chosen; takes a file in chunks, checks its hash, never overwrites, reads it back', async () => {
    const { root, archives } = await setUp({ share: true });
    const bytes = new Uint8Array(1000).map((_, i) => i % 251);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const name = archiveFileName('A', T);
    const put = (offset: number, end: number) => archives.put({ fileName: name, sha256, offset, total: bytes.length, data: bytes.subarray(offset, end) });
    expect(await put(0, 400)).toMatchObject({ done: false, received: 400 });
    expect(await put(700, 1000)).toMatchObject({ done: false, received: 400 });
    expect(await put(400, 1000)).toMatchObject({ done: true, path: join(root, 'share', 'archive', name) });
    expect(String(await put(0, 1000).catch((e: unknown) => e))).toMatch(/exists already/);
    await writeFile(join(root, 'share', 'archive', 'notes.txt'), 'x');
    expect(await archives.list()).toEqual({ folder: join(root, 'share', 'archive'), files: [{ fileName: name, size: 1000 }] });
    const first = await archives.read({ fileName: name, offset: 0 });
    expect(first.total).toBe(1000);
    expect(Buffer.from(first.data, 'base64')).toEqual(Buffer.from(bytes));
    expect((await archives.read({ fileName: name, offset: 1000 })).data).toBe('');
  });

  it('refuses a wrong hash and leaves nothing; never follows a link', async () => {
    const { root, archives } = await setUp();
    const wrong = await archives.put({ fileName: archiveFileName('A', T), sha256: '0'.repeat(64), offset: 0, total: 3, data: new Uint8Array([1, 2, 3]) }).catch((e: unknown) => e);
    expect(String(wrong)).toMatch(/arrived with hash/);
    expect(await readdir(join(root, 'archives'))).toEqual([]);
    await mkdir(join(root, 'elsewhere'));
    await writeFile(join(root, 'elsewhere', 'secret.qarc'), 'x');
    const linked = archiveFileName('A', T + 1000);
    await symlink(join(root, 'elsewhere', 'secret.qarc'), join(root, 'archives', linked));
    expect((await archives.list()).files).toEqual([]);
    expect(String(await archives.read({ fileName: linked, offset: 0 }).catch((e: unknown) => e))).toMatch(/link/);
  });
});
