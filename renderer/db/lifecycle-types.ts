/**
 * Repository API of the case lifecycle (issue 3): triage, state machine,
 * approvals, returns, responsibility, costs, actions, replies, surveys,
 * attachments. Every write:
 *  - is validated by the pure functions of shared/domain/lifecycle first and
 *    throws ValidationFailedError (field codes; per-line codes as
 *    `<lineId>.<field>`) or TransitionRefusedError (missing reasons) — then
 *    NOTHING was written;
 *  - refuses to change a closed case (CaseLockedError) except `reopen`;
 *  - writes the record(s) and one op per record written, under one HLC, in one strict
 *    transaction, and refreshes the case's ledger projection in it.
 * Approvals/rejections and transitions are append-only records.
 */
import type { EffectCheck, EffectCheckInput } from '../../shared/domain/lifecycle/effect-check';
import type { SigningInput } from './signing-input';
import type { ComplaintCase } from '../../shared/domain/case';
import type { CaseFileFacts } from '../../shared/domain/lifecycle/case-file';
import type { Deadline } from '../../shared/domain/lifecycle/deadlines-types';
import type {
  ApprovalInput,
  ApprovalRecord,
  AttachmentRecord,
  CaseActionInput,
  CaseActionRecord,
  CaseLifecycle,
  CaseLifecyclePatch,
  CostInput,
  CostRecord,
  CustomerReply,
  CustomerReplyInput,
  DispositionInput,
  DispositionRecord,
  InspectionInput,
  OutboundShipment,
  OutboundShipmentInput,
  ReinspectionInput,
  RepairOrder,
  RepairOrderInput,
  ReceivingInput,
  ResponsibilityShare,
  ResponsibilityShareInput,
  ReturnLine,
  ReturnLineInput,
  SupplierClaim,
  SurveyInput,
  SurveyRecord,
  TransitionRecord,
  ActionStatus,
} from '../../shared/domain/lifecycle/records';
import type { ToleranceCheck } from '../../shared/domain/lifecycle/returns';
import type { CaseLifecycleView, MissingReason, TransitionRequest } from '../../shared/domain/lifecycle/states';
import type { Settings } from '../../shared/domain/settings';
import type { Seen } from './seen';

/**
 * The settings the lifecycle repositories read on every write (pass them in WriteContext.lifecycle).
 * `eightD` (issue 6: quality heads, containment reply hours) is optional so older callers keep
 * compiling; the defaults apply without it (lifecycle-projection.ts eightDSettingsOf). So is
 * `surveyForm` (issue 16.1: the survey's satisfied threshold; 80 without it).
 */
export type LifecycleSettings = Pick<
  Settings,
  'authorityMatrix' | 'receivingTolerancePercent' | 'workingHours' | 'holidayOverrides' | 'attachmentMaxBytes' | 'rmaNumberPattern' | 'deadlineRules'
> &
  Partial<Pick<Settings, 'eightD' | 'surveyForm'>>;

/**
 * Everything the case page needs, in one read: the records, and the facts
 * derived from them (CaseFileFacts, shared/domain/lifecycle/case-file.ts).
 * Lists include all rounds; tombstoned child records are left out.
 */
export interface CaseFile extends CaseFileFacts {
  case: ComplaintCase;
  lifecycle: CaseLifecycle;
  /** The guards' input (lists as above) — pass to availableActions/sendBackTargets if needed. */
  view: CaseLifecycleView;
  attachments: AttachmentRecord[];
  /** Transitions oldest first. */
  transitions: TransitionRecord[];
  /** Approval and rejection records, oldest first (never overwritten). */
  approvals: ApprovalRecord[];
  /** The case's deadlines and those of its live 8D reports (recordId = the report or action). */
  deadlines: Deadline[];
}

export class TransitionRefusedError extends Error {
  constructor(
    readonly action: TransitionRequest['action'],
    readonly missing: MissingReason[],
  ) {
    super(`transition ${action} refused: ${missing.map((m) => m.code).join(', ')}`);
    this.name = 'TransitionRefusedError';
  }
}

/** A closed case is locked: re-open it first (lifecycle.transition with action 'reopen' and a reason). */
export class CaseLockedError extends Error {
  constructor(readonly caseId: string) {
    super(`case ${caseId} is closed`);
    this.name = 'CaseLockedError';
  }
}

/** The file is larger than settings.attachmentMaxBytes. */
export class AttachmentTooLargeError extends Error {
  constructor(
    readonly size: number,
    readonly maxBytes: number,
  ) {
    super(`attachment of ${size} bytes is larger than the limit of ${maxBytes} bytes`);
    this.name = 'AttachmentTooLargeError';
  }
}

export type { ApprovalInput };

export interface LifecycleRepository {
  /** Case page read model. Throws RecordNotFoundError for an unknown/deleted case. Creates nothing. */
  getCaseFile(caseId: string): Promise<CaseFile>;
  /** The lifecycle record (a default 'registered' one in memory when none was written yet). */
  get(caseId: string): Promise<CaseLifecycle>;
  /** Edits triage / severity / category / analysis / decision / logistics / callback fields; one op carrying the changed fields. */
  update(caseId: string, patch: CaseLifecyclePatch, seen?: Seen): Promise<CaseLifecycle>;
  /**
   * Applies one state-machine action (guards of machine.ts); appends a
   * TransitionRecord. Throws TransitionRefusedError. A signed action
   * (closing, accepting the disposition, confirming the costs:
   * signatures/steps.ts) needs `signing` — the signed-in clerk's password
   * (ValidationFailedError password: 'required' | 'wrongPassword' | 'locked' …)
   * and a role that signs it (signer: 'roleMissing' | 'inactive' | 'notSignedIn')
   * — and writes their signature record with the transition.
   */
  transition(caseId: string, request: TransitionRequest, signing?: SigningInput): Promise<TransitionRecord>;
  /**
   * Appends an approval or rejection record (approval step only), signed by
   * the signed-in clerk (`signing` as for transition; their role must be
   * authorised for the amount by the matrix, signer: 'roleMissing' otherwise)
   * and moves the case: approved ⇒ return_logistics (and issues the RMA
   * number); rejected ⇒ back to decision with the reason ('required' without).
   */
  recordApproval(caseId: string, input: ApprovalInput, signing: SigningInput): Promise<{ approval: ApprovalRecord; transition: TransitionRecord }>;
  /** Moves the effect check's due date of a closed case not checked yet; returns it (ValidationFailedError effectCheck: 'notClosed' | 'alreadyChecked', effectCheckDueDate: 'invalid' | 'beforeClosing'). */
  setEffectCheckDue(caseId: string, date: string): Promise<string>;
  /** Records the effect check of a closed case; not effective re-opens it as a new round in the same write (effect-check.ts). */
  recordEffectCheck(caseId: string, input: EffectCheckInput): Promise<EffectCheck>;
  /**
   * 责任判定逾期 (responsibility-rule.ts): when the case's responsibility
   * deadline has passed with percent undecided, gives it to sales by rule
   * and returns the share written (ValidationFailedError responsibility:
   * 'ruleNotDue' otherwise — another PC may have applied it first).
   */
  applyResponsibilityRule(caseId: string): Promise<ResponsibilityShare>;
}

export interface ReturnsRepository {
  /** quantityApproved > 0 integer and not more than the case's quantityDelivered. */
  addLine(caseId: string, input: ReturnLineInput): Promise<ReturnLine>;
  updateLine(lineId: string, patch: Partial<ReturnLineInput>, seen?: Seen): Promise<ReturnLine>;
  removeLine(lineId: string): Promise<void>;
  /** Receiving of one line. Refused before the return is approved (TransitionRefusedError approvalMissing). Out-of-tolerance counts are stored and returned with a warning. */
  /** Fields not named keep the line's values; `seen`: see Seen. */
  receive(lineId: string, input: Partial<ReceivingInput>, seen?: Seen): Promise<{ line: ReturnLine; tolerance: ToleranceCheck }>;
  /** Fields not named keep the line's values; `seen`: see Seen. */
  inspect(lineId: string, input: Partial<InspectionInput>, seen?: Seen): Promise<ReturnLine>;
  /** A disposition may not make the line's sum exceed its received quantity (ValidationFailedError quantity 'moreThanReceived'). */
  addDisposition(caseId: string, input: DispositionInput): Promise<DispositionRecord>;
  updateDisposition(id: string, patch: Partial<DispositionInput>, seen?: Seen): Promise<DispositionRecord>;
  removeDisposition(id: string): Promise<void>;
  /**
   * 返修单 of a received line (issue 19.1; outbound.ts): its cost is kept in the case's costs as a 'repair' cost.
   * ValidationFailedError lineId 'required' | 'notReceivedYet', quantity 'moreThanReceived', orderNumber 'required' …
   */
  addRepairOrder(caseId: string, input: RepairOrderInput): Promise<RepairOrder>;
  updateRepairOrder(id: string, patch: Partial<Omit<RepairOrderInput, 'lineId'>>, seen?: Seen): Promise<RepairOrder>;
  /** Removes the order and its cost. */
  removeRepairOrder(id: string): Promise<void>;
  /** The re-inspection of the repaired goods (reinspectionResult 'alreadyShipped' when failing it would leave more sent than passed). */
  reinspect(id: string, input: ReinspectionInput, seen?: Seen): Promise<RepairOrder>;
  /** Goods sent back for a line (quantity 'moreThanReturned' | 'moreThanRepaired', shippedOn 'future' …); before the line is received it is an advance exchange. */
  addShipment(caseId: string, input: OutboundShipmentInput): Promise<OutboundShipment>;
  updateShipment(id: string, patch: Partial<Omit<OutboundShipmentInput, 'lineId'>>, seen?: Seen): Promise<OutboundShipment>;
  removeShipment(id: string): Promise<void>;
  /** The live return lines and dispositions of these cases, every round (the ledger's Excel export); reads only. */
  linesOfCases(caseIds: readonly string[]): Promise<{ lines: ReturnLine[]; dispositions: DispositionRecord[] }>;
}

export interface ResponsibilityRepository {
  /**
   * Adds a share. A purchasing share with a supplier name also creates a
   * draft supplier claim (amount = current cost total × percent) in the same transaction.
   * Sum over 100 is refused (percent 'sumOverHundred'); the exact-100 rule is a guard of confirm_responsibility.
   */
  addShare(caseId: string, input: ResponsibilityShareInput): Promise<{ share: ResponsibilityShare; claim: SupplierClaim | null }>;
  updateShare(id: string, patch: Partial<ResponsibilityShareInput>, seen?: Seen): Promise<ResponsibilityShare>;
  removeShare(id: string): Promise<void>;
  updateClaim(id: string, patch: Partial<Pick<SupplierClaim, 'supplierName' | 'amountFen' | 'status' | 'note'>>, seen?: Seen): Promise<SupplierClaim>;
}

export interface CostsRepository {
  add(caseId: string, input: CostInput): Promise<CostRecord>;
  update(id: string, patch: Partial<CostInput>, seen?: Seen): Promise<CostRecord>;
  remove(id: string): Promise<void>;
}

/** An open action with its case, for the workbench's "my tasks". */
export interface OpenActionItem {
  action: CaseActionRecord;
  caseNumber: string;
  customerName: string;
}

export interface ActionsRepository {
  add(caseId: string, input: CaseActionInput): Promise<CaseActionRecord>;
  update(id: string, patch: Partial<CaseActionInput>, seen?: Seen): Promise<CaseActionRecord>;
  /** open → done (doneAt set) → verified (verifiedBy required). */
  setStatus(id: string, status: ActionStatus, verifiedBy?: string): Promise<CaseActionRecord>;
  remove(id: string): Promise<void>;
  /** Starts the case's 8D: opens an 8D report (repositories.eightD) unless the case has a live one, and marks the case. */
  startEightD(caseId: string): Promise<CaseLifecycle>;
  /** Open actions of live, not-closed cases (owner filter optional, trimmed, exact). */
  listOpen(owner?: string): Promise<OpenActionItem[]>;
}

export interface RepliesRepository {
  add(caseId: string, input: CustomerReplyInput): Promise<CustomerReply>;
  update(id: string, patch: Partial<CustomerReplyInput>, seen?: Seen): Promise<CustomerReply>;
  remove(id: string): Promise<void>;
}

export interface SurveysRepository {
  /**
   * Records a survey of the current round (score + verdict computed). When
   * the case is in follow_up and the result is unsatisfied, the case re-opens
   * at analysis as a new round in the same transaction (`transition` set).
   */
  record(caseId: string, input: SurveyInput): Promise<{ survey: SurveyRecord; transition: TransitionRecord | null }>;
}

export interface NewAttachment {
  /** caseId, the id of a child record of the case (return line, action …), or eightDPhotoOwner(reportId, D2/D4/D6) of a live 8D report of the case. */
  ownerId: string;
  fileName: string;
  mimeType: string;
  bytes: ArrayBuffer | Uint8Array;
  /** A small preview made by the UI for images. */
  thumbnail?: { bytes: ArrayBuffer | Uint8Array; mimeType: string };
}

export interface AttachmentsRepository {
  /** Stores the bytes (sha256 via crypto.subtle, deduplicated) and the metadata record. AttachmentTooLargeError over the limit. */
  add(caseId: string, file: NewAttachment): Promise<AttachmentRecord>;
  remove(id: string): Promise<void>;
  /** The bytes of a blob (attachment or thumbnail) by sha256, or undefined when not on this PC (yet). */
  getBlob(sha256: string): Promise<Blob | undefined>;
  list(caseId: string): Promise<AttachmentRecord[]>;
}
