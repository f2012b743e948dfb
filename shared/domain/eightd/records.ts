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

/** A report with all its live child records (tombstoned children left out). */
export interface EightDBundle {
  report: EightD;
  members: EightDMember[];
  containment: EightDContainment[];
  causes: EightDCause[];
  correctives: EightDCorrective[];
  prevention: EightDPrevention[];
}
