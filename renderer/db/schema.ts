/**
 * The IndexedDB schema of the desk (Dexie). Owns the table layout, the
 * indexes and every schema version ever shipped. Nothing outside renderer/db
 * sees Dexie: the rest of the renderer goes through the repositories.
 *
 * Tables
 *  - cases:  one row per complaint case (tombstoned, never hard-deleted, so
 *            its number stays taken). `liveReceivedAt` is receivedAt in UTC
 *            and is present ONLY while the case is not deleted: its index is
 *            a sparse index of the live cases, ordered by time whatever
 *            offset was typed, so the ledger's "newest first" and count()
 *            walk the index without reading deleted records. Whoever
 *            un-deletes or merges a case must keep this rule.
 *  - clerks: the shared clerk list; `nameKey` is the trimmed lower-case name;
 *            since 16.3 also department, roles, active, the password
 *            credential (PBKDF2, never the password) and createdBy.
 *  - ops:    the outbox and audit trail; `published` is 0/1 because booleans
 *            cannot be indexed.
 *  - meta:   small key/value facts of this PC: lastHlc, serial:<scope>,
 *            serial:rma:<scope> (RMA numbers), serial:8d:<scope> (8D numbers).
 *  - version 2, the case lifecycle (lifecycle-repositories.ts; records of
 *    shared/domain/lifecycle/records.ts, all with a `caseId` index):
 *    caseLifecycles (id = caseId), transitions, approvals, returnLines,
 *    dispositions, responsibilityShares, supplierClaims, costs, caseActions
 *    (owner/status/dueDate for the workbench), customerReplies, surveys,
 *    attachments (metadata) and blobs (bytes by sha256, local only: not ops).
 *    cases gain indexes on the stored lifecycle projection (state, nextDueAt).
 *  - version 5, 8D reports (eightd-repository.ts; shared/domain/eightd/records.ts):
 *    eightDs (caseId, number) and the child lists eightDMembers,
 *    eightDContainment, eightDCauses, eightDCorrectives, eightDPrevention
 *    (reportId, caseId). Photos are attachments (ownerId = eightDPhotoOwner).
 *  - version 6, no new table: every stored projection gains the facts
 *    statistics count (closedAt, costs, shares), computed from the tables.
 *  - version 7, ledgerRows: one compact LedgerRow per live case, kept by the
 *    ledger-rows middleware with every write to cases (ledger-rows.ts).
 *  - version 9, officeSettings: the office's shared rules, one record
 *    (office-settings-repository.ts; shared/domain/office-settings.ts).
 *  - version 10, masterEntries: master data (字典, master-data-repository.ts;
 *    shared/domain/master-data/entry.ts), by kind and by code; the ledger
 *    rows are written again with the entry ids of their cases.
 *  - version 16, the 8D's 举一反三 rows and approved revisions (issue 19.6/19.7):
 *    eightDHorizontalChecks and eightDRevisions (reportId, caseId), child
 *    records like the other 8D lists.
 *  - version 19, retention (issue 20.6; archive-repository.ts, archive-removal.ts):
 *    archiveBatches (replicated: which cases went to which archive file, and
 *    the admin's confirmation), archivedRecords (local: every record removed
 *    by a confirmed batch, by entity and id, so late ops are not projected
 *    back) and archivedLateOps (local: those late ops, kept aside, counted).
 *  - version 11, signInFailures: wrong passwords per clerk typed at this
 *    PC (clerk-sign-in.ts; local only, never replicated).
 *
 * Opened with strict transaction durability: a write the clerk was told is
 * saved is flushed to disk before the transaction completes (power loss).
 */
import type { MonthlyReportIssue } from '../../shared/domain/statistics/monthly-report';
import type { Shipment } from '../../shared/domain/shipments/shipment';
import type { SignatureRecord } from '../../shared/domain/signatures/signature';
import type { UnverifiedReason } from '../../shared/domain/signatures/directory';
import { ChangeFeed, changeFeedMiddleware } from './change-feed';
import Dexie, { type DexieOptions, type Table, type Transaction } from 'dexie';
import type { ComplaintCase } from '../../shared/domain/case';
import { statisticsFacts, type CaseProjection } from '../../shared/domain/lifecycle/projection';
import type {
  ApprovalRecord,
  AttachmentRecord,
  CaseActionRecord,
  CaseLifecycle,
  CostRecord,
  CustomerReply,
  DispositionRecord,
  OutboundShipment,
  RepairOrder,
  ResponsibilityShare,
  ReturnLine,
  SupplierClaim,
  SurveyRecord,
  TransitionRecord,
} from '../../shared/domain/lifecycle/records';
import type { EightD, EightDCause, EightDContainment, EightDCorrective, EightDHorizontalCheck, EightDMember, EightDPrevention, EightDRevision } from '../../shared/domain/eightd/records';
import { fromLegacyOp, type LegacyOp, type Op, type WireOp } from '../../shared/sync/op';
import { conflictId, type ConflictRow } from './conflicts';
import type { PasswordCredential } from '../../shared/domain/clerks/password';
import { journalWatch, type JournalWatch } from './journal-watch';
import { ledgerRowOf, ledgerRowsMiddleware } from './ledger-rows';
import type { LedgerRow } from '../../shared/domain/ledger-row';
import type { MasterEntry } from '../../shared/domain/master-data/entry';

export interface StoredCase extends ComplaintCase {
  /** receivedAt as UTC ISO text while the case is live; absent on tombstones (sparse index of live cases). */
  liveReceivedAt?: string;
  /**
   * Lifecycle projection for the ledger (state, severity, departments,
   * nextDueAt …), written by the lifecycle repositories in the same
   * transaction as every lifecycle write, and by refreshCaseProjection after
   * a merge. Local, not an op. Absent = EMPTY_PROJECTION.
   */
  projection?: CaseProjection;
}

/** Bytes of an attachment or thumbnail, keyed by their sha256 (deduplicated, local only). */
export interface StoredBlob {
  /** Lower-case hex sha256 of `data`. */
  sha256: string;
  data: ArrayBuffer;
  mimeType: string;
  size: number;
}

/** A clerk as stored (clerks-repository.ts reads it into a Clerk). Fields added by 16.3 are absent on older records. */
export interface StoredClerk {
  id: string;
  name: string;
  createdAt: string;
  deleted: boolean;
  /** Trimmed, lower-case name. */
  nameKey: string;
  department?: string;
  /** JSON array of role ids (shared/domain/clerks/roles.ts). */
  roles?: string[];
  active?: boolean;
  /** The password's PBKDF2 credential (replicated; never the password). */
  credential?: PasswordCredential | null;
  /** Set by an admin's reset: to be changed at the next sign-in. */
  passwordTemporary?: boolean;
  createdBy?: string;
}

/**
 * A signature this PC could not verify (local, never replicated:
 * signature-checks.ts keeps one row per unverified signature and none for
 * the verified ones), so the workbench lists them without reading every case.
 */
export interface UnverifiedSignature {
  /** The signature's id. */
  id: string;
  /** '' when the record names no case (malformed). */
  caseId: string;
  reason: UnverifiedReason;
}

/** A record a confirmed archive batch removed from this PC (local): later ops for it are kept aside, never projected. */
export interface ArchivedRecord {
  /** archivedKey(entity, id). */
  key: string;
  entity: string;
  entityId: string;
  caseId: string;
  batchId: string;
}

/** An op for an archived record that the archive file does not hold (an offline PC's late edit): kept here, not lost. */
export interface ArchivedLateOp {
  id: string;
  batchId: string;
  caseId: string;
  op: WireOp;
}

export const archivedKey = (entity: string, entityId: string): string => `${entity}\u0000${entityId}`;

/** Wrong passwords typed at this PC for one clerk (local, never replicated: clerk-sign-in.ts). */
export interface SignInFailures {
  clerkId: string;
  /** ms, from the session's clock. */
  times: number[];
}

export interface StoredOp extends Op {
  /** 0 = still in the outbox, 1 = written to the share. */
  published: 0 | 1;
}

export interface MetaEntry {
  key: string;
  value: string | number;
}

/** receivedAt as UTC ISO text: the key of the live-cases index (`liveReceivedAt`), ordered by time whatever offset was typed. */
export function liveReceivedAtOf(receivedAt: string): string {
  const ms = Date.parse(receivedAt);
  return Number.isNaN(ms) ? receivedAt : new Date(ms).toISOString();
}

/** Meta keys. */
export const META_LAST_HLC = 'lastHlc';
export const metaSerialKey = (scope: string): string => `serial:${scope}`;
/** Serials of RMA numbers count apart from case numbers (their own meta key per scope). */
export const metaRmaSerialKey = (scope: string): string => `serial:rma:${scope}`;
/** Serials of 8D numbers (their own meta key per scope, e.g. serial:8d:8D20261123{SEQ}-B). */
export const metaEightDSerialKey = (scope: string): string => `serial:8d:${scope}`;

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  /** Data migration run by Dexie when a database older than `version` is opened. */
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

/**
 * EVERY version ever shipped, oldest first. Never edit or delete an entry
 * once released: PCs in the field may still hold any of them, and Dexie
 * needs the whole chain to upgrade. To change the schema, append a new
 * version (with an `upgrade` when data must move) and add its case to
 * test/unit/renderer/db/schema.test.ts.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      cases: 'id, &caseNumber, liveReceivedAt, updatedAt, customerName, productModel, lotNumber',
      clerks: 'id, nameKey',
      ops: 'id, [entity+entityId], hlc, published',
      meta: 'key',
    },
  },
  {
    // The case lifecycle (issue 3). New tables only, plus two indexes on cases over the stored projection.
    version: 2,
    stores: {
      cases: 'id, &caseNumber, liveReceivedAt, updatedAt, customerName, productModel, lotNumber, projection.state, projection.nextDueAt',
      caseLifecycles: 'id, caseId, state, rmaNumber',
      transitions: 'id, caseId',
      approvals: 'id, caseId',
      returnLines: 'id, caseId',
      dispositions: 'id, caseId, lineId',
      responsibilityShares: 'id, caseId',
      supplierClaims: 'id, caseId, shareId, status',
      costs: 'id, caseId',
      caseActions: 'id, caseId, owner, status, dueDate',
      customerReplies: 'id, caseId',
      surveys: 'id, caseId',
      attachments: 'id, caseId, ownerId, sha256',
      blobs: 'sha256',
    },
  },
  {
    // Replication (issue 4; sync-repository.ts): conflicts = losing values shown on the case page
    // (id = the losing op's id), quarantine = remote ops from too far in the future (held back, not applied).
    version: 3,
    stores: {
      conflicts: 'id, [entity+entityId], entityId',
      quarantine: 'id',
    },
  },
  {
    // Printing (issue 5; print-repository.ts): a record of every print per case, and the signed-copy mark (id = caseId).
    version: 4,
    stores: {
      printRecords: 'id, caseId',
      signedCopies: 'id',
    },
  },
  {
    // 8D reports (issue 6; eightd-repository.ts): the report and its child lists, each by report and by case.
    // `number` is not a unique index: numbers are unique by issuance (station + serial in meta), and a
    // unique index would stop a merge from a cloned PC instead of showing both.
    version: 5,
    stores: {
      eightDs: 'id, caseId, number',
      eightDMembers: 'id, reportId, caseId',
      eightDContainment: 'id, reportId, caseId',
      eightDCauses: 'id, reportId, caseId',
      eightDCorrectives: 'id, reportId, caseId',
      eightDPrevention: 'id, reportId, caseId',
    },
  },
  {
    // Statistics facts on the ledger projection (issue 14.3): closedAt, costs by kind and department, shares.
    version: 6,
    stores: {},
    upgrade: addStatisticsFacts,
  },
  {
    // The compact ledger rows (issue 15.2; ledger-rows.ts keeps them with every write to cases).
    version: 7,
    stores: { ledgerRows: 'id' },
    upgrade: fillLedgerRows,
  },
  {
    // One op per record write (issue 15.1, shared/sync/op.ts): the one-field ops of format 1 become
    // one-field ops of the new shape (same ids, so they match the share's format-1 segments), and
    // conflict ids name their field (one op may now lose on several fields).
    version: 8,
    stores: {},
    upgrade: opsToRecordWrites,
  },
  {
    // The office's shared rules (issue 16.1; office-settings-repository.ts): one record, id 'office'.
    version: 9,
    stores: { officeSettings: 'id' },
  },
  {
    // Master data (issue 16; master-data-repository.ts): customers, models, defect types … by kind and code.
    version: 10,
    stores: { masterEntries: 'id, kind, code' },
    // The ledger rows gain the entry ids of the case (customerId …), '' for the cases stored before.
    upgrade: fillLedgerRows,
  },
  {
    // Sign-in (issue 16.3; clerk-sign-in.ts): wrong passwords typed at this PC, per clerk (local, not replicated).
    // Clerks need no data step: the fields they gain (roles, credential …) read as "none yet" when absent.
    version: 11,
    stores: { signInFailures: 'clerkId' },
  },
  {
    // Electronic signatures (issue 16.4; shared/domain/signatures): append-only, read with the case's lifecycle.
    version: 12,
    stores: { signatures: 'id, caseId' },
  },
  {
    // Signature checks (issue 16.5; signature-checks.ts): the signatures this PC found unverified, by case (local, not replicated).
    version: 13,
    stores: { unverifiedSignatures: 'id, caseId' },
  },
  {
    // Shipped quantities (issue 17.3; shipments-repository.ts): the denominators of 客诉率 and PPM, by month.
    version: 14,
    stores: { shipments: 'id, month' },
  },
  {
    // The monthly report's issue marks (issue 17.6; monthly-reports-repository.ts): one record per month.
    version: 15,
    stores: { monthlyReports: 'id' },
  },
  {
    // 8D 举一反三 rows and approved revisions (issue 19.6/19.7; eightd-repository.ts): child records of a report, by report and by case.
    // Reports stored before need no data step: a missing revision reads as Rev.0 (shared/domain/eightd/revisions.ts).
    version: 16,
    stores: {
      eightDHorizontalChecks: 'id, reportId, caseId',
      eightDRevisions: 'id, reportId, caseId',
    },
  },
  {
    // The outbound leg (issue 19.1; shared/domain/lifecycle/outbound.ts): 返修单 and goods sent back, read with the case's lifecycle.
    version: 18,
    stores: { repairOrders: 'id, caseId, lineId', outboundShipments: 'id, caseId, lineId' },
  },
  {
    // Retention (issue 20.6; archive-repository.ts, archive-removal.ts): archive batches (replicated), the records a confirmed
    // batch removed (local; key = entity + NUL + id) and the late ops for them kept aside (local). New tables only: nothing to move.
    version: 19,
    stores: { archiveBatches: 'id', archivedRecords: 'key, caseId, batchId', archivedLateOps: 'id, batchId' },
  },
];

/**
 * Version 6: computes the statistics facts of every stored projection from
 * the lifecycle tables, in the upgrade's own transaction (no settings are
 * needed: the facts depend on records alone). A case without a projection
 * had no lifecycle write and keeps none.
 */
async function addStatisticsFacts(tx: Transaction): Promise<void> {
  const [lifecycles, transitions, costs, shares] = await Promise.all([
    tx.table<CaseLifecycle, string>('caseLifecycles').toArray(),
    tx.table<TransitionRecord, string>('transitions').toArray(),
    tx.table<CostRecord, string>('costs').toArray(),
    tx.table<ResponsibilityShare, string>('responsibilityShares').toArray(),
  ]);
  const lifecycleOf = new Map(lifecycles.map((lc) => [lc.caseId, lc]));
  const transitionsOf = groupByCase(transitions);
  const costsOf = groupByCase(costs);
  const sharesOf = groupByCase(shares);
  await tx
    .table<StoredCase, string>('cases')
    .toCollection()
    .modify((c) => {
      if (!c.projection) return;
      const facts = statisticsFacts({
        lifecycle: lifecycleOf.get(c.id) ?? c.projection,
        transitions: transitionsOf.get(c.id) ?? [],
        costs: costsOf.get(c.id) ?? [],
        shares: sharesOf.get(c.id) ?? [],
      });
      c.projection = { ...c.projection, ...facts };
    });
}

/** Version 7: a row for every live case, from the stored cases (their projections carry schema 6's facts). */
async function fillLedgerRows(tx: Transaction): Promise<void> {
  const rows: LedgerRow[] = [];
  await tx
    .table<StoredCase, string>('cases')
    .toCollection()
    .each((stored) => {
      const row = ledgerRowOf(stored);
      if (row) rows.push(row);
    });
  await tx.table<LedgerRow, string>('ledgerRows').bulkPut(rows);
}

/** Version 8: every op and quarantined op to the `fields` shape; conflict rows to conflictId(). */
async function opsToRecordWrites(tx: Transaction): Promise<void> {
  const upgrade = (op: Record<string, unknown>): void => {
    if (!('field' in op) || 'fields' in op) return;
    const next = fromLegacyOp(op as unknown as LegacyOp);
    for (const key of Object.keys(op)) delete op[key];
    Object.assign(op, next);
  };
  await tx.table('ops').toCollection().modify(upgrade);
  await tx.table('quarantine').toCollection().modify(upgrade);
  const conflicts = tx.table<ConflictRow & { opId?: string }, string>('conflicts'); // rows of version 7 have no opId: their id is the op's
  const rows = await conflicts.toArray();
  await conflicts.clear();
  await conflicts.bulkPut(rows.map((row) => ({ ...row, id: conflictId({ id: row.opId ?? row.id, field: row.field }), opId: row.opId ?? row.id })));
}

/** Records grouped by their caseId (upgrades and the batched projection refresh). */
export function groupByCase<T extends { caseId: string }>(records: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const r of records) {
    const list = groups.get(r.caseId);
    if (list) list.push(r);
    else groups.set(r.caseId, [r]);
  }
  return groups;
}

/** Highest declared version (entries are applied in version order, whatever order they were appended in). */
export const LATEST_SCHEMA_VERSION = Math.max(0, ...SCHEMA_VERSIONS.map((v) => v.version));

export interface OpenOptions {
  /** An IndexedDB implementation (tests pass fake-indexeddb's IDBFactory for isolation). */
  indexedDB?: DexieOptions['indexedDB'];
  IDBKeyRange?: DexieOptions['IDBKeyRange'];
  /** Declare only the versions up to this one (upgrade tests open an "old app" first). */
  upToVersion?: number;
}

export class DeskDatabase extends Dexie {
  cases!: Table<StoredCase, string>;
  clerks!: Table<StoredClerk, string>;
  ops!: Table<StoredOp, string>;
  meta!: Table<MetaEntry, string>;
  // Version 2: the case lifecycle.
  caseLifecycles!: Table<CaseLifecycle, string>;
  transitions!: Table<TransitionRecord, string>;
  approvals!: Table<ApprovalRecord, string>;
  returnLines!: Table<ReturnLine, string>;
  dispositions!: Table<DispositionRecord, string>;
  responsibilityShares!: Table<ResponsibilityShare, string>;
  supplierClaims!: Table<SupplierClaim, string>;
  costs!: Table<CostRecord, string>;
  caseActions!: Table<CaseActionRecord, string>;
  customerReplies!: Table<CustomerReply, string>;
  surveys!: Table<SurveyRecord, string>;
  attachments!: Table<AttachmentRecord, string>;
  blobs!: Table<StoredBlob, string>;
  // Version 5: 8D reports.
  eightDs!: Table<EightD, string>;
  eightDMembers!: Table<EightDMember, string>;
  eightDContainment!: Table<EightDContainment, string>;
  eightDCauses!: Table<EightDCause, string>;
  eightDCorrectives!: Table<EightDCorrective, string>;
  eightDPrevention!: Table<EightDPrevention, string>;
  // Version 16: 8D 举一反三 rows and approved revisions.
  eightDHorizontalChecks!: Table<EightDHorizontalCheck, string>;
  eightDRevisions!: Table<EightDRevision, string>;
  // Version 7: the compact ledger rows (read-only outside ledger-rows.ts, which keeps them).
  ledgerRows!: Table<LedgerRow, string>;
  // Version 9: the office's shared rules (one record).
  officeSettings!: Table<Record<string, unknown> & { id: string }, string>;
  // Version 11: wrong passwords per clerk at this PC.
  signInFailures!: Table<SignInFailures, string>;
  // Version 10: master data (字典).
  masterEntries!: Table<MasterEntry, string>;
  // Version 12: electronic signatures.
  signatures!: Table<SignatureRecord, string>;
  // Version 13: the signatures this PC found unverified (signature-checks.ts keeps them).
  unverifiedSignatures!: Table<UnverifiedSignature, string>;
  // Version 18: the outbound leg (repair orders, goods sent back to the customer).
  repairOrders!: Table<RepairOrder, string>;
  outboundShipments!: Table<OutboundShipment, string>;
  // Version 14: shipped quantities per month, customer and model.
  shipments!: Table<Shipment, string>;
  // Version 19: retention (archive batches; records removed by a confirmed batch; late ops for them).
  archiveBatches!: Table<Record<string, unknown> & { id: string }, string>;
  archivedRecords!: Table<ArchivedRecord, string>;
  archivedLateOps!: Table<ArchivedLateOp, string>;
  // Version 15: which months' reports were issued.
  monthlyReports!: Table<MonthlyReportIssue, string>;
  /** Told of every serial high-water mark and attachment blob written, inside the writing transaction (the durable journal keeps them). */
  journalWatch: JournalWatch | null = null;

  /** What each committed transaction changed (change-feed.ts). */
  readonly changes = new ChangeFeed();

  constructor(name: string, options: OpenOptions = {}) {
    const dexieOptions: DexieOptions = { chromeTransactionDurability: 'strict' };
    if (options.indexedDB) dexieOptions.indexedDB = options.indexedDB;
    if (options.IDBKeyRange) dexieOptions.IDBKeyRange = options.IDBKeyRange;
    super(name, dexieOptions);
    this.use(changeFeedMiddleware(this.changes));
    this.use(ledgerRowsMiddleware());
    const upTo = options.upToVersion ?? LATEST_SCHEMA_VERSION;
    for (const v of [...SCHEMA_VERSIONS].sort((a, b) => a.version - b.version)) {
      if (v.version > upTo) break;
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
    this.use(journalWatch(() => this.journalWatch));
  }
}

/** Opens (creating or upgrading) the desk database of one PC profile. */
export async function openDeskDatabase(name: string, options: OpenOptions = {}): Promise<DeskDatabase> {
  const db = new DeskDatabase(name, options);
  await db.open();
  return db;
}
