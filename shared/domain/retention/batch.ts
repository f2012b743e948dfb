/**
 * An archive batch (issue 20.6): the office's record that an archive file
 * was made of some closed cases, replicated with history (entity
 * 'archiveBatch'). While it is unconfirmed nothing is removed anywhere. An
 * active admin confirms it with their password (确认从所有电脑移除); every PC
 * that receives the confirmation removes the cases' records and ops from its
 * working database — but only when the op that confirmed it was written by
 * the admin it names, who is an active admin in the clerk list (a forged or
 * demoted confirmation removes nothing).
 *
 * `heldUpTo` is, per PC, the newest op of that PC the archive file holds for
 * these cases. A PC's ops reach the share in HLC order, so an op of an
 * archived record newer than that (an edit made offline and synced after
 * the archive) is NOT in the file: it is kept aside as a late change,
 * never dropped and never projected back into a half-record.
 */
import { z } from 'zod';
import { compareHlc, parseHlc } from '../../sync/hlc';

/** Cases per batch: one archive file's (shared/archive/case-archive.ts MAX_ARCHIVE_CASES; a test keeps them equal). */
export const MAX_BATCH_CASES = 5_000;

export const archiveBatchSchema = z.object({
  id: z.string().min(1),
  fileName: z.string().min(1).max(200),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().min(0),
  /** Where the admin wrote it (shown; another PC may reach it under another path). */
  folder: z.string().max(1000),
  caseIds: z.array(z.string().min(1)).max(MAX_BATCH_CASES),
  caseNumbers: z.array(z.string()).max(MAX_BATCH_CASES),
  recordCount: z.number().int().min(0),
  opCount: z.number().int().min(0),
  cutoffDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  archiveAfterYears: z.number().int().min(0),
  heldUpTo: z.record(z.string(), z.string()),
  createdAt: z.string(),
  createdBy: z.string(),
  createdByName: z.string(),
  confirmedAt: z.string().nullable(),
  confirmedBy: z.string().nullable(),
  confirmedByName: z.string().nullable(),
  deleted: z.boolean(),
});
export type ArchiveBatch = z.infer<typeof archiveBatchSchema>;

/** A stored or replicated batch as this app reads it, or null when it is not one (ignored, never acted on). */
export function readArchiveBatch(value: unknown): ArchiveBatch | null {
  const parsed = archiveBatchSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Who wrote the op that set `confirmedBy`, and whether they are an active admin now. */
export interface ConfirmationFacts {
  writerClerkId: string | undefined;
  writerIsActiveAdmin: boolean;
}

/** Whether this batch's cases are to be removed on this PC. */
export function removalAuthorized(batch: ArchiveBatch, facts: ConfirmationFacts): boolean {
  if (batch.deleted || !batch.confirmedAt || !batch.confirmedBy) return false;
  return facts.writerClerkId === batch.confirmedBy && facts.writerIsActiveAdmin;
}

/** Is an op of an archived record one the archive file holds (else: a late change, kept aside)? */
export function heldByArchive(heldUpTo: Readonly<Record<string, string>>, op: { deviceId: string; hlc: string }): boolean {
  const held = heldUpTo[op.deviceId];
  return held !== undefined && compareHlc(parseHlc(op.hlc), parseHlc(held)) <= 0;
}

/** The newest op per PC among the given ops (heldUpTo of a new batch). */
export function newestOpPerDevice(ops: Iterable<{ deviceId: string; hlc: string }>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const op of ops) {
    const held = out[op.deviceId];
    if (held === undefined || compareHlc(parseHlc(op.hlc), parseHlc(held)) > 0) out[op.deviceId] = op.hlc;
  }
  return out;
}
