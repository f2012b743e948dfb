/**
 * Byte formats on the share (pure: no node, no DOM). Owns canonical JSON,
 * the segment codec and the snapshot codec.
 *
 * Same input ⇒ same bytes: objects are written with sorted keys, one record
 * per line, numbers as JSON writes them. A file ends with a hash trailer
 * `#sha256=<64 hex>\n` over every byte before it, so a reader can tell a
 * whole file from a truncated, half-copied or damaged one: decode throws
 * CorruptFileError and the caller retries later — it never skips the file.
 *
 *   segment  <share>/qsync/log/<dev>/<yyyymm>/<from>-<to>.seg
 *     line 1  QSEG 2
 *     line 2  header {count, deviceId, from, to, schemaVersion, writtenAt}
 *     lines   one op each (the ops of seq from..to of that device, in order):
 *             one write of one record, its changed fields in `fields`
 *     last    #sha256=…
 *   snapshot <share>/qsync/snap/<sha256>.snap  (file name = hash of the body)
 *     line 1  QSNAP 2
 *     line 2  header {count, covers: {deviceId: seq}, schemaVersion}
 *     lines   the ops still needed, each with only the fields nobody replaced knowingly (usually the
 *             winners alone; merge.ts SnapshotFold), sorted by entity, id, then op order
 *     last    #sha256=…
 *
 * Format 1 (before one op per write) wrote one field per op line (`field`,
 * `value`, `base`): such lines, in segments, snapshots and journals, are read
 * as one-field ops with the same id (op.ts fromLegacyOp).
 */
import { z } from 'zod';
import { compareOps, fromLegacyOp, type JsonValue, type WireOp } from './op';
import { sha256Hex, type Hasher } from './sha256';
import { utf8Encode } from '../utf8';

export const SEGMENT_FORMAT = 2;
export const SNAPSHOT_FORMAT = 2;

export type { WireOp };

export class CorruptFileError extends Error {
  constructor(readonly reason: 'truncated' | 'badHash' | 'badFormat' | 'newerFormat', detail: string) {
    super(`${reason}: ${detail}`);
    this.name = 'CorruptFileError';
  }
}

/** JSON with object keys sorted at every level: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

const jsonValue: z.ZodType<JsonValue, JsonValue> = z.lazy(() =>
  z.union([z.null(), z.boolean(), z.number(), z.string(), z.array(jsonValue), z.record(z.string(), jsonValue)]),
);
const opRef = z.object({ hlc: z.string(), deviceId: z.string(), id: z.string() });
const opHead = {
  id: z.string().min(1),
  hlc: z.string().regex(/^\d{15}-[0-9a-f]{4}$/),
  deviceId: z.string().min(1),
  user: z.string(),
  clerkId: z.string().min(1).optional(),
  entity: z.string().min(1),
  entityId: z.string().min(1),
  schemaVersion: z.number().int().min(1),
};
/** An op of the current format; unknown keys of a newer version pass through (loose). What pushes and pulls carry. */
export const wireOpSchema = z.looseObject({
  ...opHead,
  fields: z.record(z.string().min(1), jsonValue).refine((fields) => Object.keys(fields).length > 0, 'an op carries at least one field'),
  bases: z.record(z.string().min(1), opRef).optional(),
});
const legacyOpSchema = z
  .looseObject({ ...opHead, field: z.string().min(1), value: jsonValue, base: opRef.nullable().optional() })
  .transform((op) => fromLegacyOp(op) as z.infer<typeof wireOpSchema>);
/** An op in either format, as files written by older apps hold them (a format-1 op comes out as a one-field op). */
export const anyFormatOpSchema = z.union([wireOpSchema, legacyOpSchema]);

/** The wire form of an op: only the op's own keys (a stored op's `published` flag stays home). */
export function toWireOp(op: WireOp & Record<string, unknown>): WireOp {
  const { published: _p, ...rest } = op;
  return rest;
}

function withTrailer(body: string, hash: Hasher): { text: string; hash: string } {
  const digest = hash(utf8Encode(body));
  return { text: `${body}#sha256=${digest}\n`, hash: digest };
}

/** Splits off and checks the trailer; returns the body lines. */
function checkTrailer(text: string, magic: string, maxFormat: number, hash: Hasher): { lines: string[]; hash: string; format: number } {
  const at = text.lastIndexOf('#sha256=');
  if (at < 0 || !text.endsWith('\n') || text.length - at !== 8 + 64 + 1) throw new CorruptFileError('truncated', 'no hash trailer');
  const body = text.slice(0, at);
  const claimed = text.slice(at + 8, at + 8 + 64);
  const actual = hash(utf8Encode(body));
  if (claimed !== actual) throw new CorruptFileError('badHash', `trailer ${claimed.slice(0, 12)}… ≠ content ${actual.slice(0, 12)}…`);
  const lines = body.split('\n');
  lines.pop(); // body ends with "\n"
  const first = /^(\w+) (\d+)$/.exec(lines[0] ?? '');
  if (!first || first[1] !== magic) throw new CorruptFileError('badFormat', `not a ${magic} file`);
  const format = Number(first[2]);
  if (format > maxFormat) throw new CorruptFileError('newerFormat', `${magic} format ${format} is newer than this app (${maxFormat})`);
  return { lines: lines.slice(1), hash: actual, format };
}

function parseLine(line: string | undefined, what: string): unknown {
  try {
    return JSON.parse(line ?? '');
  } catch {
    throw new CorruptFileError('badFormat', `unreadable ${what}`);
  }
}

// ---------------------------------------------------------------- segments

export const segmentHeaderSchema = z.looseObject({
  deviceId: z.string().min(1),
  from: z.number().int().min(1),
  to: z.number().int().min(1),
  count: z.number().int().min(1),
  schemaVersion: z.number().int().min(1),
  /** HLC of the newest op in the segment. */
  writtenAt: z.string(),
});
export type SegmentHeader = z.infer<typeof segmentHeaderSchema>;

export interface Segment {
  header: SegmentHeader;
  ops: WireOp[];
  hash: string;
}

export function encodeSegment(header: SegmentHeader, ops: readonly WireOp[], hash: Hasher = sha256Hex): { text: string; hash: string } {
  if (ops.length !== header.count || header.to - header.from + 1 !== header.count) throw new Error('segment header does not match its ops');
  const lines = [`QSEG ${SEGMENT_FORMAT}`, canonicalJson(header), ...ops.map((op) => canonicalJson(toWireOp(op as WireOp & Record<string, unknown>)))];
  return withTrailer(`${lines.join('\n')}\n`, hash);
}

export function decodeSegment(text: string, hash: Hasher = sha256Hex): Segment {
  const { lines, hash: digest } = checkTrailer(text, 'QSEG', SEGMENT_FORMAT, hash);
  const header = segmentHeaderSchema.safeParse(parseLine(lines[0], 'segment header'));
  if (!header.success) throw new CorruptFileError('badFormat', 'bad segment header');
  const ops = lines.slice(1).map((line) => {
    const parsed = anyFormatOpSchema.safeParse(parseLine(line, 'op'));
    if (!parsed.success) throw new CorruptFileError('badFormat', 'bad op line');
    return parsed.data;
  });
  if (ops.length !== header.data.count) throw new CorruptFileError('truncated', `${ops.length} of ${header.data.count} ops`);
  return { header: header.data, ops, hash: digest };
}

// ---------------------------------------------------------------- snapshots

export const snapshotHeaderSchema = z.looseObject({
  /** Per device: the highest segment seq folded into the snapshot. */
  covers: z.record(z.string(), z.number().int().min(0)),
  count: z.number().int().min(0),
  schemaVersion: z.number().int().min(1),
});
export type SnapshotHeader = z.infer<typeof snapshotHeaderSchema>;

export interface Snapshot {
  header: SnapshotHeader;
  /** The ops still needed, each with the fields it is needed for, sorted by entity, entityId, then op order. */
  ops: WireOp[];
  hash: string;
}

export function fieldKey(op: { entity: string; entityId: string; field: string }): string {
  return `${op.entity}\u0000${op.entityId}\u0000${op.field}`;
}

const recordKey = (op: Pick<WireOp, 'entity' | 'entityId'>): string => `${op.entity}\u0000${op.entityId}`;

export function encodeSnapshot(covers: Record<string, number>, kept: Iterable<WireOp>, schemaVersion: number, hash: Hasher = sha256Hex): { text: string; hash: string } {
  // By record, then by op order (a record may carry several ops: conflicting losers, or fields last written apart): same input ⇒ same bytes.
  const sorted = [...kept].sort((a, b) => (recordKey(a) < recordKey(b) ? -1 : recordKey(a) > recordKey(b) ? 1 : compareOps(a, b)));
  const header: SnapshotHeader = { covers, count: sorted.length, schemaVersion };
  const lines = [`QSNAP ${SNAPSHOT_FORMAT}`, canonicalJson(header), ...sorted.map((op) => canonicalJson(toWireOp(op as WireOp & Record<string, unknown>)))];
  return withTrailer(`${lines.join('\n')}\n`, hash);
}

export function decodeSnapshot(text: string, hash: Hasher = sha256Hex): Snapshot {
  const { lines, hash: digest } = checkTrailer(text, 'QSNAP', SNAPSHOT_FORMAT, hash);
  const header = snapshotHeaderSchema.safeParse(parseLine(lines[0], 'snapshot header'));
  if (!header.success) throw new CorruptFileError('badFormat', 'bad snapshot header');
  const ops = lines.slice(1).map((line) => {
    const parsed = anyFormatOpSchema.safeParse(parseLine(line, 'op'));
    if (!parsed.success) throw new CorruptFileError('badFormat', 'bad op line');
    return parsed.data;
  });
  if (ops.length !== header.data.count) throw new CorruptFileError('truncated', `${ops.length} of ${header.data.count} entries`);
  return { header: header.data, ops, hash: digest };
}
