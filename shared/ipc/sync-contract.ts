/**
 * Argument and result schemas of the replication channels (`sync:*`),
 * kept apart from contract.ts so the channel map itself stays a short list.
 * The renderer holds the local truth (IndexedDB) and the cursors; main does
 * the share I/O (electron/services/sync) and never keeps ops of its own.
 */
import { z } from 'zod';
import { wireOpSchema } from '../sync/codec';

const cursors = z.record(z.string(), z.number().int().min(0));
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

/** Largest batch of ops per push call, by count (see PUSH_BATCH_BYTES for the size). */
export const PUSH_BATCH = 1000;
/**
 * Push calls are also cut by the JSON size of their ops (shared/sync/push-batch.ts):
 * the web host accepts 1 MiB per request (electron/webhost/server.ts MAX_BODY_BYTES),
 * so a batch stays at half of that, and one op alone may take up to 768 KiB
 * (about 250,000 Chinese characters in one field); a larger op is held back
 * on its PC and reported, never sent to be refused again and again.
 */
export const PUSH_BATCH_BYTES = 512 * 1024;
export const MAX_PUSH_OP_BYTES = 768 * 1024;
/** Blob upload chunk, bytes before base64 (fits the 1 MB request limit). */
export const BLOB_CHUNK = 512 * 1024;

export const syncWarningSchema = z.object({ code: z.literal('shareOlder'), deviceId: z.string(), seen: z.number(), now: z.number() });

export const syncJoinArgs = z.object({ allowRecreate: z.boolean().optional() }).strict();
export const syncJoinResult = z.object({
  shareId: z.string(),
  created: z.boolean(),
  readOnly: z.boolean(),
  minAppVersion: z.string(),
  warnings: z.array(syncWarningSchema),
  deviceId: z.string(),
  /** Set when this PC found out it is a clone and took a new device id. */
  renewedFrom: z.string().nullable(),
});

export const syncPushArgs = z.object({ ops: z.array(wireOpSchema).min(1).max(PUSH_BATCH), cursors, lastHlc: z.string().nullable() }).strict();
/** Problems met on the way that did not stop the push (a damaged file of ours moved past). */
const shareProblems = z.array(z.object({ deviceId: z.string(), file: z.string(), reason: z.string() }));
export const syncPushResult = z.object({ published: z.array(z.string()), from: z.number(), to: z.number(), errors: shareProblems });

export const syncPullArgs = z.object({ cursors, limit: z.number().int().min(1).max(20000).optional(), useSnapshot: z.boolean().optional() }).strict();
export const syncPullResult = z.object({
  ops: z.array(wireOpSchema),
  cursors,
  remaining: z.number(),
  errors: shareProblems,
  snapshot: z.string().nullable(),
  readOnly: z.boolean(),
  deviceId: z.string(),
  renewedFrom: z.string().nullable(),
});

export const syncBlobStatusArgs = z.object({ sha256 }).strict();
export const syncBlobStatusResult = z.object({ present: z.boolean(), partial: z.number() });
export const syncBlobPutArgs = z.object({ sha256, offset: z.number().int().min(0), total: z.number().int().min(0), data: z.string().max(Math.ceil(BLOB_CHUNK / 3) * 4 + 4) }).strict();
export const syncBlobPutResult = z.object({ present: z.boolean(), received: z.number() });
export const syncBlobGetArgs = z.object({ sha256, offset: z.number().int().min(0), length: z.number().int().min(1).max(BLOB_CHUNK) }).strict();
export const syncBlobGetResult = z.object({ data: z.string(), total: z.number() });

export const syncSnapshotResult = z.object({ hash: z.string(), count: z.number(), covers: cursors, written: z.boolean(), removed: z.number() });

/**
 * Re-seeding a new, empty share from this PC (electron/services/sync/share-reseed.ts):
 * `begin` checks the folder holds no share, `ops` hands over every change this
 * PC holds in batches (the same size limits as a push), its attachments go up
 * with sync:blob-put meanwhile, and `finish` writes the snapshot, then root.json.
 */
export const syncReseedArgs = z.discriminatedUnion('step', [
  z.object({ step: z.literal('begin') }).strict(),
  z.object({ step: z.literal('ops'), ops: z.array(wireOpSchema).min(1).max(PUSH_BATCH) }).strict(),
  z.object({ step: z.literal('finish') }).strict(),
]);
export const syncReseedResult = z.object({
  /** The re-seeded share's id (set by `finish`; null before). */
  shareId: z.string().nullable(),
  /** Changes handed over so far. */
  ops: z.number(),
  /** PCs whose changes they are. */
  devices: z.number(),
  /** The snapshot written by `finish`. */
  snapshot: z.string().nullable(),
});
