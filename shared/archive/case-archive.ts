/**
 * The archive file (归档文件, issue 20.6): closed cases taken out of the
 * working database, kept read-only in one zip (.qarc). It holds every record
 * of each case from every case table (the case, its lifecycle, 8D, print and
 * signature records), every op of those records (their history: who changed
 * what, when, on which PC) and the bytes of the attachments they cite, with
 * manifest.json naming the format, the app, who made it when on which PC,
 * the retention rule used (cut-off day, years, supplier floor), the cases
 * and the sha256 of every other entry.
 *
 * An archive is untrusted input when read (another PC wrote it, it sat on a
 * share): the file and every entry are size-capped on the zip's directory
 * before anything is unpacked, links and paths outside the archive are
 * refused, every checksum is checked, and a damaged file is refused whole
 * with the reason (ArchiveRefused) — nothing of it is shown.
 *
 * Layout: manifest.json, index.json (one line per case for the list and the
 * search), records/<table>.json (rows; binary values as {"$bytes": base64}),
 * ops.json, blobs/<sha256> (stored undeflated: photos are compressed already).
 */
import { z } from 'zod';
import { utf8Encode } from '../utf8';
import { sha256HexAsync, type AsyncHasher } from '../sync/sha256';
import { fromJsonWithBytes, toJsonWithBytes } from './json-bytes';
import { checksums, packZip, readZip, ZipReadError } from './zip';

export const ARCHIVE_FORMAT = 'complaint-return-desk-archive';
export const ARCHIVE_FORMAT_VERSION = 1;
export const ARCHIVE_EXTENSION = '.qarc';
/** qarc-<station>-<yyyymmdd>-<hhmmss>.qarc: what the archive folder lists and the IPC accepts. */
export const ARCHIVE_FILE_NAME = /^qarc-[A-Za-z0-9]{1,8}-\d{8}-\d{6}\.qarc$/;
/** The whole file (what a renderer reads into memory). */
export const MAX_ARCHIVE_BYTES = 1024 * 1024 * 1024;
/** One entry once unpacked (an attachment is capped lower by the office's limit; JSON of many cases is larger). */
export const MAX_ARCHIVE_ENTRY_BYTES = 512 * 1024 * 1024;
export const MAX_ARCHIVE_UNPACKED_BYTES = 2 * MAX_ARCHIVE_BYTES;
export const MAX_ARCHIVE_ENTRIES = 200_000;
/** Cases per archive file: the batch record that replicates names them all, and must travel as one change (a test keeps it under the push limit). */
export const MAX_ARCHIVE_CASES = 5_000;

const MANIFEST = 'manifest.json';
const INDEX = 'index.json';
const OPS = 'ops.json';

const indexEntrySchema = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  customerName: z.string(),
  productModel: z.string(),
  partNumber: z.string(),
  lotNumber: z.string(),
  orderNumber: z.string(),
  receivedAt: z.string(),
  closedAt: z.string().nullable(),
  state: z.string(),
  hasSupplierRecords: z.boolean(),
});
export type ArchiveIndexEntry = z.infer<typeof indexEntrySchema>;

const manifestSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  formatVersion: z.number().int().min(1),
  appVersion: z.string().max(50),
  schemaVersion: z.number().int().min(1),
  createdAt: z.string().max(40),
  createdBy: z.object({ clerkId: z.string().max(100), name: z.string().max(200) }),
  deviceId: z.string().max(100),
  stationCode: z.string().max(20),
  /** The factory day the rule was applied on, and the rule. */
  cutoffDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  archiveAfterYears: z.number().int().min(0),
  supplierMinYears: z.number().int().min(0),
  caseCount: z.number().int().min(0).max(MAX_ARCHIVE_CASES),
  recordCount: z.number().int().min(0),
  opCount: z.number().int().min(0),
  tables: z.array(z.string().regex(/^[A-Za-z]+$/)),
  files: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)),
});
export type ArchiveManifest = z.infer<typeof manifestSchema>;

export type Row = Record<string, unknown>;

export interface ArchiveContent {
  index: ArchiveIndexEntry[];
  /** Rows of each case table (cases, caseLifecycles, transitions, … signatures). */
  records: Record<string, Row[]>;
  /** Every op of those records. */
  ops: Row[];
  /** Attachment bytes by sha256. */
  blobs: Map<string, Uint8Array>;
}

export type ArchiveHeader = Omit<ArchiveManifest, 'format' | 'formatVersion' | 'caseCount' | 'recordCount' | 'opCount' | 'tables' | 'files' | 'createdAt'> & { createdAt: number };

export type ArchiveRefusal = 'tooLarge' | 'notZip' | 'unsafeEntry' | 'noManifest' | 'badManifest' | 'newerFormat' | 'missingFile' | 'extraFile' | 'badChecksum' | 'badContent';

/** Why an archive cannot be opened; nothing of it is used. */
export class ArchiveRefused extends Error {
  constructor(
    readonly reason: ArchiveRefusal,
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
    this.name = 'ArchiveRefused';
  }
}

/** The archive file's name for a station and a moment (UTC, so two PCs never pick one name for different moments). */
export function archiveFileName(stationCode: string, at: number): string {
  const iso = new Date(at).toISOString();
  const station = stationCode.replace(/[^A-Za-z0-9]/g, '').slice(0, 8) || 'PC';
  return `qarc-${station}-${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}${ARCHIVE_EXTENSION}`;
}

/** `hash`: the renderer passes WebCrypto's (attachments hash ten times faster there). */
export async function packArchive(header: ArchiveHeader, content: ArchiveContent, hash: AsyncHasher = sha256HexAsync): Promise<Uint8Array> {
  if (content.index.length > MAX_ARCHIVE_CASES) throw new Error(`at most ${MAX_ARCHIVE_CASES} cases per archive file`);
  const files = new Map<string, Uint8Array>();
  files.set(INDEX, utf8Encode(JSON.stringify(content.index)));
  for (const [table, rows] of Object.entries(content.records)) files.set(`records/${table}.json`, utf8Encode(toJsonWithBytes(rows)));
  files.set(OPS, utf8Encode(toJsonWithBytes(content.ops)));
  for (const [sha, bytes] of content.blobs) files.set(`blobs/${sha}`, bytes);
  const { createdAt, ...rest } = header;
  const manifest: ArchiveManifest = {
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_FORMAT_VERSION,
    ...rest,
    createdAt: new Date(createdAt).toISOString(),
    caseCount: content.index.length,
    recordCount: Object.values(content.records).reduce((n, rows) => n + rows.length, 0),
    opCount: content.ops.length,
    tables: Object.keys(content.records).sort(),
    files: await checksums(files, hash),
  };
  return packZip([{ path: MANIFEST, data: JSON.stringify(manifest, null, 2) }, ...[...files].map(([path, data]) => ({ path, data, store: path.startsWith('blobs/') }))], new Date(createdAt));
}

const SAFE_PATH = /^(manifest\.json|index\.json|ops\.json|records\/[A-Za-z]+\.json|blobs\/[0-9a-f]{64})$/;

/** Reads and checks a whole archive; throws ArchiveRefused (nothing of it used) when anything is wrong. */
export async function readArchive(bytes: Uint8Array, hash: AsyncHasher = sha256HexAsync): Promise<{ manifest: ArchiveManifest; content: ArchiveContent }> {
  if (bytes.length > MAX_ARCHIVE_BYTES) throw new ArchiveRefused('tooLarge', `the file is ${bytes.length} bytes; an archive is at most ${MAX_ARCHIVE_BYTES}`);
  let files: Map<string, Uint8Array>;
  try {
    files = await readZip(bytes, { refuseLinks: true, maxEntries: MAX_ARCHIVE_ENTRIES, maxEntryBytes: MAX_ARCHIVE_ENTRY_BYTES, maxTotalBytes: MAX_ARCHIVE_UNPACKED_BYTES });
  } catch (error) {
    const problem = error instanceof ZipReadError ? error.problem : 'unreadable';
    throw new ArchiveRefused(problem === 'unsafe' ? 'unsafeEntry' : problem === 'tooLarge' ? 'tooLarge' : 'notZip', error instanceof Error ? error.message : String(error));
  }
  for (const path of files.keys()) if (!SAFE_PATH.test(path)) throw new ArchiveRefused('unsafeEntry', `${path} is not an entry an archive has`);
  const manifestBytes = files.get(MANIFEST);
  if (!manifestBytes) throw new ArchiveRefused('noManifest', `${MANIFEST} is missing: not an archive of this app`);
  let manifest: ArchiveManifest;
  try {
    const raw = JSON.parse(new TextDecoder().decode(manifestBytes)) as { formatVersion?: unknown };
    if (typeof raw.formatVersion === 'number' && raw.formatVersion > ARCHIVE_FORMAT_VERSION) throw new ArchiveRefused('newerFormat', `archive format ${raw.formatVersion} is newer than this app reads (${ARCHIVE_FORMAT_VERSION}): update the app first`);
    const parsed = manifestSchema.safeParse(raw);
    if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    manifest = parsed.data;
  } catch (error) {
    if (error instanceof ArchiveRefused) throw error;
    throw new ArchiveRefused('badManifest', error instanceof Error ? error.message : String(error));
  }
  for (const [path, sum] of Object.entries(manifest.files)) {
    const file = files.get(path);
    if (!file) throw new ArchiveRefused('missingFile', `${path} is missing`);
    if ((await hash(file)) !== sum) throw new ArchiveRefused('badChecksum', `${path} does not match its checksum`);
  }
  for (const path of files.keys()) if (path !== MANIFEST && !(path in manifest.files)) throw new ArchiveRefused('extraFile', `${path} is not in the manifest`);
  try {
    const decode = (path: string): unknown => {
      const file = files.get(path);
      if (!file) throw new Error(`${path} is missing`);
      return fromJsonWithBytes(new TextDecoder().decode(file));
    };
    const index = z.array(indexEntrySchema).parse(decode(INDEX));
    if (index.length !== manifest.caseCount) throw new Error(`index.json lists ${index.length} cases, the manifest ${manifest.caseCount}`);
    const rowsSchema = z.array(z.record(z.string(), z.unknown()));
    const records: Record<string, Row[]> = {};
    for (const table of manifest.tables) records[table] = rowsSchema.parse(decode(`records/${table}.json`));
    const ops = rowsSchema.parse(decode(OPS));
    const blobs = new Map<string, Uint8Array>();
    for (const [path, file] of files) if (path.startsWith('blobs/')) blobs.set(path.slice(6), file);
    // Each file matched its checksum above: a blob is the attachment it names when that checksum is its name.
    for (const sha of blobs.keys()) if (manifest.files[`blobs/${sha}`] !== sha) throw new Error(`blobs/${sha} is not the attachment it names`);
    return { manifest, content: { index, records, ops, blobs } };
  } catch (error) {
    throw new ArchiveRefused('badContent', error instanceof Error ? error.message : String(error));
  }
}
