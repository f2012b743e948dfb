/**
 * 备份与恢复 (issue 20.2), the renderer's half: the database lives here
 * (IndexedDB), so the backup is made and restored here; the host writes the
 * file to the backup folder and owns the device identity.
 *
 * Restore order, so a damaged backup changes nothing: read and check the
 * whole file (shared/archive/backup.ts) and the settings in it, then replace
 * every table in one transaction, then the PC settings, then tell main,
 * which renews the device id when this PC holds the backup's. The restored
 * ops keep their published flags and the meta keeps the sync cursors and
 * share id, so the next sync round is additive: it pulls only what the
 * share has beyond the backup's cursors and pushes only what the backup had
 * not published (re-stamped to this PC's id; an op the share already holds
 * keeps its id and merges as a duplicate).
 */
import { BackupRefused, packBackup, readBackup, type BackupManifest } from '../../shared/archive/backup';
import { settingsPatchSchema, type Settings, type SettingsPatch } from '../../shared/domain/settings';
import { backupFileName } from '../../shared/archive/backup-names';
import { exportTables, LATEST_SCHEMA_VERSION, webSha256Hex, replaceTables, UnknownTableError, type DeskDatabase, type OpenOptions } from '../db';
import { getDesktopApi } from '../platform';
import { DATABASE_PREFIX, sessionStore } from './session-store';
import { uploadInChunks } from './chunked-upload';

export interface BackupHost {
  updateSettings(patch: SettingsPatch): Promise<unknown>;
  /** Main renews the device id when this PC holds the backup's; the new id or null. */
  renewAfterRestore(backupDeviceId: string): Promise<string | null>;
}

export async function makeBackup(db: DeskDatabase, app: { version: string; settings: Settings; now: number }): Promise<Uint8Array> {
  const tables = await exportTables(db);
  return packBackup(
    { appVersion: app.version, schemaVersion: LATEST_SCHEMA_VERSION, deviceId: app.settings.deviceId, stationCode: app.settings.stationCode, createdAt: app.now },
    { tables, settings: app.settings },
    webSha256Hex,
  );
}

/** The backup's PC settings without the identity (main's alone), checked before anything is changed. */
function settingsOf(value: unknown): SettingsPatch {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new BackupRefused('badContent', 'settings.json is not a settings object');
  const { deviceId: _d, deviceFingerprint: _f, databaseId: _b, ...rest } = value as Record<string, unknown>;
  const parsed = settingsPatchSchema.safeParse(rest);
  if (!parsed.success) throw new BackupRefused('badContent', `settings.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

export interface RestoreReport {
  manifest: BackupManifest;
  /** This PC's new device id when it held the backup's; null when it already had another. */
  renewedTo: string | null;
}

/** `scratch`: the name (and IndexedDB, in tests) of the scratch database an older backup is upgraded in. */
export async function restoreBackup(db: DeskDatabase, bytes: Uint8Array, host: BackupHost, scratch: { name: string } & OpenOptions): Promise<RestoreReport> {
  const { manifest, content } = await readBackup(bytes, { schemaVersion: LATEST_SCHEMA_VERSION }, webSha256Hex);
  const settings = settingsOf(content.settings);
  try {
    await replaceTables(db, content.tables, manifest.schemaVersion, scratch);
  } catch (error) {
    if (error instanceof UnknownTableError) throw new BackupRefused('badContent', error.message);
    throw error;
  }
  await host.updateSettings(settings);
  const renewedTo = await host.renewAfterRestore(manifest.deviceId);
  return { manifest, renewedTo };
}

function openDatabase(): DeskDatabase {
  const db = sessionStore.getState().sync?.db;
  if (!db) throw new Error('The database is not open yet.');
  return db;
}

/** 立即备份: this PC's database and settings into the backup folder (main keeps the newest N). */
export async function backupNow(): Promise<{ fileName: string; path: string | null; removed: string[] }> {
  const api = getDesktopApi();
  const { settings, now } = sessionStore.getState();
  if (!settings) throw new Error('The settings are not loaded yet.');
  const info = await api.appInfo();
  const at = now();
  const bytes = await makeBackup(openDatabase(), { version: info.version, settings: await api.getSettings(), now: at });
  const fileName = backupFileName(settings.stationCode, at);
  const sha256 = await webSha256Hex(bytes);
  const r = await uploadInChunks(bytes, { fileName, sha256, what: 'backup' }, (chunk) => api.backupPut(chunk));
  return { fileName, path: r.path, removed: r.removed };
}

/** 恢复: replaces this PC's database and settings with the backup's (checked whole first); the app then starts again. */
export async function restoreFromBytes(bytes: Uint8Array): Promise<RestoreReport> {
  const api = getDesktopApi();
  return restoreBackup(
    openDatabase(),
    bytes,
    {
      updateSettings: (patch) => api.updateSettings(patch),
      renewAfterRestore: async (deviceId) => (await api.backupRestored({ deviceId })).renewedTo,
    },
    { name: `${DATABASE_PREFIX}restore-scratch` },
  );
}
