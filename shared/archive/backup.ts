/**
 * The backup file (备份, issue 20.2): one zip holding every table of the
 * local database (ops, meta with the sync cursors and published flags
 * included), the attachments' bytes and this PC's settings, with
 * manifest.json naming the app and schema versions, the device id, the time
 * (the injected clock) and the sha256 of every other file. Reading checks
 * all of it before anything is restored, so a damaged backup is refused
 * whole with the reason: not a zip (truncated), no manifest, a schema newer
 * than this app's, a file missing, extra or with another checksum.
 *
 * Layout: manifest.json, settings.json, db/<table>.json (rows; binary values
 * as {"$bytes": base64}), blobs/<sha256> (the blobs table's bytes, stored undeflated; its rows
 * in db/blobs.json keep everything but `data`).
 */
import { z } from 'zod';
import { utf8Encode } from '../utf8';
import { sha256HexAsync, type AsyncHasher } from '../sync/sha256';
import { fromJsonWithBytes, toJsonWithBytes } from './json-bytes';
import { checksums, packZip, readZip, ZipReadError } from './zip';

export { backupDue, backupFileName, backupsToRemove, backupTimeOf, BACKUP_FILE_NAME } from './backup-names';

export const BACKUP_FORMAT = 'complaint-return-desk-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST = 'manifest.json';
export const SETTINGS_ENTRY = 'settings.json';

const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1),
  appVersion: z.string(),
  schemaVersion: z.number().int().min(1),
  deviceId: z.string(),
  stationCode: z.string(),
  createdAt: z.string(),
  tables: z.array(z.string()),
  files: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

export type Row = Record<string, unknown>;

export interface BackupContent {
  /** Every table by name, its rows; blobs rows carry `sha256` and `data` (the bytes). */
  tables: Record<string, Row[]>;
  settings: unknown;
}

export interface BackupHeader {
  appVersion: string;
  schemaVersion: number;
  deviceId: string;
  stationCode: string;
  /** From the injected clock. */
  createdAt: number;
}

export type BackupRefusal = 'notZip' | 'noManifest' | 'badManifest' | 'newerFormat' | 'newerSchema' | 'missingFile' | 'extraFile' | 'badChecksum' | 'badContent';

/** Why a backup cannot be restored; nothing was changed. */
export class BackupRefused extends Error {
  constructor(
    readonly reason: BackupRefusal,
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
    this.name = 'BackupRefused';
  }
}

const BLOB_TABLE = 'blobs';

function blobBytes(data: unknown): Uint8Array {
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw new Error('a blobs row has no bytes');
}

/** `hash`: the renderer passes WebCrypto's (the pure one takes a minute on a gigabyte of photos). */
export async function packBackup(header: BackupHeader, content: BackupContent, hash: AsyncHasher = sha256HexAsync): Promise<Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const [table, rows] of Object.entries(content.tables)) {
    if (table === BLOB_TABLE) {
      const meta: Row[] = [];
      for (const row of rows) {
        const { data, ...rest } = row;
        files.set(`blobs/${String(row.sha256)}`, blobBytes(data));
        meta.push(rest);
      }
      files.set(`db/${table}.json`, utf8Encode(toJsonWithBytes(meta)));
    } else {
      files.set(`db/${table}.json`, utf8Encode(toJsonWithBytes(rows)));
    }
  }
  files.set(SETTINGS_ENTRY, utf8Encode(JSON.stringify(content.settings, null, 2)));
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: header.appVersion,
    schemaVersion: header.schemaVersion,
    deviceId: header.deviceId,
    stationCode: header.stationCode,
    createdAt: new Date(header.createdAt).toISOString(),
    tables: Object.keys(content.tables).sort(),
    files: await checksums(files, hash),
  };
  const entries = [{ path: MANIFEST, data: JSON.stringify(manifest, null, 2) }, ...[...files].map(([path, data]) => ({ path, data, store: path.startsWith('blobs/') }))];
  return packZip(entries, new Date(header.createdAt));
}

/** Reads and checks a whole backup; throws BackupRefused before the caller changes anything. */
export async function readBackup(bytes: Uint8Array, app: { schemaVersion: number }, hash: AsyncHasher = sha256HexAsync): Promise<{ manifest: BackupManifest; content: BackupContent }> {
  let files: Map<string, Uint8Array>;
  try {
    files = await readZip(bytes);
  } catch (error) {
    throw new BackupRefused('notZip', error instanceof ZipReadError ? error.message : String(error));
  }
  const manifestBytes = files.get(MANIFEST);
  if (!manifestBytes) throw new BackupRefused('noManifest', `${MANIFEST} is missing: not a backup of this app`);
  let manifest: BackupManifest;
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(new TextDecoder().decode(manifestBytes)));
    if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    manifest = parsed.data;
  } catch (error) {
    throw new BackupRefused('badManifest', error instanceof Error ? error.message : String(error));
  }
  if (manifest.formatVersion > BACKUP_FORMAT_VERSION) throw new BackupRefused('newerFormat', `backup format ${manifest.formatVersion} is newer than this app reads (${BACKUP_FORMAT_VERSION}): update the app first`);
  if (manifest.schemaVersion > app.schemaVersion) throw new BackupRefused('newerSchema', `the backup's database (schema ${manifest.schemaVersion}, app ${manifest.appVersion}) is newer than this app's (schema ${app.schemaVersion}): update the app first`);
  for (const [path, sum] of Object.entries(manifest.files)) {
    const file = files.get(path);
    if (!file) throw new BackupRefused('missingFile', `${path} is missing`);
    if ((await hash(file)) !== sum) throw new BackupRefused('badChecksum', `${path} does not match its checksum`);
  }
  for (const path of files.keys()) if (path !== MANIFEST && !(path in manifest.files)) throw new BackupRefused('extraFile', `${path} is not in the manifest`);
  try {
    const tables: Record<string, Row[]> = {};
    for (const table of manifest.tables) {
      const file = files.get(`db/${table}.json`);
      if (!file) throw new Error(`db/${table}.json is missing`);
      const rows = fromJsonWithBytes(new TextDecoder().decode(file)) as Row[];
      if (!Array.isArray(rows)) throw new Error(`db/${table}.json is not a list of rows`);
      tables[table] =
        table === BLOB_TABLE
          ? rows.map((row) => {
              const data = files.get(`blobs/${String(row.sha256)}`);
              if (!data) throw new Error(`blobs/${String(row.sha256)} is missing`);
              return { ...row, data: data.slice().buffer };
            })
          : rows;
    }
    const settings: unknown = JSON.parse(new TextDecoder().decode(files.get(SETTINGS_ENTRY) ?? utf8Encode('null')));
    return { manifest, content: { tables, settings } };
  } catch (error) {
    throw new BackupRefused('badContent', error instanceof Error ? error.message : String(error));
  }
}
