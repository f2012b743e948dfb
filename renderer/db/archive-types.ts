/** What the retention repository offers (archive-repository.ts; issue 20.6). */
import type { ArchiveContent } from '../../shared/archive/case-archive';
import type { HistoryEntry } from '../../shared/domain/history';
import type { ArchiveBatch } from '../../shared/domain/retention/batch';
import type { RetentionCandidate } from '../../shared/domain/retention/eligibility';
import type { SigningInput } from './signing-input';

/** What a confirmed batch's removal did on one PC (archive-removal.ts). */
export interface RemovalReport {
  cases: number;
  records: number;
  ops: number;
  /** Ops of these records the archive file does not hold: kept in archivedLateOps. */
  lateOps: number;
}

/** The content of an archive file for some cases, and the newest op per PC it holds. */
export interface CollectedArchive {
  content: ArchiveContent;
  heldUpTo: Record<string, string>;
}

export interface NewArchiveBatch {
  fileName: string;
  sha256: string;
  size: number;
  folder: string;
  caseIds: string[];
  caseNumbers: string[];
  recordCount: number;
  opCount: number;
  cutoffDate: string;
  archiveAfterYears: number;
  heldUpTo: Record<string, string>;
}

export interface LateOpsOfBatch {
  batchId: string;
  /** Late ops kept aside, and how many cases they are about. */
  ops: number;
  cases: number;
}

export interface ArchiveRepository {
  /** Every live case as retention reads it (the ledger rows, open actions, supplier records). */
  candidates(): Promise<RetentionCandidate[]>;
  /** Every record, op and attachment of these cases, for the archive file. */
  collect(caseIds: readonly string[]): Promise<CollectedArchive>;
  /** Records a written and verified archive file (admin only; removes nothing). */
  recordBatch(input: NewArchiveBatch): Promise<ArchiveBatch>;
  /**
   * The admin's signed confirmation (password): the batch is confirmed and
   * its cases removed from this PC in the same transaction; every other PC
   * removes them when the confirmation reaches it. Refused (nothing
   * written) when a case changed after the archive was made, or when
   * `verifiedSha256` (of the file read back just now) is not the batch's.
   */
  confirm(batchId: string, signing: SigningInput, verifiedSha256: string): Promise<RemovalReport>;
  /** An unconfirmed batch is set aside (admin only); its file stays where it is. */
  discard(batchId: string): Promise<void>;
  /** Every batch, newest first (discarded ones included, marked). */
  batches(): Promise<ArchiveBatch[]>;
  history(batchId: string): Promise<HistoryEntry[]>;
  /** What the removal did on this PC, or null when it has not removed the batch's cases. */
  removal(batchId: string): Promise<RemovalReport | null>;
  /** Late changes to archived cases kept aside on this PC, per batch. */
  lateOps(): Promise<LateOpsOfBatch[]>;
}
