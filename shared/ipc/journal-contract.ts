/**
 * Argument and result schemas of the durable journal channels (`journal:*`,
 * electron/services/journal). The journal is this PC's own copy of every
 * local write, outside the browser's storage: the renderer sends the ops of a
 * committed write (with the serial high-water marks it moved) and tells the
 * clerk "saved" only once the host has flushed them to disk. When Chromium
 * throws the IndexedDB database away, the renderer rebuilds it from here.
 *
 * Size: the web host takes at most 1 MiB per request, so the renderer sends
 * a large write (an import chunk) in parts of at most JOURNAL_PART_BYTES of
 * JSON; the journal counts a write only once all its parts are on disk.
 */
import { z } from 'zod';
import { wireOpSchema } from '../sync/codec';
import { BLOB_CHUNK } from './sync-contract';

/** Largest JSON size of one part of a write the renderer sends (well under the web host's 1 MiB body limit). */
export const JOURNAL_PART_BYTES = 600 * 1024;
/** Largest number of ops in one append call (a part holds at most this many). */
export const JOURNAL_MAX_OPS = 5000;
/** Read pages are cut after about this many bytes of ops. */
export const JOURNAL_READ_BYTES = 2 * 1024 * 1024;

const serials = z.record(z.string().min(1).max(200), z.number().int().min(0));
const clerk = z.object({ id: z.string().min(1).max(100), name: z.string().max(200) }).strict();

export const journalWriteSchema = z
  .object({
    /** Id of the write (one Dexie transaction); every part carries it. */
    id: z.string().min(1).max(100),
    part: z.number().int().min(0),
    parts: z.number().int().min(1).max(100_000),
    ops: z.array(wireOpSchema).max(JOURNAL_MAX_OPS),
    /** Serial high-water marks this write moved (meta key → value), e.g. serial:2611-B-{SEQ}. */
    serials,
  })
  .strict()
  .refine((w) => w.part < w.parts, { message: 'part must be below parts', path: ['part'] });

export const journalIdentitySchema = z
  .object({
    /** The IndexedDB database the renderer wrote (complaint-desk-<id>). */
    databaseName: z.string().min(1).max(200),
    deviceId: z.string().min(1).max(100),
    clerk: clerk.nullable(),
  })
  .strict();

export const journalAppendArgs = z
  .object({
    identity: journalIdentitySchema,
    writes: z.array(journalWriteSchema).min(1).max(1000),
  })
  .strict()
  .refine((a) => a.writes.reduce((n, w) => n + w.ops.length, 0) <= JOURNAL_MAX_OPS, { message: `at most ${JOURNAL_MAX_OPS} ops per call`, path: ['writes'] });

export const journalDamageSchema = z.object({ file: z.string(), offset: z.number(), reason: z.string() });

export const journalStateResult = z.object({
  identity: journalIdentitySchema.nullable(),
  /** Complete writes and their ops in the journal. */
  writes: z.number(),
  ops: z.number(),
  /** HLC of the newest op of a complete write. */
  lastHlc: z.string().nullable(),
  /** Highest value ever journaled per serial key. */
  serials,
  /** Lines that failed their checksum or could not be read (skipped, kept in the file). */
  damaged: z.array(journalDamageSchema),
  /** A torn last line found after a crash (a write that was never confirmed), set aside once. */
  tornTails: z.number(),
  bytes: z.number(),
});

export const journalAppendResult = z.object({ writes: z.number(), ops: z.number(), lastHlc: z.string().nullable() });

export const journalReadArgs = z
  .object({
    /** Opaque position from the previous page; null = from the start. */
    cursor: z.string().max(100).nullable(),
    maxBytes: z.number().int().min(1024).max(16 * 1024 * 1024).optional(),
  })
  .strict();

export const journalEntrySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('write'), ops: z.array(wireOpSchema), serials }),
  /** These ops were published to the share (marked by the sync push). */
  z.object({ kind: z.literal('published'), ids: z.array(z.string()) }),
]);

export const journalReadResult = z.object({
  entries: z.array(journalEntrySchema),
  /** Null when the end was reached. */
  next: z.string().nullable(),
});

// Attachment bytes (local-only blobs, not ops) of a journaled write: content-addressed, in chunks like sync:blob-*.
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
export const journalBlobPutArgs = z.object({ sha256, offset: z.number().int().min(0), total: z.number().int().min(0), data: z.string().max(Math.ceil(BLOB_CHUNK / 3) * 4 + 4) }).strict();
export const journalBlobPutResult = z.object({ present: z.boolean(), received: z.number() });
export const journalBlobGetArgs = z.object({ sha256, offset: z.number().int().min(0), length: z.number().int().min(1).max(BLOB_CHUNK) }).strict();
export const journalBlobGetResult = z.object({ data: z.string(), total: z.number(), present: z.boolean() });

export type JournalWrite = z.infer<typeof journalWriteSchema>;
export type JournalIdentity = z.infer<typeof journalIdentitySchema>;
export type JournalState = z.infer<typeof journalStateResult>;
export type JournalEntry = z.infer<typeof journalEntrySchema>;
