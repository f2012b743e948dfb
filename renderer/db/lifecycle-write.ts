/**
 * The write path of the lifecycle and 8D repositories: ONE strict
 * transaction per call over the case, the lifecycle tables, blobs, ops and
 * meta, in which
 *  1. the case is read (RecordNotFoundError when missing/deleted) with its
 *     whole lifecycle view, and a closed case refuses the write
 *     (CaseLockedError) unless the caller allows it (reopen);
 *  2. the repository performs the command — a pure function of
 *     shared/domain — and a refusal is thrown before the first write (the
 *     transaction then rolls back: nothing written, not even lastHlc);
 *  3. the command's records are written with one op per (changed) field, all
 *     under ONE HLC taken on the first write;
 *  4. the case's ledger projection is recomputed and stored.
 * Also owns RMA numbering (its own serial scope meta key).
 */
import type { Table } from 'dexie';
import { EightDRefusedError } from './eightd-types';
import { newId } from './ids';
import type { CaseRecordEntity, CaseRecords, CaseWrite, CommandContext, Performed, Refusal } from '../../shared/domain/lifecycle/commands/command';
import type { CaseLifecycle } from '../../shared/domain/lifecycle/records';
import type { CaseLifecycleView, LifecycleRules } from '../../shared/domain/lifecycle/states';
import { formatCaseNumber, numberingContext, numberScope, serialInScope, splitScope, STATION_CODE, checkPattern } from '../../shared/domain/numbering';
import type { Hlc } from '../../shared/sync/hlc';
import type { EntityName, JsonValue } from '../../shared/sync/op';
import { lifecycleSettingsOf, lifecycleTables, loadView, refreshCaseProjection, rulesOf } from './lifecycle-projection';
import { CaseLockedError, TransitionRefusedError, type LifecycleSettings } from './lifecycle-types';
import { sameValue, type OpsWriter } from './ops-writer';
import { signerOf } from './signing';
import type { Signer } from '../../shared/domain/signatures/signature';
import { metaRmaSerialKey, type DeskDatabase, type StoredCase } from './schema';
import { NumberingNotConfiguredError, RecordNotFoundError, ValidationFailedError, type Seen, type WriteContext } from './types';

type Rec = { id: string };

/** The error a refused command is thrown as (the UI knows these). */
export function refusalError(refusal: Refusal, caseId: string): Error {
  if (refusal.kind === 'invalid') return new ValidationFailedError(refusal.fieldErrors);
  if (refusal.kind === 'transitionRefused') return new TransitionRefusedError(refusal.action, refusal.missing);
  if (refusal.kind === 'eightDRefused') return new EightDRefusedError(refusal.step, refusal.missing);
  return new CaseLockedError(caseId);
}

/** The table of a record kind of the case. */
export function caseRecordTable<E extends CaseRecordEntity>(db: DeskDatabase, entity: E): Table<CaseRecords[E], string> {
  const tables: { [K in CaseRecordEntity]: Table<CaseRecords[K], string> } = {
    transition: db.transitions,
    approval: db.approvals,
    returnLine: db.returnLines,
    disposition: db.dispositions,
    repairOrder: db.repairOrders,
    outboundShipment: db.outboundShipments,
    responsibilityShare: db.responsibilityShares,
    supplierClaim: db.supplierClaims,
    cost: db.costs,
    caseAction: db.caseActions,
    customerReply: db.customerReplies,
    survey: db.surveys,
    attachment: db.attachments,
    eightD: db.eightDs,
    eightDMember: db.eightDMembers,
    eightDContainment: db.eightDContainment,
    eightDCause: db.eightDCauses,
    eightDCorrective: db.eightDCorrectives,
    eightDPrevention: db.eightDPrevention,
    eightDHorizontalCheck: db.eightDHorizontalChecks,
    eightDRevision: db.eightDRevisions,
    signature: db.signatures,
  };
  return tables[entity];
}

/** One lifecycle write in progress (see the module comment). */
export class WriteScope {
  private stampValue: Hlc | null = null;
  /** Something was written (the projection is refreshed at the end). */
  wrote = false;

  constructor(
    private readonly db: DeskDatabase,
    private readonly writer: OpsWriter,
    readonly ctx: WriteContext,
    readonly settings: LifecycleSettings,
    readonly rules: LifecycleRules,
    readonly caseRecord: StoredCase,
    /** The case's records as read at the start (what commands are performed on); its lifecycle record follows the writes. */
    readonly view: CaseLifecycleView,
    private storedLifecycle: boolean,
    private readonly now: () => number,
    /** The clerk who signs this write (their password proven before it: signing.ts); null when it signs nothing. */
    private readonly signer: Signer | null = null,
  ) {}

  /** The HLC of this call (taken once, persisted as lastHlc in this transaction). */
  private async stamp(): Promise<Hlc> {
    if (!this.stampValue) this.stampValue = await this.writer.stamp(this.now);
    return this.stampValue;
  }

  /** A new record id, ordered by the injected clock. */
  private newId(): string {
    return newId(this.now());
  }

  /** Time of this write (the HLC's wall clock) as ISO text. */
  async at(): Promise<string> {
    return new Date((await this.stamp()).wall).toISOString();
  }

  /** Adds a new record and one op carrying its fields (all but id). */
  private async create<T extends Rec>(entity: EntityName, table: Table<T, string>, record: T): Promise<T> {
    const stamp = await this.stamp();
    await table.add(record);
    const { id: _id, ...fields } = record;
    await this.writer.append(this.writer.build(this.ctx, stamp, entity, record.id, fields as unknown as Record<string, JsonValue>));
    this.wrote = true;
    return record;
  }

  /**
   * Stores `next` and one op with the fields that differ from `existing`; writes nothing when equal.
   * `seen`: what the clerk's form showed for the fields it changes (ops-writer.ts, stale forms).
   */
  private async change<T extends Rec>(entity: EntityName, table: Table<T, string>, existing: T, next: T, seen?: Seen): Promise<T> {
    const changed: Record<string, JsonValue> = {};
    for (const [field, value] of Object.entries(next)) {
      if (field === 'id') continue;
      if (!sameValue((existing as Record<string, unknown>)[field], value)) changed[field] = value;
    }
    if (Object.keys(changed).length === 0) return existing;
    const stamp = await this.stamp();
    await table.put(next);
    await this.writer.append(this.writer.build(this.ctx, stamp, entity, next.id, changed), seen ? { seen } : {});
    this.wrote = true;
    return next;
  }

  /** Changes lifecycle fields; the first write of a case's lifecycle stores the whole record (one op with every field). */
  private async setLifecycle(patch: Partial<CaseLifecycle>, seen?: Seen): Promise<CaseLifecycle> {
    const current = this.view.lifecycle;
    const next: CaseLifecycle = { ...current, ...patch, id: current.id, caseId: current.caseId };
    if (sameValue(current, next)) return current;
    if (!this.storedLifecycle) {
      await this.create('caseLifecycle', this.db.caseLifecycles, { ...next, createdAt: await this.at(), createdBy: this.ctx.user });
      this.storedLifecycle = true;
      this.view.lifecycle = (await this.db.caseLifecycles.get(current.id)) ?? next;
    } else {
      this.view.lifecycle = await this.change('caseLifecycle', this.db.caseLifecycles, current, next, seen);
    }
    return this.view.lifecycle;
  }

  /** What a command of shared/domain/lifecycle/commands is performed on; `at`: the time of this write, for commands that record one. */
  commandContext(at = ''): CommandContext {
    return { view: this.view, caseFacts: this.caseRecord, rules: this.rules, user: this.ctx.user, at, newId: () => this.newId(), signer: this.signer };
  }

  /** Throws a command's refusal as the error the UI knows, or saves its writes in order and gives its value. */
  async save<R>(performed: Performed<R>): Promise<R> {
    if (!performed.ok) throw refusalError(performed.refusal, this.caseRecord.id);
    for (const write of performed.writes) await this.saveOne(write);
    return performed.value;
  }

  private async saveOne(write: CaseWrite): Promise<void> {
    if (write.entity === 'caseLifecycle') {
      const patch = { ...write.patch };
      if (write.issueRmaNumber) patch.rmaNumber = await issueRmaNumber(this.db, this.ctx, this.settings.rmaNumberPattern, (await this.stamp()).wall);
      await this.setLifecycle(patch, write.seen);
      return;
    }
    const table = caseRecordTable(this.db, write.entity);
    if (write.before === null) await this.create(write.entity, table, write.record);
    else await this.change(write.entity, table, write.before, write.record, write.seen);
  }

  /** Marks a local-only write (blob bytes) so the call counts as having written. */
  touched(): void {
    this.wrote = true;
  }
}

/** `signerId`: the clerk whose password was proven for this write (signing.ts proveSigner). */
export type WriteOptions = { allowClosed?: boolean; signerId?: string };

/** Runs one lifecycle write (module comment). `caseId` may be resolved from a child record inside the transaction. */
export function createLifecycleWriter(db: DeskDatabase, writer: OpsWriter, getContext: () => WriteContext) {
  // masterEntries: read only (the case customer's receiving tolerance, lifecycle-projection.ts caseReceivingTolerance).
  // officeSettings: read only (the delegations in force for the signer, 委托授权).
  const tables = [db.cases, db.blobs, db.clerks, db.masterEntries, db.officeSettings, ...writer.tables, ...lifecycleTables(db)];

  async function liveCase(id: string): Promise<StoredCase> {
    const c = await db.cases.get(id);
    if (!c || c.deleted) throw new RecordNotFoundError('case', id);
    return c;
  }

  return async function write<R>(caseId: string | (() => Promise<string>), body: (scope: WriteScope) => Promise<R>, options: WriteOptions = {}): Promise<R> {
    const ctx = getContext();
    const { now } = ctx;
    const settings = lifecycleSettingsOf(ctx);
    return db.transaction('rw', tables, async () => {
      const id = typeof caseId === 'string' ? caseId : await caseId();
      const c = await liveCase(id);
      const { view, stored } = await loadView(db, c);
      if (!options.allowClosed && view.lifecycle.state === 'closed') throw new CaseLockedError(id);
      const signer = options.signerId ? await signerOf(db, options.signerId, now()) : null;
      const scope = new WriteScope(db, writer, ctx, settings, rulesOf(settings), c, view, stored, now, signer);
      const result = await body(scope);
      if (scope.wrote) await refreshCaseProjection(db, id, ctx);
      return result;
    });
  };
}

/**
 * The next RMA number (settings.rmaNumberPattern, default
 * RMA{YY}{MM}-{STATION}-{SEQ:3}) — call inside the write transaction. The
 * serial counts per scope under its own meta key (serial:rma:<scope>, apart
 * from case numbers) and never repeats: 1 + the larger of the highest serial
 * this PC issued and the highest stored RMA number of the scope (numbers that
 * arrived from other PCs).
 */
export async function issueRmaNumber(db: DeskDatabase, ctx: WriteContext, pattern: string, nowMs: number): Promise<string> {
  if (!ctx.stationCode) throw new NumberingNotConfiguredError('stationCodeMissing', 'set the station code of this PC in the settings before issuing RMA numbers');
  if (!STATION_CODE.test(ctx.stationCode)) throw new NumberingNotConfiguredError('invalidStationCode', JSON.stringify(ctx.stationCode));
  const problem = checkPattern(pattern);
  if (problem) throw new NumberingNotConfiguredError('invalidPattern', `${problem}: ${JSON.stringify(pattern)}`);
  const numbering = numberingContext(nowMs, ctx.stationCode);
  const scope = numberScope(pattern, numbering);
  const meta = await db.meta.get(metaRmaSerialKey(scope));
  let high = typeof meta?.value === 'number' ? meta.value : 0;
  const { before } = splitScope(scope);
  const stored = before
    ? await db.caseLifecycles.where('rmaNumber').startsWith(before).keys()
    : await db.caseLifecycles.orderBy('rmaNumber').keys();
  for (const key of stored) {
    const serial = typeof key === 'string' ? serialInScope(scope, key) : null;
    if (serial !== null && serial > high) high = serial;
  }
  await db.meta.put({ key: metaRmaSerialKey(scope), value: high + 1 });
  return formatCaseNumber(pattern, numbering, high + 1);
}
