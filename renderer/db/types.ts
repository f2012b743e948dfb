/**
 * The repository API the rest of the renderer uses. renderer/db owns the
 * IndexedDB database (Dexie) and is the only module that writes to it: every
 * write goes through these repositories, which append field-level ops to the
 * outbox in the same transaction as the record (strict durability).
 */
import type { MonthlyReportsRepository } from './monthly-reports-types';
import type { ShipmentsRepository } from './shipments-types';
import type { CaseIntake, ComplaintCase } from '../../shared/domain/case';
import type { ChangeSet } from './change-feed';
import type { HistoryEntry } from '../../shared/domain/history';
import type { LedgerRow } from '../../shared/domain/ledger-row';
import type { ExistingCase, ImportPlan } from '../../shared/workbook/ledger-import/plan';
import type {
  ActionsRepository,
  AttachmentsRepository,
  CostsRepository,
  LifecycleRepository,
  LifecycleSettings,
  RepliesRepository,
  ResponsibilityRepository,
  ReturnsRepository,
  SurveysRepository,
} from './lifecycle-types';

/** Who writes and where: read fresh for every write (settings can change while the app runs). */
export interface WriteContext {
  deviceId: string;
  stationCode: string;
  caseNumberPattern: string;
  /** Display name of the current clerk, stored on every op. */
  user: string;
  /** Id of the signed-in clerk: who acts in admin writes of the clerk list (clerk-types.ts). */
  clerkId?: string;
  /** The one clock of this window (session store: Date.now; tests: a simulated clock). Storage never reads another. */
  now: () => number;
  /** Lifecycle settings (authority matrix, tolerance, working hours …); defaults of shared/domain/settings.ts when absent. */
  lifecycle?: LifecycleSettings;
  /**
   * Version skew (issue 4): the share requires a newer app. Every write is
   * then refused with ReadOnlyError (checked by the OpsWriter inside the
   * write's transaction, so nothing is half-written); reads and merging
   * remote changes go on.
   */
  readOnly?: boolean;
}

import type { Seen } from './seen';
export type { Seen } from './seen';

export type { Clerk, ClerkRepository, NewClerk, SignInResult } from './clerk-types';
import type { ClerkRepository } from './clerk-types';
import type { DelegationsRepository } from './delegation-types';

export class RecordNotFoundError extends Error {
  constructor(entity: string, id: string) {
    super(`${entity} ${id} not found`);
    this.name = 'RecordNotFoundError';
  }
}

/** Thrown when a write is refused because the input is invalid; nothing was written. */
export class ValidationFailedError extends Error {
  constructor(readonly fieldErrors: Record<string, string>) {
    super(`invalid input: ${Object.keys(fieldErrors).join(', ')}`);
    this.name = 'ValidationFailedError';
  }
}

/** Thrown by every write while this app is read-only (older than the share's minAppVersion); nothing was written. */
export class ReadOnlyError extends Error {
  constructor() {
    super('read-only: this app is older than the shared folder requires — update the app');
    // Not 'ReadOnlyError': Dexie wraps errors named like its own (Dexie.ReadOnlyError) into a DexieError.
    this.name = 'AppReadOnlyError';
  }
}

/** Thrown when a case would be numbered but this PC has no (valid) station code or numbering pattern yet. */
export class NumberingNotConfiguredError extends Error {
  constructor(readonly problem: 'stationCodeMissing' | 'invalidStationCode' | 'invalidPattern', detail: string) {
    super(`case numbering not configured (${problem}): ${detail}`);
    this.name = 'NumberingNotConfiguredError';
  }
}

/** Thrown by importMany when some rows are invalid; nothing was written. `index` is the position in the input. */
export class ImportValidationError extends Error {
  constructor(readonly rows: { index: number; fieldErrors: Record<string, string> }[]) {
    super(`${rows.length} invalid row(s), first at index ${rows[0]?.index ?? -1}`);
    this.name = 'ImportValidationError';
  }
}

export interface CaseRepository {
  /** Validates, numbers and stores a new case with one op carrying every field. */
  create(intake: CaseIntake): Promise<ComplaintCase>;
  /** Writes only the fields that changed (one op each); returns the stored case. `seen`: see Seen. */
  update(id: string, patch: Partial<CaseIntake>, seen?: Seen): Promise<ComplaintCase>;
  /** Tombstone: the case disappears from the ledger, its number stays used. Throws RecordNotFoundError when missing or already deleted. */
  remove(id: string): Promise<void>;
  /** The stored case, deleted ones included (check `deleted`). */
  get(id: string): Promise<ComplaintCase | undefined>;
  /** The case with this number, deleted ones included (check `deleted`). */
  findByNumber(caseNumber: string): Promise<ComplaintCase | undefined>;
  /** Newest received first, without deleted cases. */
  listRecent(limit: number): Promise<LedgerRow[]>;
  /** Every case that is not deleted, as ledger rows (read in pages, yielding between them; `onPage` sees each page as it arrives). */
  listAll(options?: ListAllOptions): Promise<LedgerRow[]>;
  /** The ledger rows of these cases now: live ones as rows, deleted or unknown ones in `removed` (change feed → ledger). */
  rowsOf(ids: readonly string[]): Promise<{ rows: LedgerRow[]; removed: string[] }>;
  /** Number of cases that are not deleted. */
  count(): Promise<number>;
  /** Field history from the ops, newest first (creation entries included; empty for an unknown id). */
  history(id: string): Promise<HistoryEntry[]>;
  /**
   * Stores many cases at once (Excel import, benchmark seeding): every row is
   * validated first (ImportValidationError, nothing written), then written in
   * chunked transactions with the same ops as create(), one transaction per
   * chunk. Each case is numbered in the month it was received. A number is
   * the chunk size (cases per transaction, default 1000), as is
   * `options.chunkSize`; `options.onProgress` hears of each chunk committed.
   * Returns how many were stored.
   */
  importMany(intakes: CaseIntake[], options?: number | ImportOptions): Promise<number>;
  /**
   * Writes what the clerk confirmed of a 台账 import (ledger-import-write.ts):
   * the new cases with their original numbers (closed ones closed on their
   * day), the updates as field edits. Validated first (ImportValidationError,
   * nothing written), then chunked transactions like importMany.
   */
  importLedger(plan: ImportPlan, options?: ImportOptions): Promise<LedgerImportResult>;
  /** The live cases as an import's dry run matches them. */
  existingForImport(): Promise<ExistingCase[]>;
}

export interface LedgerImportResult {
  created: number;
  updated: number;
  /** Updates whose case was deleted since the dry run. */
  skipped: number;
}

/** How far an import is: reported once the rows are valid (nothing written yet), then after each chunk's transaction commits. */
export interface ListAllOptions {
  /** Rows read per page (default LIST_ALL_PAGE). */
  pageSize?: number;
  /** Called with each page as soon as it is read (the ledger indexes it while the next one is read). */
  onPage?: (rows: readonly LedgerRow[]) => void;
}

export interface ImportProgress {
  chunksDone: number;
  chunks: number;
  /** Cases committed so far (the chunks done), of `total`. */
  rowsWritten: number;
  total: number;
}

export interface ImportOptions {
  /** Cases per transaction (default 1000). */
  chunkSize?: number;
  /** Called synchronously; an error it throws stops the import after the chunks already committed. */
  onProgress?: (progress: ImportProgress) => void;
}

export type { PrintRepository } from './print-types';
import type { PrintRepository } from './print-types';
import type { EightDRepository } from './eightd-types';
import type { OfficeRecordReading, OfficeValues } from '../../shared/domain/office-settings';

/** The office's shared rules (office-settings-repository.ts). */
export interface OfficeSettingsRepository {
  /** The office record's values, each checked (refused fields are listed). */
  read(): Promise<OfficeRecordReading>;
  /** One op with these office fields; `seen`: the values the clerk's form showed (a value changed underneath becomes a conflict). */
  write(values: Partial<OfficeValues>, options?: { seen?: Partial<OfficeValues> }): Promise<void>;
  /** A PC's own values from before office settings, written so that every office edit wins over them. */
  migrate(values: Partial<OfficeValues>): Promise<void>;
  /** Who changed which office field when, old → new, newest first. */
  history(): Promise<HistoryEntry[]>;
}
export type { ArchiveRepository, CollectedArchive, LateOpsOfBatch, NewArchiveBatch, RemovalReport } from './archive-types';
import type { ArchiveRepository } from './archive-types';
export type { MasterDataRepository } from './master-data-types';
import type { MasterDataRepository } from './master-data-types';
export type { CheckedSignature, SignatureChecksRepository, UnverifiedCase } from './signature-check-types';
import type { SignatureChecksRepository } from './signature-check-types';
import type { QualityHistoryReads } from './quality-history-reads';

export interface Repositories {
  cases: CaseRepository;
  clerks: ClerkRepository;
  /** Case lifecycle (issue 3): see lifecycle-types.ts. */
  lifecycle: LifecycleRepository;
  returns: ReturnsRepository;
  responsibility: ResponsibilityRepository;
  costs: CostsRepository;
  actions: ActionsRepository;
  replies: RepliesRepository;
  surveys: SurveysRepository;
  attachments: AttachmentsRepository;
  /** Print records and the signed-copy mark (issue 5): print-repository.ts. */
  print: PrintRepository;
  /** 8D reports (issue 6): eightd-types.ts, eightd-repository.ts. */
  eightD: EightDRepository;
  /** The office's shared rules (issue 16.1): office-settings-repository.ts. */
  officeSettings: OfficeSettingsRepository;
  /** Delegations of approval authority (委托授权): delegations-repository.ts. */
  delegations: DelegationsRepository;
  /** Master data (字典, issue 16): master-data-types.ts, master-data-repository.ts. */
  masterData: MasterDataRepository;
  shipments: ShipmentsRepository;
  monthlyReports: MonthlyReportsRepository;
  /** What the 品质履历表 reads of many cases (issue 17.5): quality-history-reads.ts. */
  qualityHistory: QualityHistoryReads;
  /** Signatures checked against the verified directory (issue 16.5): signature-checks.ts. */
  signatureChecks: SignatureChecksRepository;
  /** Retention: archive batches and what goes into an archive file (issue 20.6): archive-types.ts, archive-repository.ts. */
  archive: ArchiveRepository;
  /** What each committed write or merge changed (change-feed.ts): pages re-read by id, the ledger patches its rows. */
  changes: {
    subscribe(listener: (changes: ChangeSet) => void): () => void;
    /** Resolves once every change committed so far has been published to the listeners. */
    published(): Promise<void>;
  };
  /** Ops written here and not yet published to the share; with `atMost`, counted up to atMost + 1 only (cheap; more = "atMost+"). */
  pendingOpCount(atMost?: number): Promise<number>;
}
