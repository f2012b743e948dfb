/**
 * The records of a case's lifecycle (DOMAIN §3). Every record has its own
 * UUID `id` and the `caseId` it hangs off, and only plain-JSON fields, so two
 * PCs can add records concurrently and both survive a merge; each field is
 * replicated as one op (entity, entityId, field). Child records carry the
 * `round` they belong to (a new round starts when the customer is not
 * satisfied); guards look at the current round only.
 *
 * Dates: `…At` = ISO 8601 date-time with offset; `…Date` = yyyy-mm-dd (local
 * factory date). Amounts: integer fen (money.ts). Quantities: integers ≥ 0.
 *
 * Append-only: TransitionRecord and ApprovalRecord are never changed or
 * deleted once written. Other child records may be edited field by field and
 * tombstoned with `deleted: true`.
 */
import type { EffectCheck } from './effect-check';
import type { Currency } from './currency';
import type { ApproverRole } from './authority';
import type { Fen } from './money';
import type { CaseState, LifecycleAction } from './state-names';
import type { ComplaintCategory, Severity, SeverityCriterion, TriageCategory } from './triage';

/** Decision (初步判定, seed 000 §4.1.1): A no return (complaint handling only), B return for repair, C return (serious defect). */
export const DECISIONS = ['A', 'B', 'C'] as const;
export type Decision = (typeof DECISIONS)[number];

/** One per case, id = caseId (entity 'caseLifecycle'): the case-level facts of the lifecycle. */
export interface CaseLifecycle {
  id: string;
  caseId: string;
  /** Current step; written together with every TransitionRecord. */
  state: CaseState;
  /** 1 at registration; +1 on each new round (unsatisfied survey). */
  round: number;
  triage: TriageCategory | null;
  severity: Severity | null;
  severityCriteria: SeverityCriterion[];
  category: ComplaintCategory | null;
  /** The customer's own deadline for the written reply, if shorter than ours (urgent cases). */
  customerDeadlineAt: string | null;
  /** Short result of the analysis (原因分析) — needed to leave analysis. */
  analysisSummary: string;
  decision: Decision | null;
  /** Amount the approval is about (claim / return value), fen. */
  decisionAmountFen: Fen | null;
  decisionNote: string;
  /** RMA number, issued when the return is approved (B/C). */
  rmaNumber: string | null;
  returnCarrier: string;
  returnTrackingNumber: string;
  returnPickupDate: string | null;
  /** When the clerk called the customer back (2 h rule). */
  callbackAt: string | null;
  /** When containment was done (urgent: 4 h). */
  containmentAt: string | null;
  /** An 8D report was started for this case (the 8D editor is its own issue). */
  eightDStarted: boolean;
  /**
   * The effect check after closure (effect-check.ts): due by this factory
   * date, set when the case is closed; absent on records written before it.
   */
  effectCheckDueDate?: string;
  /** The check of the current closure, null until done; absent on older records. */
  effectCheck?: EffectCheck | null;
  /** 红字发票号: the red-letter invoice reversing the sale (issue 19.2); absent / '' = none yet. */
  redInvoiceNumber?: string;
  /** The customer's return proof (销货退回证明单 / stamped invoice): its number or a note; the scan is an attachment of the case. */
  returnProof?: string;
  /** The round in which the responsibility rule gave the undecided percent to sales (responsibility-rule.ts); it applies once per round. Absent = never. */
  responsibilityRuleRound?: number;
  createdAt: string;
  createdBy: string;
}

/** The triage/decision fields a clerk edits directly (caseLifecycles.update). */
export type CaseLifecyclePatch = Partial<
  Pick<
    CaseLifecycle,
    | 'triage'
    | 'severity'
    | 'severityCriteria'
    | 'category'
    | 'customerDeadlineAt'
    | 'analysisSummary'
    | 'decision'
    | 'decisionAmountFen'
    | 'decisionNote'
    | 'returnCarrier'
    | 'returnTrackingNumber'
    | 'returnPickupDate'
    | 'callbackAt'
    | 'containmentAt'
    | 'eightDStarted'
    | 'redInvoiceNumber'
    | 'returnProof'
  >
>;

/** One step of the state machine, append-only. */
export interface TransitionRecord {
  id: string;
  caseId: string;
  action: LifecycleAction;
  from: CaseState;
  to: CaseState;
  /** Round after the transition (a new round when action is 'new_round'). */
  round: number;
  /** Required for send_back, reopen, reject and new_round. */
  reason: string;
  by: string;
  at: string;
}

export const APPROVAL_OUTCOMES = ['approved', 'rejected'] as const;
export type ApprovalOutcome = (typeof APPROVAL_OUTCOMES)[number];

/** An approval or rejection by someone with authority; append-only, never overwritten. */
export interface ApprovalRecord {
  id: string;
  caseId: string;
  round: number;
  outcome: ApprovalOutcome;
  /** The role the approver signed as. */
  approverRole: ApproverRole;
  approverName: string;
  /** Approved on this clerk's authority (委托授权 代签, clerks/delegation.ts): the delegator's name; absent when the approver holds the role. */
  onBehalfOfName?: string;
  /** The decision and amount that were approved (copied at the time). */
  decision: Decision;
  amountFen: Fen;
  /** Required for a rejection: sent back to the decision step with this reason. */
  reason: string;
  at: string;
  by: string;
}

/** What the clerk enters for an approval or rejection (the approver is the signer: commands/signing.ts). */
export interface ApprovalInput {
  outcome: ApprovalOutcome;
  /** Required for a rejection. */
  reason: string;
}

export const INSPECTION_RESULTS = ['pass', 'fail', 'partial'] as const;
export type InspectionResult = (typeof INSPECTION_RESULTS)[number];

/** A returned model/quantity; receiving and inspection are fields of the line. */
export interface ReturnLine {
  id: string;
  caseId: string;
  round: number;
  productModel: string;
  partNumber: string;
  lotNumber: string;
  quantityApproved: number;
  reason: string;
  /** Unit price per piece in fen of `currency` (line-money.ts); null = not priced. Absent on lines written before issue 19.2. */
  unitPriceFen?: Fen | null;
  /** Currency of the unit price; absent = CNY. */
  currency?: Currency;
  /** Receiving (退货入库): null until counted. */
  quantityReceived: number | null;
  receivedBy: string;
  receivedAt: string | null;
  storageLocation: string;
  receivingNote: string;
  /** Inspection (退货检验报告): null until inspected. */
  inspectionResult: InspectionResult | null;
  /** Quantity found defective (≤ received). */
  quantityDefective: number | null;
  defectNotes: string;
  inspectedBy: string;
  inspectedAt: string | null;
  /** Attachment ids of the inspection photos. */
  photoIds: string[];
  deleted: boolean;
}

export type ReturnLineInput = Pick<ReturnLine, 'productModel' | 'partNumber' | 'lotNumber' | 'quantityApproved' | 'reason' | 'unitPriceFen' | 'currency'>;
export type ReceivingInput = Pick<ReturnLine, 'quantityReceived' | 'receivedBy' | 'receivedAt' | 'storageLocation' | 'receivingNote'>;
export type InspectionInput = Pick<ReturnLine, 'inspectionResult' | 'quantityDefective' | 'defectNotes' | 'inspectedBy' | 'inspectedAt' | 'photoIds'>;

export const DISPOSITION_KINDS = [
  'discount_sale',
  'scrap',
  'material_reuse',
  'rework',
  'exchange',
  'refund',
  'credit_note',
  'return_to_supplier',
] as const;
export type DispositionKind = (typeof DISPOSITION_KINDS)[number];

/** Part of a line's received quantity and what happens to it (处理方式). */
export interface DispositionRecord {
  id: string;
  caseId: string;
  round: number;
  lineId: string;
  kind: DispositionKind;
  quantity: number;
  /** Rework/repair: the production order number (计划科); required for 'rework'. */
  repairOrderNumber: string;
  /** Rework charged to the customer? */
  charged: boolean;
  note: string;
  deleted: boolean;
}
export type DispositionInput = Pick<DispositionRecord, 'lineId' | 'kind' | 'quantity' | 'repairOrderNumber' | 'charged' | 'note'>;

export const REINSPECTION_RESULTS = ['pass', 'fail'] as const;
export type ReinspectionResult = (typeof REINSPECTION_RESULTS)[number];

/**
 * 返修单 (seed 000 §3.4.1, §4.4.4 B): 计划科's repair order for returned goods
 * of one line — its number, how many pieces, what it used and cost, charged
 * to the customer or free — and the re-inspection of the repaired goods
 * (品质) before they may go back (outbound.ts). Its cost is carried into
 * the case's costs as a 'repair' cost (costId).
 */
export interface RepairOrder {
  id: string;
  caseId: string;
  round: number;
  lineId: string;
  /** 返修单号, as 计划科 issued it. */
  orderNumber: string;
  quantity: number;
  /** Material used (料号 × 数量, as the workshop lists it). */
  materialsUsed: string;
  /** Labour hours (工时), ≥ 0. */
  hours: number;
  /** Charged to the customer (收费返修) or free. */
  charged: boolean;
  /** Total cost of the repair in fen (material + labour). */
  costFen: Fen;
  /** The 'repair' cost record this order keeps in the case's costs; '' while its cost is 0. */
  costId: string;
  /** Re-inspection after repair: null until done. */
  reinspectionResult: ReinspectionResult | null;
  reinspectedBy: string;
  /** Plain date of the re-inspection. */
  reinspectedOn: string | null;
  note: string;
  deleted: boolean;
}
export type RepairOrderInput = Pick<RepairOrder, 'lineId' | 'orderNumber' | 'quantity' | 'materialsUsed' | 'hours' | 'charged' | 'costFen' | 'note'>;
export type ReinspectionInput = Pick<RepairOrder, 'reinspectionResult' | 'reinspectedBy' | 'reinspectedOn'>;

export const SHIPMENT_KINDS = ['repaired', 'replacement'] as const;
/** What goes back: the customer's own goods repaired, or new goods in exchange (换货). */
export type ShipmentKind = (typeof SHIPMENT_KINDS)[number];

/**
 * Goods going back to the customer for one return line (seed 000 §3.2.3
 * 返修后的产品的发货; 先换后退: replacement goods may go before the return
 * arrives — `advance`). Printed as its box label and 送货单.
 */
export interface OutboundShipment {
  id: string;
  caseId: string;
  round: number;
  lineId: string;
  kind: ShipmentKind;
  quantity: number;
  /** Plain date it left the factory. */
  shippedOn: string;
  /** Carrier, or 自提 when the customer collects. */
  carrier: string;
  trackingNumber: string;
  /** The 送货单 number (ERP's, if it has one; '' = the desk prints the case number). */
  deliveryNoteNumber: string;
  /** Sent before the line's return was received (advance exchange); set when recorded. */
  advance: boolean;
  note: string;
  deleted: boolean;
}
export type OutboundShipmentInput = Pick<OutboundShipment, 'lineId' | 'kind' | 'quantity' | 'shippedOn' | 'carrier' | 'trackingNumber' | 'deliveryNoteNumber' | 'note'>;

export const DEPARTMENTS = ['production', 'quality', 'technical', 'purchasing', 'sales', 'other'] as const;
/** 分厂/生产, 品质 (missed inspection), 技术 (design), 采购/供应商, 销售/物流, 其他. */
export type Department = (typeof DEPARTMENTS)[number];

/** One department's share of the responsibility (责任判定). Percent: integer or one decimal. */
export interface ResponsibilityShare {
  id: string;
  caseId: string;
  round: number;
  department: Department;
  percent: number;
  /** For purchasing: the supplier at fault (creates a supplier claim). */
  supplierName: string;
  note: string;
  deleted: boolean;
}
export type ResponsibilityShareInput = Pick<ResponsibilityShare, 'department' | 'percent' | 'supplierName' | 'note'>;

export const SUPPLIER_CLAIM_STATUSES = ['draft', 'sent', 'accepted', 'disputed', 'settled'] as const;
export type SupplierClaimStatus = (typeof SUPPLIER_CLAIM_STATUSES)[number];

/** 供应商扣款单: created from a purchasing share with a supplier name. */
export interface SupplierClaim {
  id: string;
  caseId: string;
  round: number;
  shareId: string;
  supplierName: string;
  amountFen: Fen;
  status: SupplierClaimStatus;
  note: string;
  deleted: boolean;
}

export const COST_KINDS = ['loss', 'repair', 'freight', 'compensation', 'credit'] as const;
export type CostKind = (typeof COST_KINDS)[number];

/** One cost line (损失核算, 财务). */
export interface CostRecord {
  id: string;
  caseId: string;
  round: number;
  kind: CostKind;
  amountFen: Fen;
  /** Who bears it, when known. */
  department: Department | null;
  note: string;
  deleted: boolean;
}
export type CostInput = Pick<CostRecord, 'kind' | 'amountFen' | 'department' | 'note'>;

export const ACTION_STATUSES = ['open', 'done', 'verified'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ACTION_KINDS = ['corrective', 'preventive', 'containment'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

/** A short corrective / preventive action (for cases that need no full 8D). */
export interface CaseActionRecord {
  id: string;
  caseId: string;
  round: number;
  kind: ActionKind;
  description: string;
  owner: string;
  department: Department | null;
  /** yyyy-mm-dd */
  dueDate: string;
  status: ActionStatus;
  doneAt: string | null;
  verifiedBy: string;
  deleted: boolean;
}
export type CaseActionInput = Pick<CaseActionRecord, 'kind' | 'description' | 'owner' | 'department' | 'dueDate'>;

export const REPLY_CHANNELS = ['phone', 'fax', 'email', 'wechat', 'qq', 'ecommerce', 'onsite', 'letter'] as const;
export type ReplyChannel = (typeof REPLY_CHANNELS)[number];

/** A reply to the customer (回复客户). `written` = the formal written reply of the deadline rules. */
export interface CustomerReply {
  id: string;
  caseId: string;
  round: number;
  repliedAt: string;
  channel: ReplyChannel;
  written: boolean;
  text: string;
  by: string;
  deleted: boolean;
}
export type CustomerReplyInput = Pick<CustomerReply, 'repliedAt' | 'channel' | 'written' | 'text'>;

export const SURVEY_ANSWERS = ['very_satisfied', 'satisfied', 'neutral', 'dissatisfied'] as const;
export type SurveyAnswer = (typeof SURVEY_ANSWERS)[number];

/** A follow-up survey (客户满意度调查表): 10 ratings in survey.ts SURVEY_ITEMS order (questions 1–7, 8A/8B/8C), score (max 100) and verdict (≥ 80) computed at write time. */
export interface SurveyRecord {
  id: string;
  caseId: string;
  round: number;
  surveyedAt: string;
  answers: SurveyAnswer[];
  score: number;
  satisfied: boolean;
  remarks: string;
  by: string;
  deleted: boolean;
}
export type SurveyInput = Pick<SurveyRecord, 'surveyedAt' | 'answers' | 'remarks'>;

/** Metadata of an attached file; the bytes are in the local blob table by sha256. */
export interface AttachmentRecord {
  id: string;
  caseId: string;
  /** What it is attached to: the case itself (= caseId) or a child record id (return line, action …). */
  ownerId: string;
  fileName: string;
  mimeType: string;
  size: number;
  /** Lower-case hex sha256 of the bytes. */
  sha256: string;
  /** sha256 of the thumbnail blob (images; made by the UI), or null. */
  thumbnailSha256: string | null;
  addedAt: string;
  addedBy: string;
  deleted: boolean;
}
