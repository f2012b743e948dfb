/**
 * The shape of a lifecycle command (issue 14): a pure `perform` function
 * takes the case's records as loaded (CaseLifecycleView), the clerk's input,
 * the rules and the facts of this write (time, new ids, clerk — arguments,
 * never read here) and returns either the records to write, in order, or a
 * refusal. It never throws on bad input. The repository (renderer/db)
 * loads, calls, and saves the writes in one transaction; it throws a
 * refusal as the error the UI knows (ValidationFailedError,
 * TransitionRefusedError, CaseLockedError). `availableActions`
 * (machine.ts) is the matching predicate for the state-machine actions.
 */
import type { ComplaintCase } from '../../case';
import type { EightDMissing } from '../../eightd/progress';
import type { EightD, EightDCause, EightDContainment, EightDCorrective, EightDHorizontalCheck, EightDMember, EightDPrevention, EightDRevision } from '../../eightd/records';
import type { FieldErrors } from '../../field-checks';
import type { Signer, SignatureRecord } from '../../signatures/signature';
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
} from '../records';
import type { CaseLifecycleView, LifecycleAction, LifecycleRules, MissingReason } from '../states';

/** The case fields the commands look at. */
export type CaseFacts = Pick<ComplaintCase, 'id' | 'receivedAt' | 'quantityDelivered'>;

/** What a command is performed on and with. */
export interface CommandContext {
  /** The case's records as loaded (all rounds, tombstones included); perform does not change it. */
  view: CaseLifecycleView;
  caseFacts: CaseFacts;
  rules: LifecycleRules;
  /** The clerk who writes. */
  user: string;
  /** The time of this write as ISO text (the write's HLC wall clock); '' for commands that do not record a time. */
  at: string;
  /** A new record id (ordered by the injected clock). */
  newId: () => string;
  /**
   * The clerk who signs this write, proven by the password they re-entered
   * for it (the repository checks it); absent when none was given. Signed
   * steps (signatures/steps.ts) are refused without one.
   */
  signer?: Signer | null;
}

/** The records of a case a command may write (its lifecycle's and its 8D reports'), by entity name (shared/sync/op.ts ENTITIES). */
export interface CaseRecords {
  transition: TransitionRecord;
  approval: ApprovalRecord;
  returnLine: ReturnLine;
  disposition: DispositionRecord;
  repairOrder: RepairOrder;
  outboundShipment: OutboundShipment;
  responsibilityShare: ResponsibilityShare;
  supplierClaim: SupplierClaim;
  cost: CostRecord;
  caseAction: CaseActionRecord;
  customerReply: CustomerReply;
  survey: SurveyRecord;
  attachment: AttachmentRecord;
  eightD: EightD;
  eightDMember: EightDMember;
  eightDContainment: EightDContainment;
  eightDCause: EightDCause;
  eightDCorrective: EightDCorrective;
  eightDPrevention: EightDPrevention;
  eightDHorizontalCheck: EightDHorizontalCheck;
  eightDRevision: EightDRevision;
  signature: SignatureRecord;
}
export type CaseRecordEntity = keyof CaseRecords;

/** What a form showed for the fields it changes (renderer/db/seen.ts). */
export type Seen = Readonly<Record<string, unknown>>;

/** One record to store: `before` null = a new record, else the record as loaded (one op carrying the changed fields). */
export type RecordWrite = {
  [E in CaseRecordEntity]: { entity: E; before: CaseRecords[E] | null; record: CaseRecords[E]; seen?: Seen };
}[CaseRecordEntity];

/** Lifecycle fields to change; `issueRmaNumber`: the repository adds the next RMA number to the patch (numbering is storage's). */
export interface LifecycleWrite {
  entity: 'caseLifecycle';
  patch: Partial<CaseLifecycle>;
  seen?: Seen;
  issueRmaNumber?: boolean;
}

export type CaseWrite = RecordWrite | LifecycleWrite;

/** Why nothing is written. */
export type Refusal =
  | { kind: 'invalid'; fieldErrors: FieldErrors }
  | { kind: 'transitionRefused'; action: LifecycleAction; missing: MissingReason[] }
  /** The case is closed: reopen it first. */
  | { kind: 'caseLocked' }
  /** An 8D report's approval or closure is refused (the report's missing items). */
  | { kind: 'eightDRefused'; step: 'approve' | 'close'; missing: EightDMissing[] };

export type Performed<R> = { ok: true; writes: CaseWrite[]; value: R } | { ok: false; refusal: Refusal };
export type Refused = { ok: false; refusal: Refusal };

/** Whether a step's result is a refusal (a record otherwise). */
export const isRefused = (v: object): v is Refused => 'ok' in v && v.ok === false;

export const invalid = (fieldErrors: FieldErrors): Refused => ({ ok: false, refusal: { kind: 'invalid', fieldErrors } });
export const transitionRefused = (action: LifecycleAction, missing: MissingReason[]): Refused => ({ ok: false, refusal: { kind: 'transitionRefused', action, missing } });
export const caseLocked = (): Refused => ({ ok: false, refusal: { kind: 'caseLocked' } });
export const eightDRefused = (step: 'approve' | 'close', missing: EightDMissing[]): Refused => ({ ok: false, refusal: { kind: 'eightDRefused', step, missing } });

type ListKey = Exclude<keyof CaseLifecycleView, 'lifecycle'>;
const LIST_OF: Partial<Record<CaseRecordEntity, ListKey>> = {
  transition: 'transitions',
  approval: 'approvals',
  returnLine: 'returnLines',
  disposition: 'dispositions',
  repairOrder: 'repairOrders',
  outboundShipment: 'shipments',
  responsibilityShare: 'shares',
  supplierClaim: 'supplierClaims',
  cost: 'costs',
  caseAction: 'actions',
  customerReply: 'replies',
  survey: 'surveys',
  signature: 'signatures',
};

/**
 * The writes of one command being collected, over a working copy of the
 * view that follows them (so later rules of the same command see earlier
 * writes: a new share's claim, a changed cost's draft claims).
 */
export class CaseChanges {
  readonly view: CaseLifecycleView;
  private readonly writes: CaseWrite[] = [];

  constructor(view: CaseLifecycleView) {
    this.view = { ...view };
    for (const key of Object.values(LIST_OF)) (this.view as unknown as Record<ListKey, unknown[]>)[key] = [...view[key]];
  }

  private listOf<E extends CaseRecordEntity>(entity: E): CaseRecords[E][] | null {
    const key = LIST_OF[entity];
    return key ? (this.view[key] as unknown as CaseRecords[E][]) : null;
  }

  create<E extends CaseRecordEntity>(entity: E, record: CaseRecords[E]): CaseRecords[E] {
    this.writes.push({ entity, before: null, record } as RecordWrite);
    this.listOf(entity)?.push(record);
    return record;
  }

  /** `before` is the record as this command last saw it (loaded, or written earlier by it). */
  change<E extends CaseRecordEntity>(entity: E, before: CaseRecords[E], record: CaseRecords[E], seen?: Seen): CaseRecords[E] {
    this.writes.push((seen ? { entity, before, record, seen } : { entity, before, record }) as RecordWrite);
    const list = this.listOf(entity);
    if (list) {
      const i = list.findIndex((r) => r.id === record.id);
      if (i >= 0) list[i] = record;
      else list.push(record);
    }
    return record;
  }

  /** Tombstones a record. */
  remove<E extends CaseRecordEntity>(entity: E, before: CaseRecords[E]): void {
    this.change(entity, before, { ...before, deleted: true });
  }

  setLifecycle(patch: Partial<CaseLifecycle>, options: { seen?: Seen; issueRmaNumber?: boolean } = {}): void {
    const write: LifecycleWrite = { entity: 'caseLifecycle', patch };
    if (options.seen) write.seen = options.seen;
    if (options.issueRmaNumber) write.issueRmaNumber = true;
    this.writes.push(write);
    this.view.lifecycle = { ...this.view.lifecycle, ...patch };
  }

  done<R>(value: R): Performed<R> {
    return { ok: true, writes: [...this.writes], value };
  }
}

/**
 * Time of an append-only record (transition, approval): the write's time,
 * but always after the case's latest such record, so "latest" and "oldest
 * first" stay exact when two are written within one millisecond.
 */
export function appendTime(view: CaseLifecycleView, at: string): string {
  let last = -Infinity;
  for (const r of [...view.transitions, ...view.approvals]) {
    const ms = Date.parse(r.at);
    if (!Number.isNaN(ms) && ms > last) last = ms;
  }
  return new Date(Math.max(Date.parse(at), last + 1)).toISOString();
}

/** Tombstones one record of the case: the remove of a child record that has no rule of its own. */
export function removeRecord<E extends CaseRecordEntity>(ctx: CommandContext, entity: E, existing: CaseRecords[E]): Performed<void> {
  const changes = new CaseChanges(ctx.view);
  changes.remove(entity, existing);
  return changes.done(undefined);
}
