/**
 * The case repository: the only code that writes complaint cases. Owns
 * numbering (serial per scope, never reused), intake validation at the
 * storage boundary, and the rule that every change to a case appends one op
 * per changed field, under one HLC, in the same transaction as the record.
 *
 * Which fields become ops: every intake field, plus caseNumber, stationCode,
 * createdAt, createdBy and the `deleted` tombstone. updatedAt/updatedBy are
 * NOT ops: they are a projection of the latest op (its HLC wall time and its
 * user), so a PC that merges remote ops derives them the same way.
 */
import { yieldToEventLoop } from '../../shared/event-loop';
import { newId } from './ids';
import {
  INTAKE_FIELDS,
  intakeOf,
  type CaseField,
  type CaseIntake,
  type ComplaintCase,
} from '../../shared/domain/case';
import { buildHistory } from '../../shared/domain/history';
import { hasErrors } from '../../shared/domain/field-checks';
import { validateIntake, type FieldErrors } from '../../shared/domain/intakeValidation';
import {
  checkPattern,
  formatCaseNumber,
  numberingContext,
  numberScope,
  serialInScope,
  splitScope,
  STATION_CODE,
} from '../../shared/domain/numbering';
import type { CaseLifecycleView } from '../../shared/domain/lifecycle/states';
import { DELETED_FIELD, type JsonValue } from '../../shared/sync/op';
import { toLedgerRow, type LedgerRow } from '../../shared/domain/ledger-row';
import { defaultLifecycle, lifecycleSettingsOf, lifecycleTables, projectionOf, refreshCaseProjection } from './lifecycle-projection';
import { sameValue, type OpsWriter } from './ops-writer';
import { liveReceivedAtOf, metaSerialKey, type DeskDatabase, type StoredCase, type StoredOp } from './schema';
import {
  ImportValidationError,
  NumberingNotConfiguredError,
  type ImportOptions,
  type ListAllOptions,
  RecordNotFoundError,
  ValidationFailedError,
  type CaseRepository,
  type WriteContext,
} from './types';

export const DEFAULT_IMPORT_CHUNK = 1000;
/**
 * Cases whose writes an import sends to the database together, inside a
 * chunk's transaction: the next ones are built while the database writes
 * these, instead of building the whole chunk first and then waiting.
 */
export const IMPORT_WRITE_BATCH = 250;
/** Cases read per page by listAll (a page is turned into objects on the main thread in one go). */
export const LIST_ALL_PAGE = 2000;


export function asRecord(errors: FieldErrors): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).filter(([, code]) => code !== undefined));
}

function toCase(stored: StoredCase): ComplaintCase {
  const { liveReceivedAt: _key, projection: _projection, ...rest } = stored;
  return { ...rest, originalNumber: rest.originalNumber ?? '' }; // absent on cases stored before issue 18
}

/** A fresh copy of the intake fields only (extra keys dropped, arrays not shared with the caller). */
export function cleanIntake(intake: CaseIntake): CaseIntake {
  const clean = intakeOf(intake);
  // Callers written before master data (imports, fixtures) give no entry ids: free text.
  const id = (value: string | undefined): string => value ?? '';
  return {
    ...clean,
    customerRequests: Array.isArray(clean.customerRequests) ? [...clean.customerRequests] : clean.customerRequests,
    customerId: id(clean.customerId),
    productModelId: id(clean.productModelId),
    defectTypeId: id(clean.defectTypeId),
    originalNumber: id(clean.originalNumber),
  };
}

export function checkNumbering(ctx: WriteContext): void {
  if (!ctx.stationCode) throw new NumberingNotConfiguredError('stationCodeMissing', 'set the station code of this PC in the settings before registering cases');
  if (!STATION_CODE.test(ctx.stationCode)) throw new NumberingNotConfiguredError('invalidStationCode', JSON.stringify(ctx.stationCode));
  const problem = checkPattern(ctx.caseNumberPattern);
  if (problem) throw new NumberingNotConfiguredError('invalidPattern', `${problem}: ${JSON.stringify(ctx.caseNumberPattern)}`);
}

function intakeOps(intake: CaseIntake): Record<string, JsonValue> {
  const fields: Record<string, JsonValue> = {};
  for (const field of INTAKE_FIELDS) fields[field] = intake[field];
  return fields;
}

/**
 * Hands out serials inside one transaction. The next serial of a scope is
 * 1 + the larger of the highest serial this PC ever issued (meta, survives
 * deletes) and the highest serial among stored numbers of the scope (cases
 * that arrived from elsewhere, deleted ones included), read through the
 * caseNumber index by prefix.
 */
export class SerialAllocator {
  private readonly highest = new Map<string, number>();
  /** Serials taken per scope in this transaction. */
  private readonly taken = new Map<string, number>();

  constructor(private readonly db: DeskDatabase) {}

  async next(scope: string): Promise<number> {
    await this.prepare([scope]);
    return this.take(scope);
  }

  /**
   * Reads the highest stored serial of every scope not seen yet, all at once.
   * Bulk writers call this before `take`, so that a chunk does not await once
   * per record: in Chromium a transaction commits as soon as no request is
   * pending across such an await chain (Dexie's PrematureCommitError).
   * `memo`: what the earlier chunks of an import learnt; a scope whose stored
   * numbers are as many as they left is not read again (only counted).
   */
  async prepare(scopes: Iterable<string>, memo?: ScopeMemo): Promise<void> {
    const missing = [...new Set(scopes)].filter((scope) => !this.highest.has(scope));
    const highs = await Promise.all(missing.map((scope) => this.highestKnown(scope, memo)));
    missing.forEach((scope, i) => this.highest.set(scope, highs[i]!));
  }

  /** After the chunk's numbers are written: what the next chunk of the import may rely on. */
  remember(memo: ScopeMemo): void {
    for (const [scope, count] of this.taken) {
      const known = memo.get(scope);
      if (known) memo.set(scope, { high: this.highest.get(scope)!, stored: known.stored + count });
    }
  }

  /** The next serial of a prepared scope. */
  take(scope: string): number {
    const high = this.highest.get(scope);
    if (high === undefined) throw new Error(`serial scope ${scope} was not prepared`);
    this.highest.set(scope, high + 1);
    this.taken.set(scope, (this.taken.get(scope) ?? 0) + 1);
    return high + 1;
  }

  /** Persists the highest serial of every scope used (same transaction). */
  async flush(): Promise<void> {
    await this.db.meta.bulkPut([...this.highest].map(([scope, value]) => ({ key: metaSerialKey(scope), value })));
  }

  /**
   * The highest serial of a scope: the meta of this PC and the stored numbers.
   * With a memo of the import's earlier chunks, the numbers are only counted:
   * as many as the memo says means none came meanwhile (a merge, another
   * window), and its highest serial still holds — reading every number of a
   * large scope again for each chunk made an import slower with every chunk.
   */
  private async highestKnown(scope: string, memo?: ScopeMemo): Promise<number> {
    const known = memo?.get(scope);
    if (known) {
      const [meta, stored] = await Promise.all([this.db.meta.get(metaSerialKey(scope)), this.numbersOf(scope).count()]);
      if (stored === known.stored) return Math.max(known.high, typeof meta?.value === 'number' ? meta.value : 0);
    }
    const [high, stored] = await Promise.all([this.highestStored(scope), memo ? this.numbersOf(scope).count() : Promise.resolve(0)]);
    memo?.set(scope, { high, stored });
    return high;
  }

  /** Every stored number that may be of the scope (a pattern that starts with {SEQ} has no prefix: every number). */
  private numbersOf(scope: string) {
    const { before } = splitScope(scope);
    return before ? this.db.cases.where('caseNumber').startsWith(before) : this.db.cases.orderBy('caseNumber');
  }

  private async highestStored(scope: string): Promise<number> {
    // Both reads at once: a save waits for this before it can write (one round trip less, ~1 ms in chromium).
    const [meta, keys] = await Promise.all([this.db.meta.get(metaSerialKey(scope)), this.numbersOf(scope).keys()]);
    let high = typeof meta?.value === 'number' ? meta.value : 0;
    for (const key of keys) {
      const serial = typeof key === 'string' ? serialInScope(scope, key) : null;
      if (serial !== null && serial > high) high = serial;
    }
    return high;
  }
}

/** What an import's chunks learnt of each numbering scope: its highest serial, and how many stored numbers its prefix held then. */
export type ScopeMemo = Map<string, { high: number; stored: number }>;

/** The lifecycle view of a case nothing was written for yet. */
export function emptyView(c: StoredCase): CaseLifecycleView {
  return { lifecycle: defaultLifecycle(c), transitions: [], approvals: [], returnLines: [], dispositions: [], repairOrders: [], shipments: [], shares: [], supplierClaims: [], costs: [], actions: [], replies: [], surveys: [], signatures: [] };
}

export function newRecord(ctx: WriteContext, intake: CaseIntake, caseNumber: string, at: string): StoredCase {
  return {
    ...intake,
    id: newId(Date.parse(at)),
    caseNumber,
    stationCode: ctx.stationCode,
    createdAt: at,
    createdBy: ctx.user,
    updatedAt: at,
    updatedBy: ctx.user,
    deleted: false,
    liveReceivedAt: liveReceivedAtOf(intake.receivedAt),
  };
}

export function creationOps(writer: OpsWriter, ctx: WriteContext, stamp: Parameters<OpsWriter['build']>[1], record: StoredCase): StoredOp[] {
  return writer.build(ctx, stamp, 'case', record.id, {
    ...intakeOps(record),
    caseNumber: record.caseNumber,
    stationCode: record.stationCode,
    createdAt: record.createdAt,
    createdBy: record.createdBy,
    [DELETED_FIELD]: false,
  });
}


/**
 * The case numbers of a chunk of new cases received at these instants, each
 * in its received month's scope: the serials are prepared at once, then
 * `numberOf(i)` hands out the i-th case's number (call it in order).
 */
export async function chunkNumbers(serials: SerialAllocator, ctx: Pick<WriteContext, 'caseNumberPattern' | 'stationCode'>, receivedAts: readonly string[], memo: ScopeMemo): Promise<(i: number) => string> {
  const numberings = receivedAts.map((receivedAt) => numberingContext(Date.parse(receivedAt), ctx.stationCode));
  const scopes = numberings.map((numbering) => numberScope(ctx.caseNumberPattern, numbering));
  await serials.prepare(scopes, memo);
  return (i) => formatCaseNumber(ctx.caseNumberPattern, numberings[i]!, serials.take(scopes[i]!));
}

export function createCaseRepository(db: DeskDatabase, writer: OpsWriter, getContext: () => WriteContext): Omit<CaseRepository, 'importLedger' | 'existingForImport'> {
  const tables = [db.cases, ...writer.tables];

  async function liveCase(id: string): Promise<StoredCase> {
    const existing = await db.cases.get(id);
    if (!existing || existing.deleted) throw new RecordNotFoundError('case', id);
    return existing;
  }

  return {
    async create(intake) {
      const ctx = getContext();
      const { now } = ctx;
      const nowMs = now();
      const clean = cleanIntake(intake);
      const errors = validateIntake(clean, new Date(nowMs));
      if (hasErrors(errors)) throw new ValidationFailedError(asRecord(errors));
      checkNumbering(ctx);
      return db.transaction('rw', tables, async () => {
        const serials = new SerialAllocator(db);
        const numbering = numberingContext(nowMs, ctx.stationCode);
        const scope = numberScope(ctx.caseNumberPattern, numbering);
        // Independent reads and writes go out together: each round trip to the browser's storage costs ~0.5–1 ms.
        const [stamp, serial] = await Promise.all([writer.stamp(now), serials.next(scope)]);
        const caseNumber = formatCaseNumber(ctx.caseNumberPattern, numbering, serial);
        const record = newRecord(ctx, clean, caseNumber, new Date(stamp.wall).toISOString());
        // A new case is 'registered' and its deadlines run from receivedAt (callback, first reply, closure): the ledger and workbench see them at once.
        record.projection = projectionOf(record, emptyView(record), lifecycleSettingsOf(ctx));
        await Promise.all([db.cases.add(record), writer.append(creationOps(writer, ctx, stamp, record), { newRecords: true }), serials.flush()]);
        return toCase(record);
      });
    },

    async update(id, patch, seen) {
      const ctx = getContext();
      const { now } = ctx;
      const nowMs = now();
      // The lifecycle tables too: a changed receivedAt or market moves the deadlines of the stored projection.
      return db.transaction('rw', [...tables, ...lifecycleTables(db)], async () => {
        const existing = await liveCase(id);
        const before = cleanIntake(existing);
        const merged = cleanIntake(existing);
        const target = merged as unknown as Record<CaseField, unknown>;
        for (const field of INTAKE_FIELDS) {
          const value = patch[field];
          if (value !== undefined) target[field] = Array.isArray(value) ? [...(value as unknown[])] : value;
        }
        const errors = validateIntake(merged, new Date(nowMs));
        // "Received in the future" is judged when receivedAt is typed; a PC clock set back later must not lock the case.
        if (errors.receivedAt === 'receivedInFuture' && merged.receivedAt === existing.receivedAt) delete errors.receivedAt;
        if (hasErrors(errors)) throw new ValidationFailedError(asRecord(errors));
        const changed: Record<string, JsonValue> = {};
        for (const field of INTAKE_FIELDS) {
          if (!sameValue(before[field], merged[field])) changed[field] = merged[field];
        }
        if (Object.keys(changed).length === 0) return toCase(existing);
        const stamp = await writer.stamp(now);
        const updated: StoredCase = {
          ...existing,
          ...merged,
          updatedAt: new Date(stamp.wall).toISOString(),
          updatedBy: ctx.user,
          liveReceivedAt: liveReceivedAtOf(merged.receivedAt),
        };
        await db.cases.put(updated);
        await writer.append(writer.build(ctx, stamp, 'case', id, changed), seen ? { seen } : {});
        if (existing.projection && ('receivedAt' in changed || 'market' in changed)) await refreshCaseProjection(db, id, ctx);
        return toCase(updated);
      });
    },

    async remove(id) {
      const ctx = getContext();
      const { now } = ctx;
      await db.transaction('rw', tables, async () => {
        const existing = await liveCase(id);
        const stamp = await writer.stamp(now);
        const { liveReceivedAt: _live, ...rest } = existing;
        await db.cases.put({ ...rest, deleted: true, updatedAt: new Date(stamp.wall).toISOString(), updatedBy: ctx.user });
        await writer.append(writer.build(ctx, stamp, 'case', id, { [DELETED_FIELD]: true }));
      });
    },

    async get(id) {
      const stored = await db.cases.get(id);
      return stored && toCase(stored);
    },

    async findByNumber(caseNumber) {
      const stored = await db.cases.where('caseNumber').equals(caseNumber).first();
      return stored && toCase(stored);
    },

    async listRecent(limit) {
      // The liveReceivedAt index holds live cases only: no filter, the cursor stops after `limit`.
      const rows = await db.cases.orderBy('liveReceivedAt').reverse().limit(limit).toArray();
      return rows.map(toLedgerRow);
    },

    async listAll({ pageSize = LIST_ALL_PAGE, onPage }: ListAllOptions = {}) {
      // The compact rows (ledger-rows.ts), in pages by primary key, giving the event loop back between
      // them: the browser turns stored records into objects on the page's main thread, and one read of
      // 100,000 rows would freeze the window while the ledger loads.
      const rows: LedgerRow[] = [];
      let after: string | null = null;
      for (;;) {
        const page: LedgerRow[] = await (after === null ? db.ledgerRows.orderBy(':id') : db.ledgerRows.where(':id').above(after)).limit(pageSize).toArray();
        for (const row of page) rows.push(row);
        onPage?.(page);
        if (page.length < pageSize) return rows;
        after = page[page.length - 1]!.id;
        await yieldToEventLoop();
      }
    },

    async rowsOf(ids) {
      const stored = await db.ledgerRows.bulkGet([...ids]);
      const rows: LedgerRow[] = [];
      const removed: string[] = [];
      stored.forEach((row, i) => {
        if (row) rows.push(row);
        else removed.push(ids[i]!);
      });
      return { rows, removed };
    },

    async count() {
      return db.cases.orderBy('liveReceivedAt').count();
    },

    async history(id) {
      const ops = await db.ops.where('[entity+entityId]').equals(['case', id]).toArray();
      return buildHistory(ops);
    },

    async importMany(intakes: CaseIntake[], options: number | ImportOptions = {}) {
      const { chunkSize = DEFAULT_IMPORT_CHUNK, onProgress } = typeof options === 'number' ? { chunkSize: options } : options;
      const ctx = getContext();
      const { now } = ctx;
      const nowDate = new Date(now());
      const clean = intakes.map(cleanIntake);
      const invalid: ImportValidationError['rows'] = [];
      clean.forEach((intake, index) => {
        const errors = validateIntake(intake, nowDate);
        if (hasErrors(errors)) invalid.push({ index, fieldErrors: asRecord(errors) });
      });
      if (invalid.length > 0) throw new ImportValidationError(invalid);
      checkNumbering(ctx);
      const settings = lifecycleSettingsOf(ctx);
      const size = Math.max(1, Math.floor(chunkSize));
      const chunks = Math.ceil(clean.length / size);
      onProgress?.({ chunksDone: 0, chunks, rowsWritten: 0, total: clean.length });
      const memo: ScopeMemo = new Map();
      for (let start = 0; start < clean.length; start += size) {
        const chunk = clean.slice(start, start + size);
        await db.transaction('rw', tables, async () => {
          const stamp = await writer.stamp(now);
          const at = new Date(stamp.wall).toISOString();
          const serials = new SerialAllocator(db);
          const numberOf = await chunkNumbers(serials, ctx, chunk.map((intake) => intake.receivedAt), memo);
          const writes: Promise<unknown>[] = [];
          for (let first = 0; first < chunk.length; first += IMPORT_WRITE_BATCH) {
            const records: StoredCase[] = [];
            const ops: StoredOp[] = [];
            for (let i = first; i < Math.min(chunk.length, first + IMPORT_WRITE_BATCH); i++) {
              const record = newRecord(ctx, chunk[i]!, numberOf(i), at);
              // Like create(): the deadlines run from receivedAt, so the ledger and the workbench see them at once.
              record.projection = projectionOf(record, emptyView(record), settings);
              records.push(record);
              for (const op of creationOps(writer, ctx, stamp, record)) ops.push(op);
            }
            // Sent now, not awaited: the database writes these while the next batch is built (no await in between, so the transaction stays open).
            writes.push(db.cases.bulkAdd(records), writer.append(ops, { newRecords: true }));
          }
          writes.push(serials.flush());
          await Promise.all(writes);
          serials.remember(memo);
        });
        onProgress?.({ chunksDone: start / size + 1, chunks, rowsWritten: start + chunk.length, total: clean.length });
      }
      return clean.length;
    },
  };
}
