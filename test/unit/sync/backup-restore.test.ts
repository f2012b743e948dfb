// 备份与恢复 (issue 20.2): a backup holds every table, the attachments' bytes
// and the PC settings; restoring it on a wiped or another PC and then syncing
// loses nothing the share has; a damaged backup is refused whole.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportTables, LATEST_SCHEMA_VERSION, openDeskDatabase, type DeskDatabase } from '../../../renderer/db';
import { makeBackup, restoreBackup, type BackupHost } from '../../../renderer/state/backup';
import { BackupRefused } from '../../../shared/archive/backup';
import { intake } from '../renderer/db/helpers';
import { makePc, type Pc } from './pcs';
import { folderBackend, type ShareBackend } from './share-backends';

let folder: ShareBackend;
beforeAll(async () => {
  folder = await folderBackend();
});
afterAll(async () => folder?.close());

let n = 0;
const freshDb = () => openDeskDatabase(`restored-${++n}`, { indexedDB: new IDBFactory(), IDBKeyRange });
const scratchOf = () => ({ name: `scratch-${++n}`, indexedDB: new IDBFactory(), IDBKeyRange });
const hostOf = (pc: Pc): BackupHost => ({
  updateSettings: (patch) => pc.settings.update(patch),
  renewAfterRestore: (id) => pc.service.renewAfterRestore(id),
});
const noHost: BackupHost = { updateSettings: () => Promise.resolve(null), renewAfterRestore: () => Promise.resolve(null) };

/** A with one published case and its photo, one case not yet published, backed up; then A and B write more to the share. */
async function scene() {
  const dir = await folder.fresh();
  const a = await makePc('a', dir);
  const b = await makePc('b', dir);
  const c1 = await a.repos.cases.create(intake({ customerName: '备份前客户' }));
  await a.repos.attachments.add(c1.id, { ownerId: c1.id, fileName: '照片.jpg', mimeType: 'image/jpeg', bytes: new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3]) });
  await a.round();
  await b.round();
  a.clock.now += 60_000;
  const c2 = await a.repos.cases.create(intake({ customerName: '备份时未发布' }));
  await a.settings.update({ attachmentMaxBytes: 5 * 1024 * 1024 });
  const tables = await exportTables(a.db);
  const backup = await makeBackup(a.db, { version: '0.2.0', settings: a.settings.get(), now: a.clock.now });
  // After the backup: A publishes c2 and writes c3; B writes c4.
  a.clock.now += 60_000;
  const c3 = await a.repos.cases.create(intake({ customerName: '备份后 A' }));
  await a.round();
  b.clock.now = a.clock.now;
  const c4 = await b.repos.cases.create(intake({ customerName: '备份后 B' }));
  await b.round();
  return { dir, a, b, tables, backup, ids: [c1.id, c2.id, c3.id, c4.id] };
}

async function repack(backup: Uint8Array, change: (zip: JSZip) => Promise<void> | void): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(backup);
  await change(zip);
  return zip.generateAsync({ type: 'uint8array' });
}

async function refusal(db: DeskDatabase, bytes: Uint8Array): Promise<BackupRefused> {
  const error = await restoreBackup(db, bytes, noHost, scratchOf()).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(BackupRefused);
  return error as BackupRefused;
}

describe('backup and restore', () => {
  it('back up, wipe, restore: every table comes back as it was, ops with their published flags, attachments with their bytes', async () => {
    const { tables, backup } = await scene();
    expect(Object.keys(tables).sort()).toContain('ops');
    expect(tables.blobs).toHaveLength(1);
    expect(tables.ops!.some((op) => op.published === 0)).toBe(true);
    const wiped = await freshDb();
    const report = await restoreBackup(wiped, backup, noHost, scratchOf());
    expect(report.manifest.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(report.manifest.files['db/ops.json']).toMatch(/^[0-9a-f]{64}$/);
    const restored = await exportTables(wiped);
    expect(Object.keys(restored).sort()).toEqual(Object.keys(tables).sort());
    for (const name of Object.keys(tables)) expect(restored[name], name).toEqual(tables[name]);
  }, 60_000);

  it('restored over a wiped database on the same PC: a new device id, then one round brings what the share got since, and pushes what the backup had not published', async () => {
    const { dir, a, b, backup, ids } = await scene();
    const oldId = a.settings.get().deviceId;
    // The browser data was wiped; the profile (settings.json, same device id, same machine) is still there.
    const again = await makePc('a', dir, { profile: a.profile, fingerprint: 'fp-a', clock: a.clock });
    expect(again.settings.get().deviceId).toBe(oldId);
    const report = await restoreBackup(again.db, backup, hostOf(again), scratchOf());
    expect(report.renewedTo).not.toBeNull();
    expect(again.settings.get().deviceId).toBe(report.renewedTo);
    expect(again.settings.get().deviceId).not.toBe(oldId);
    expect(again.settings.get().attachmentMaxBytes).toBe(5 * 1024 * 1024); // the PC settings came back
    expect((await again.repos.cases.listAll()).map((r) => r.id).sort()).toEqual(ids.slice(0, 2).sort());

    const round = await again.round();
    expect(round.pushError ?? null).toBeNull();
    expect((await again.repos.cases.listAll()).map((r) => r.id).sort()).toEqual([...ids].sort());
    expect(await again.sync.pendingCount()).toBe(0);
    // Nothing went out under the old id after the restore.
    const own = await again.db.ops.filter((op) => op.deviceId === again.settings.get().deviceId).toArray();
    expect(own.map((op) => op.entityId)).toContain(ids[1]);
    await b.round();
    expect((await b.repos.cases.listAll()).map((r) => r.id).sort()).toEqual([...ids].sort());
    expect(await b.db.table('conflicts').count()).toBe(0);
  }, 60_000);

  it('restored on another PC: that PC keeps its own new device id and catches up from the share', async () => {
    const { dir, a, backup, ids } = await scene();
    const other = await makePc('c', dir);
    const report = await restoreBackup(other.db, backup, hostOf(other), scratchOf());
    expect(report.renewedTo).toBeNull(); // it never held the backup's id
    expect(other.settings.get().deviceId).not.toBe(a.settings.get().deviceId);
    expect(other.settings.get().stationCode).toBe(a.settings.get().stationCode); // the PC settings are the backup's
    await other.round();
    expect((await other.repos.cases.listAll()).map((r) => r.id).sort()).toEqual([...ids].sort());
    expect(await other.sync.pendingCount()).toBe(0);
  }, 60_000);

  it('a damaged backup is refused whole with the reason, and the database is left as it was', async () => {
    const { backup } = await scene();
    const target = await makePc('t', await folder.fresh());
    await target.repos.cases.create(intake({ customerName: '本机原有' }));
    const before = await exportTables(target.db);
    const settingsBefore = target.settings.get();

    const cases = [
      ['notZip', backup.slice(0, Math.floor(backup.length / 2))],
      ['noManifest', await repack(backup, (zip) => void zip.remove('manifest.json'))],
      ['badChecksum', await repack(backup, (zip) => void zip.file('db/cases.json', '[]'))],
      ['missingFile', await repack(backup, (zip) => void zip.remove('db/ops.json'))],
      [
        'newerSchema',
        await repack(backup, async (zip) => {
          const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as { schemaVersion: number };
          zip.file('manifest.json', JSON.stringify({ ...manifest, schemaVersion: LATEST_SCHEMA_VERSION + 1 }));
        }),
      ],
      [
        'badContent',
        await repack(backup, async (zip) => {
          // Checksums right, settings wrong: refused before any table is touched.
          const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as { files: Record<string, string> };
          const bad = JSON.stringify({ stationCode: '!!' });
          const { createHash } = await import('node:crypto');
          zip.file('settings.json', bad);
          zip.file('manifest.json', JSON.stringify({ ...manifest, files: { ...manifest.files, 'settings.json': createHash('sha256').update(bad).digest('hex') } }));
        }),
      ],
    ] as const;
    for (const [reason, bytes] of cases) {
      const error = await restoreBackup(target.db, bytes, hostOf(target), scratchOf()).catch((e: unknown) => e);
      expect(error, reason).toBeInstanceOf(BackupRefused);
      expect((error as BackupRefused).reason, (error as Error).message).toBe(reason);
      expect(await exportTables(target.db)).toEqual(before);
      expect(target.settings.get()).toEqual(settingsBefore);
    }
    expect((await refusal(await freshDb(), new Uint8Array([1, 2, 3]))).reason).toBe('notZip');
  }, 60_000);
});

describe('a backup made by an older schema', () => {
  it('is upgraded by the app’s own schema steps, then restored', async () => {
    const factory = new IDBFactory();
    const old = await openDeskDatabase('old-app', { indexedDB: factory, IDBKeyRange, upToVersion: 16 });
    await old.meta.put({ key: 'sync:shareId', value: 'share-1' });
    const oldTables = await exportTables(old);
    expect(Object.keys(oldTables)).not.toContain('repairOrders');
    const { packBackup } = await import('../../../shared/archive/backup');
    const { defaultSettings } = await import('../../../shared/domain/settings');
    const settings = { ...defaultSettings('3f2b8c1e-7d4a-4c2b-9e1f-0a1b2c3d4e5f'), stationCode: 'B' };
    const bytes = await packBackup({ appVersion: '0.1.0', schemaVersion: 16, deviceId: settings.deviceId, stationCode: 'B', createdAt: Date.UTC(2026, 10, 23) }, { tables: oldTables, settings });
    old.close();
    const db = await freshDb();
    const report = await restoreBackup(db, bytes, noHost, scratchOf());
    expect(report.manifest.schemaVersion).toBe(16);
    expect(await db.meta.get('sync:shareId')).toEqual({ key: 'sync:shareId', value: 'share-1' });
    expect(await db.table('repairOrders').count()).toBe(0);
  }, 60_000);
});
