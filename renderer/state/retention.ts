/**
 * 归档 (issue 20.6), the renderer's half: the database lives here
 * (IndexedDB), so the archive file is made and read here; the host writes
 * it into the archive folder and hands files back (shared/ipc/archive-contract.ts).
 *
 * Making an archive: the cases the rule makes eligible today (the one
 * clock's factory day, the office's archiveAfterYears) are collected, packed,
 * written in chunks, then READ BACK from the folder and verified (sha256,
 * every checksum, the same cases) before the batch is recorded. Nothing is
 * removed then. Confirming reads the file back and verifies it again, then
 * the admin's signed confirmation removes the cases (archive-repository.ts).
 */
import { archiveFileName, ArchiveRefused, MAX_ARCHIVE_CASES, packArchive, readArchive, type ArchiveContent, type ArchiveIndexEntry, type ArchiveManifest } from '../../shared/archive/case-archive';
import { parseQuery } from './ledger-filter';
import { decodeBase64 } from '../../shared/base64';
import { factoryDate } from '../../shared/domain/factory-calendar';
import type { ArchiveBatch } from '../../shared/domain/retention/batch';
import { retentionPreview, SUPPLIER_RECORDS_MIN_YEARS, type RetentionPreview } from '../../shared/domain/retention/eligibility';
import { LATEST_SCHEMA_VERSION, webSha256Hex, type RemovalReport, type Repositories } from '../db';
import { getDesktopApi } from '../platform';
import { sessionStore } from './session-store';
import { uploadInChunks } from './chunked-upload';

export type ArchiveStage = { stage: 'collecting' } | { stage: 'writing'; done: number; total: number } | { stage: 'verifying' } | { stage: 'recording' };

/** Thrown when the file read back is not the file written; nothing was recorded or removed. */
export class ArchiveNotVerifiedError extends Error {
  constructor(readonly detail: string) {
    super(`the archive file read back does not match: ${detail}`);
    this.name = 'ArchiveNotVerifiedError';
  }
}

export interface ArchiveHost {
  put(args: { fileName: string; sha256: string; offset: number; total: number; data: string }): Promise<{ done: boolean; received: number; path: string | null; folder: string | null }>;
  read(args: { fileName: string; offset: number }): Promise<{ total: number; data: string }>;
}

function session() {
  const s = sessionStore.getState();
  if (!s.settings) throw new Error('The settings are not loaded yet.');
  return { settings: s.settings, now: s.now };
}

const desktopHost = (): ArchiveHost => {
  const api = getDesktopApi();
  return { put: (args) => api.archivePut(args), read: (args) => api.archiveRead(args) };
};

/** What an archive made now would take (the settings page's preview). */
export async function previewArchive(repos: Repositories, archiveAfterYears: number, now: number): Promise<RetentionPreview> {
  return retentionPreview(await repos.archive.candidates(), archiveAfterYears, factoryDate(now));
}

/** A whole archive file out of the folder, in chunks. */
export async function readArchiveFile(host: ArchiveHost, fileName: string): Promise<Uint8Array> {
  const first = await host.read({ fileName, offset: 0 });
  const out = new Uint8Array(first.total);
  let offset = 0;
  let chunk = first;
  for (;;) {
    const bytes = decodeBase64(chunk.data);
    if (offset + bytes.length > out.length) throw new ArchiveRefused('tooLarge', `${fileName} grew while it was read`);
    out.set(bytes, offset);
    offset += bytes.length;
    if (offset >= first.total || bytes.length === 0) break;
    chunk = await host.read({ fileName, offset });
  }
  if (offset !== first.total) throw new ArchiveRefused('notZip', `${fileName} ended at ${offset} of ${first.total} bytes`);
  return out;
}

/** Reads an archive back and checks it is the one a batch names (sha256, the cases). */
export async function verifyArchiveFile(host: ArchiveHost, fileName: string, expected: { sha256: string; caseIds: readonly string[] }): Promise<{ manifest: ArchiveManifest; content: ArchiveContent }> {
  const bytes = await readArchiveFile(host, fileName);
  const sha = await webSha256Hex(bytes);
  if (sha !== expected.sha256) throw new ArchiveNotVerifiedError(`${fileName} has sha256 ${sha}, the batch names ${expected.sha256}`);
  const read = await readArchive(bytes, webSha256Hex);
  const inFile = read.content.index.map((e) => e.caseId).sort();
  const wanted = [...expected.caseIds].sort();
  if (inFile.length !== wanted.length || inFile.some((id, i) => id !== wanted[i])) throw new ArchiveNotVerifiedError(`${fileName} holds other cases than the batch names`);
  return read;
}

export interface MakeArchiveInput {
  repos: Repositories;
  host: ArchiveHost;
  app: { version: string; deviceId: string; stationCode: string; clerkId: string; clerkName: string; archiveAfterYears: number; now: number };
  onProgress?: (stage: ArchiveStage) => void;
}

/** 生成归档文件: writes, reads back, verifies and records the batch of every case eligible now; null when none is. */
export async function makeArchive({ repos, host, app, onProgress }: MakeArchiveInput): Promise<ArchiveBatch | null> {
  onProgress?.({ stage: 'collecting' });
  const cutoffDate = factoryDate(app.now);
  const preview = retentionPreview(await repos.archive.candidates(), app.archiveAfterYears, cutoffDate);
  if (preview.eligible.length === 0) return null;
  // The longest-closed first; one file holds at most MAX_ARCHIVE_CASES (the rest go into the next file).
  const caseIds = [...preview.eligible]
    .sort((a, b) => (a.closedAt ?? '').localeCompare(b.closedAt ?? '') || a.caseNumber.localeCompare(b.caseNumber))
    .slice(0, MAX_ARCHIVE_CASES)
    .map((c) => c.caseId);
  const collected = await repos.archive.collect(caseIds);
  const bytes = await packArchive(
    { appVersion: app.version, schemaVersion: LATEST_SCHEMA_VERSION, createdAt: app.now, createdBy: { clerkId: app.clerkId, name: app.clerkName }, deviceId: app.deviceId, stationCode: app.stationCode, cutoffDate, archiveAfterYears: app.archiveAfterYears, supplierMinYears: SUPPLIER_RECORDS_MIN_YEARS },
    collected.content,
    webSha256Hex,
  );
  const fileName = archiveFileName(app.stationCode, app.now);
  const sha256 = await webSha256Hex(bytes);
  let folder = '';
  await uploadInChunks(
    bytes,
    { fileName, sha256, what: 'archive' },
    async (chunk) => {
      const r = await host.put(chunk);
      folder = r.folder ?? folder;
      return r;
    },
    (offset) => onProgress?.({ stage: 'writing', done: offset, total: bytes.length }),
  );
  onProgress?.({ stage: 'verifying' });
  const { manifest, content } = await verifyArchiveFile(host, fileName, { sha256, caseIds });
  onProgress?.({ stage: 'recording' });
  return repos.archive.recordBatch({
    fileName,
    sha256,
    size: bytes.length,
    folder,
    caseIds,
    caseNumbers: content.index.map((e) => e.caseNumber),
    recordCount: manifest.recordCount,
    opCount: manifest.opCount,
    cutoffDate,
    archiveAfterYears: app.archiveAfterYears,
    heldUpTo: collected.heldUpTo,
  });
}

/** 确认从所有电脑移除: the file is read back and verified again, then the signed confirmation removes the cases. */
export async function confirmArchive(repos: Repositories, host: ArchiveHost, batch: ArchiveBatch, password: string, meaning: string): Promise<RemovalReport> {
  await verifyArchiveFile(host, batch.fileName, batch);
  return repos.archive.confirm(batch.id, { password, meaning }, batch.sha256);
}

/** The session's versions of the functions above (the settings page and the 归档 page). */
export const retentionActions = {
  host: desktopHost,
  async make(repos: Repositories, clerk: { id: string; name: string }, onProgress?: (stage: ArchiveStage) => void) {
    const { settings, now } = session();
    const info = await getDesktopApi().appInfo();
    return makeArchive({ repos, host: desktopHost(), app: { version: info.version, deviceId: settings.deviceId, stationCode: settings.stationCode, clerkId: clerk.id, clerkName: clerk.name, archiveAfterYears: settings.archiveAfterYears, now: now() }, ...(onProgress ? { onProgress } : {}) });
  },
  confirm: (repos: Repositories, batch: ArchiveBatch, password: string, meaning: string) => confirmArchive(repos, desktopHost(), batch, password, meaning),
  /** An archive from the folder, read and checked whole (ArchiveRefused when damaged). */
  async openFromFolder(fileName: string) {
    return readArchive(await readArchiveFile(desktopHost(), fileName), webSha256Hex);
  },
  /** An archive the clerk picked (any folder), read and checked whole. */
  openBytes: (bytes: Uint8Array) => readArchive(bytes, webSha256Hex),
  list: () => getDesktopApi().archiveList(),
};

/** The archived cases whose number, customer, model, part no., lot or order no. hold every term (the ledger's search semantics: parseQuery). */
export function searchArchive(index: readonly ArchiveIndexEntry[], query: string): ArchiveIndexEntry[] {
  const terms = parseQuery(query);
  if (terms.length === 0) return [...index];
  return index.filter((e) => {
    const key = [e.caseNumber, e.customerName, e.productModel, e.partNumber, e.lotNumber, e.orderNumber].join('\u0001').toLowerCase();
    return terms.every((t) => key.includes(t));
  });
}
