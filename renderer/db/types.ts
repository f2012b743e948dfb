/**
 * The repository API the rest of the renderer uses. renderer/db owns the
 * IndexedDB database (Dexie) and is the only module that writes to it: every
 * write goes through these repositories, which append field-level ops to the
 * outbox in the same transaction as the record (strict durability).
 */
import type { CaseIntake, ComplaintCase } from '../../shared/domain/case';
import type { HistoryEntry } from '../../shared/domain/history';

/** Who writes and where: read fresh for every write (settings can change while the app runs). */
export interface WriteContext {
  deviceId: string;
  stationCode: string;
  caseNumberPattern: string;
  /** Display name of the current clerk, stored on every op. */
  user: string;
  /** Injectable clock for tests; defaults to Date.now. */
  now?: () => number;
}

export interface Clerk {
  id: string;
  name: string;
  createdAt: string;
  deleted: boolean;
}

/** The projection the ledger keeps in memory for 100,000 cases. */
export interface LedgerRow {
  id: string;
  caseNumber: string;
  customerName: string;
  productModel: string;
  partNumber: string;
  lotNumber: string;
  orderNumber: string;
  receivedAt: string;
  market: ComplaintCase['market'];
  quantityDefective: number | null;
  updatedAt: string;
  createdBy: string;
}

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

export interface CaseRepository {
  /** Validates, numbers and stores a new case; one op per field, all under one HLC. */
  create(intake: CaseIntake): Promise<ComplaintCase>;
  /** Writes only the fields that changed (one op each); returns the stored case. */
  update(id: string, patch: Partial<CaseIntake>): Promise<ComplaintCase>;
  /** Tombstone: the case disappears from the ledger, its number stays used. */
  remove(id: string): Promise<void>;
  get(id: string): Promise<ComplaintCase | undefined>;
  findByNumber(caseNumber: string): Promise<ComplaintCase | undefined>;
  /** Newest received first, without deleted cases. */
  listRecent(limit: number): Promise<LedgerRow[]>;
  /** Every case that is not deleted, as ledger rows. */
  listAll(): Promise<LedgerRow[]>;
  count(): Promise<number>;
  /** Field history from the ops, newest first. */
  history(id: string): Promise<HistoryEntry[]>;
}

export interface ClerkRepository {
  list(): Promise<Clerk[]>;
  /** Creates a clerk by name, or returns the existing one of that name (trimmed, case-insensitive). */
  ensure(name: string): Promise<Clerk>;
  get(id: string): Promise<Clerk | undefined>;
}

export interface Repositories {
  cases: CaseRepository;
  clerks: ClerkRepository;
  /** Ops written here and not yet published to the share. */
  pendingOpCount(): Promise<number>;
}
