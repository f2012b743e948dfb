/**
 * The 8D report (DOMAIN §5, seed 002 §4.2) as stored records. One `EightD`
 * per report, attached to a case; every list (team, containment actions,
 * causes, corrective actions, prevention items) is a child record with its
 * own id, so two PCs adding to the same list both keep their rows after a
 * merge (DESIGN "child lists are records"). Photos are case attachments whose
 * ownerId is `eightDPhotoOwner(reportId, discipline)`.
 * Dates are ISO text (`YYYY-MM-DD` for plain dates, full ISO with offset for
 * moments); '' means "not filled in yet" for text.
 */

export const DISCIPLINES = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8'] as const;
export type Discipline = (typeof DISCIPLINES)[number];

/** Disciplines that hold photos (issue 6: D2 problem, D4 root cause, D6 verification). */
export const PHOTO_DISCIPLINES = ['D2', 'D4', 'D6'] as const satisfies readonly Discipline[];
export type PhotoDiscipline = (typeof PHOTO_DISCIPLINES)[number];

/** ownerId of a photo attachment of one discipline of one 8D report. */
export function eightDPhotoOwner(reportId: string, discipline: PhotoDiscipline): string {
  return `${reportId}/${discipline}`;
}

/** The report and its single-valued fields. */
export interface EightD {
  id: string;
  caseId: string;
  /** `8D` + yyyymmdd + serial (numbering: formatEightDNumber), assigned at creation, never reused. */
  number: string;
  title: string;
  openedAt: string;
  openedBy: string;

  // D2 — the problem in the customer's terms, 5W2H.
  /** The customer's own description of what they saw. */
  customerDescription: string;
  what: string;
  where: string;
  when: string;
  who: string;
  why: string;
  how: string;
  howMany: string;
  /** Affected lot numbers, one per line or comma separated (as the clerk types them). */
  affectedLots: string;
  /** Affected date codes. */
  affectedDateCodes: string;
  /** '' = not said yet. */
  occurrence: '' | 'first' | 'repeat';

  // D3 — containment reply (actions are EightDContainment records).
  /** Due 24 h after openedAt (rule: containmentReplyHours). */
  containmentDueAt: string;
  /** When the containment was replied to the customer; null = not yet. */
  containmentRepliedAt: string | null;

  // D4 — summary of the verified root causes (detail: EightDCause records).
  occurrenceRootCause: string;
  escapeRootCause: string;

  // Due dates of the report's own steps (plain dates, '' = none set).
  rootCauseDueDate: string;
  correctiveDueDate: string;
  closureDueDate: string;

  // D8 — approval by the head of quality, team recognition, closure.
  approvedBy: string;
  approvedAt: string | null;
  approvalComment: string;
  teamRecognition: string;
  closedAt: string | null;
  closedBy: string;

  // Revisions (issue 19.6, revisions.ts): re-opening an approved report raises its revision.
  /** The revision being worked on or approved: 0 until the first re-open (absent on reports stored before: 0). */
  revision?: number;
  /** Why the current revision was raised, when, and by whom ('' / null for Rev.0). */
  revisionReason?: string;
  revisionRaisedAt?: string | null;
  revisionRaisedBy?: string;

  deleted: boolean;
}

export const MEMBER_ORGANISATIONS = ['internal', 'customer', 'supplier'] as const;
export type MemberOrganisation = (typeof MEMBER_ORGANISATIONS)[number];
export const MEMBER_ROLES = ['leader', 'member', 'champion'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** D1: one member of the 8D team. */
export interface EightDMember {
  id: string;
  reportId: string;
  caseId: string;
  name: string;
  role: MemberRole;
  /** Department or company the member comes from. */
  department: string;
  organisation: MemberOrganisation;
  /** Responsibility in the team (e.g. 原因分析, 围堵). */
  responsibility: string;
  contact: string;
  deleted: boolean;
}

export const CONTAINMENT_LOCATIONS = ['customer', 'in_transit', 'finished_goods', 'work_in_progress', 'supplier', 'other'] as const;
export type ContainmentLocation = (typeof CONTAINMENT_LOCATIONS)[number];

/** D3: one containment action (sorting suspect stock …) with its counts. */
export interface EightDContainment {
  id: string;
  reportId: string;
  caseId: string;
  description: string;
  location: ContainmentLocation;
  owner: string;
  /** Plain date. */
  startedOn: string;
  /** Plain date, '' while running. */
  finishedOn: string;
  quantityInspected: number;
  quantityDefective: number;
  /** Inspection method and result. */
  result: string;
  deleted: boolean;
}

/** 5M1E (人机料法环测). */
export const CAUSE_CATEGORIES = ['man', 'machine', 'material', 'method', 'measurement', 'environment'] as const;
export type CauseCategory = (typeof CAUSE_CATEGORIES)[number];
/** Why it happened (occurrence) or why it was not detected (escape). */
export const CAUSE_ANALYSES = ['occurrence', 'escape'] as const;
export type CauseAnalysis = (typeof CAUSE_ANALYSES)[number];

/** D4: one cause on the fishbone, with its 5-Why chain. */
export interface EightDCause {
  id: string;
  reportId: string;
  caseId: string;
  analysis: CauseAnalysis;
  category: CauseCategory;
  description: string;
  /** The 5-Why chain, first why first (at most MAX_WHYS). */
  whys: string[];
  /** Confirmed as a root cause (the chain ends here). */
  isRootCause: boolean;
  /** How it was verified (test, reproduction …). */
  verification: string;
  deleted: boolean;
}

export const MAX_WHYS = 7;

export const CORRECTIVE_STATUSES = ['planned', 'implemented', 'verified'] as const;
export type CorrectiveStatus = (typeof CORRECTIVE_STATUSES)[number];

/** D5/D6: one permanent corrective action. */
export interface EightDCorrective {
  id: string;
  reportId: string;
  caseId: string;
  /** The cause it addresses (EightDCause id), or '' for all. */
  causeId: string;
  description: string;
  owner: string;
  /** Plain due date. */
  dueDate: string;
  status: CorrectiveStatus;
  implementedOn: string;
  /** D6: how the effect was verified and the result. Required for 'verified'. */
  verificationResult: string;
  verifiedBy: string;
  verifiedOn: string;
  deleted: boolean;
}

/** D7: what a preventive action updates. "More inspection" / audits are not prevention (seed 002 D7 b). */
export const PREVENTION_KINDS = ['fmea', 'control_plan', 'specification', 'work_instruction', 'design', 'training', 'other'] as const;
export type PreventionKind = (typeof PREVENTION_KINDS)[number];

/** D7: one preventive action (a document or system update). */
export interface EightDPrevention {
  id: string;
  reportId: string;
  caseId: string;
  kind: PreventionKind;
  description: string;
  /** Document number and revision (e.g. PFMEA-QX200 Rev.C). */
  documentRef: string;
  owner: string;
  dueDate: string;
  done: boolean;
  deleted: boolean;
}

/** 举一反三 / 水平展开: what a related item is (seed 001 §3.4.5, 002 D3 水平及垂直展开). */
export const HORIZONTAL_KINDS = ['model', 'lot', 'material'] as const;
export type HorizontalKind = (typeof HORIZONTAL_KINDS)[number];
/** Why it is related to the complaint. */
export const HORIZONTAL_BASES = ['samePart', 'sameSupplier', 'sameProcess', 'other'] as const;
export type HorizontalBasis = (typeof HORIZONTAL_BASES)[number];
/** '' = still to check; checked (no defect found); notAffected (does not apply); affected (→ D3 containment). */
export const HORIZONTAL_RESULTS = ['checked', 'notAffected', 'affected'] as const;
export type HorizontalResult = (typeof HORIZONTAL_RESULTS)[number];

/** D4/D7: one related model, lot or material to check for the same problem (horizontal-checks.ts). */
export interface EightDHorizontalCheck {
  id: string;
  reportId: string;
  caseId: string;
  kind: HorizontalKind;
  /** The model, lot or material (code and/or name as the clerk writes it). */
  subject: string;
  basis: HorizontalBasis;
  /** What is checked where (warehouse, WIP, at the customer …). */
  scope: string;
  /** '' while still to check. */
  result: '' | HorizontalResult;
  checkedBy: string;
  /** Plain date, '' while not checked. */
  checkedOn: string;
  note: string;
  /** The D3 containment action opened for an affected item ('' = none). */
  containmentId: string;
  deleted: boolean;
}

/** A report with all its live child records (tombstoned children left out). */
export interface EightDBundle {
  report: EightD;
  members: EightDMember[];
  containment: EightDContainment[];
  causes: EightDCause[];
  correctives: EightDCorrective[];
  prevention: EightDPrevention[];
  /** 举一反三 rows. */
  checks: EightDHorizontalCheck[];
}

/** The report's content frozen at an approval: the bundle as approved, and the ids of the photos it had. */
export interface EightDSnapshot extends EightDBundle {
  photoIds: string[];
}

/**
 * One approved revision (issue 19.6): written once at each approval, never
 * changed — the revision number, why it was raised (re-open reason, '' for
 * Rev.0), by whom and when, who approved it and when, and the snapshot.
 */
export interface EightDRevision {
  id: string;
  reportId: string;
  caseId: string;
  revision: number;
  reason: string;
  raisedAt: string | null;
  raisedBy: string;
  approvedAt: string;
  approvedBy: string;
  snapshot: EightDSnapshot;
  deleted: boolean;
}
