/**
 * The folder layout on the share and the JSON files in it (pure).
 *
 *   qsync/root.json                      shareId, formatVersion, minAppVersion: written once, and
 *                                        again when a newer app raises the format (below)
 *   qsync/devices/<dev>.json             owned by one PC (single writer)
 *   qsync/log/<dev>/<yyyymm>/<from>-<to>.seg   immutable op segments
 *   qsync/snap/<sha256>.snap             deterministic snapshots
 *   qsync/blobs/ab/cd/<sha256>           attachments, content-addressed
 *
 * Segment sequence numbers count ops per device from 1 without gaps; a
 * segment holds seq from..to (its ops in order: op i has seq from+i). A
 * device's cursor is the last seq applied from it: only a segment holding
 * cursor+1 may be read next, so a missing, partial or bad segment stops that
 * device's cursor (never skipped).
 *
 * Alternates: a writer that finds a damaged file of its own where its next
 * segment goes (a torn write, or garbage it did not write) never overwrites
 * it: it writes the same seq range under `<from>-<to>.<n>.seg` (n = 1, 2, …).
 * Readers try every file holding cursor+1, best first (segmentCandidates):
 * a file proven damaged (bad hash, truncated, wrong header, too large, a
 * link) is reported and the next one is tried; a file that cannot be read
 * right now (not visible yet, busy) stops the device as before. Apps older
 * than this rule do not see alternates: they stop at the damaged file and
 * report it, as they always did — nothing is misread, and they read on once
 * updated; so alternates did not raise the format.
 *
 * Format 2 (one op per record write, shared/sync/op.ts): segments and
 * snapshots of format 2 carry ops an older app cannot read. The first app of
 * format 2 that joins a format-1 share raises root.json to formatVersion 2
 * and minAppVersion SHARE_FORMAT_APP_VERSION (never lowering it): older
 * apps then turn read-only and tell the clerk to update, instead of meeting
 * segments they cannot read. Format-1 segments already there stay and are
 * read as one-field ops.
 *
 * Size caps per file kind: a file larger than its kind allows is reported
 * and never read (a 200 MB file under a segment name costs one stat).
 */
import { z } from 'zod';

export const SHARE_DIR = 'qsync';
export const SHARE_FORMAT_VERSION = 2;
/** The first app version that reads and writes SHARE_FORMAT_VERSION (every app of it raises root.json alike). */
export const SHARE_FORMAT_APP_VERSION = '0.2.0';

export const rootSchema = z.looseObject({
  shareId: z.uuid(),
  formatVersion: z.number().int().min(1),
  /** Apps older than this turn read-only on this share. */
  minAppVersion: z.string(),
  createdAt: z.string(),
  /**
   * Set on a share re-seeded from a PC after the old one was lost: the old
   * share's id. A PC of the old share joins this one by itself (its changes
   * go out again from seq 1); older apps see another share and refuse it.
   */
  reseededFrom: z.uuid().optional(),
});
export type ShareRoot = z.infer<typeof rootSchema>;

export const deviceFileSchema = z.looseObject({
  deviceId: z.string().min(1),
  fingerprint: z.string(),
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  /** Highest seq written by this device (0 = none). */
  lastSeq: z.number().int().min(0),
  /** Where the segment holding lastSeq is (month folder), so readers list one folder. */
  lastMonth: z.string().nullable(),
  lastHlc: z.string().nullable(),
  /** What this device has applied from each device (for compaction). */
  cursors: z.record(z.string(), z.number().int().min(0)),
  /** Wall time of the device's last sync round, ISO. */
  seenAt: z.string(),
  stationCode: z.string().optional(),
});
export type DeviceFile = z.infer<typeof deviceFileSchema>;

export type Cursors = Record<string, number>;

const SEQ_DIGITS = 12;
export const pad = (n: number): string => String(n).padStart(SEQ_DIGITS, '0');

/** Largest root.json read (it holds four short fields). */
export const MAX_ROOT_BYTES = 64 * 1024;
/** Largest device file read (its cursors grow with the number of PCs: ~60 bytes each). */
export const MAX_DEVICE_FILE_BYTES = 1024 * 1024;
/** Largest segment read: PUSH_BATCH ops of any size a push ever carried, with room to spare. */
export const MAX_SEGMENT_BYTES = 64 * 1024 * 1024;
/** Largest snapshot read: a snapshot is decoded as one string, and a string holds at most ~512 MiB. */
export const MAX_SNAPSHOT_BYTES = 500 * 1024 * 1024;
/** Alternates per seq range a writer tries before giving up (each one means another damaged file). */
export const MAX_SEGMENT_ALTERNATES = 99;

export function segmentName(from: number, to: number, alt = 0): string {
  return alt === 0 ? `${pad(from)}-${pad(to)}.seg` : `${pad(from)}-${pad(to)}.${alt}.seg`;
}

const SEGMENT_NAME = /^(\d{12})-(\d{12})(?:\.([1-9]\d{0,2}))?\.seg$/;

export function parseSegmentName(name: string): { from: number; to: number; alt: number } | null {
  const m = SEGMENT_NAME.exec(name);
  if (!m) return null;
  const from = Number(m[1]);
  const to = Number(m[2]);
  const alt = m[3] === undefined ? 0 : Number(m[3]);
  return from >= 1 && to >= from ? { from, to, alt } : null;
}

/** Best first: the file reaching furthest, then the plain name before its alternates (in order), then the one starting latest (less to skip). */
function bestFirst(a: { from: number; to: number; alt?: number }, b: { from: number; to: number; alt?: number }): number {
  return b.to - a.to || (a.alt ?? 0) - (b.alt ?? 0) || b.from - a.from;
}

/**
 * The files that may hold seq `next` (from ≤ next ≤ to), best first, for a
 * walk whose `next` only grows (a chain of reads): sorts once and keeps the
 * files still in reach, so a device with 20,000 small segments costs
 * n log n per join, not n².
 */
export function segmentCandidateWalk<T extends { from: number; to: number; alt?: number }>(segments: readonly T[]): (next: number) => T[] {
  const byFrom = [...segments].sort((a, b) => a.from - b.from);
  let taken = 0;
  let reach: T[] = [];
  return (next) => {
    while (taken < byFrom.length && byFrom[taken]!.from <= next) reach.push(byFrom[taken++]!);
    reach = reach.filter((s) => s.to >= next);
    return [...reach].sort(bestFirst);
  };
}

/** yyyymm of a wall time (UTC): the month folder of a segment. */
export function monthOf(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** Compares dotted versions numerically ("0.10.0" > "0.9.3"); missing parts are 0. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.-]/).map((x) => parseInt(x, 10) || 0);
  const pb = b.split(/[.-]/).map((x) => parseInt(x, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length, 3); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Blob path parts of a sha256: blobs/ab/cd/<sha>. */
export function blobPathParts(sha256: string): [string, string, string, string] {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
  return ['blobs', sha256.slice(0, 2), sha256.slice(2, 4), sha256];
}
