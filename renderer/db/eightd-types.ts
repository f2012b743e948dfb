/**
 * The contract of the 8D repository (renderer/db/eightd-repository.ts): what
 * the 8D editor reads and writes. Writes go through the lifecycle write path
 * (one strict transaction: records + ops + the case's ledger projection, a
 * closed case refuses them), validate before the first write
 * (ValidationFailedError with field → message code), and the guards of
 * shared/domain/eightd refuse approval/closure with the reasons
 * (EightDRefusedError). An approved or closed report refuses content edits
 * (ValidationFailedError report: 'reportApproved' | 'reportClosed'; only
 * teamRecognition and closureDueDate may change after approval) until
 * reopen(), which works on approved and on closed reports: signed by a clerk
 * who may approve, with a reason, it raises the revision; each approval
 * freezes its revision (EightDRevision) so it can be exported as it was.
 */
import type { SigningInput } from './signing-input';
import type {
  EightD,
  EightDBundle,
  EightDCause,
  EightDContainment,
  EightDCorrective,
  EightDHorizontalCheck,
  EightDMember,
  EightDPrevention,
  EightDRevision,
  PhotoDiscipline,
} from '../../shared/domain/eightd/records';
import type { CheckResultInput } from '../../shared/domain/eightd/horizontal-checks';
import type { AttachmentRecord } from '../../shared/domain/lifecycle/records';
import type { Deadline } from '../../shared/domain/lifecycle/deadlines-types';
import type { DisciplineProgress, EightDMissing } from '../../shared/domain/eightd/progress';
import type { Seen } from './seen';

/** Fields of the report the editor changes directly (numbers, ids, approval and closure have their own calls). */
export type EightDPatch = Partial<
  Pick<
    EightD,
    | 'title'
    | 'customerDescription'
    | 'what'
    | 'where'
    | 'when'
    | 'who'
    | 'why'
    | 'how'
    | 'howMany'
    | 'affectedLots'
    | 'affectedDateCodes'
    | 'occurrence'
    | 'occurrenceRootCause'
    | 'escapeRootCause'
    | 'rootCauseDueDate'
    | 'correctiveDueDate'
    | 'closureDueDate'
    | 'teamRecognition'
  >
>;

type ChildInput<T> = Omit<T, 'id' | 'reportId' | 'caseId' | 'deleted'>;
export type EightDMemberInput = ChildInput<EightDMember>;
export type EightDContainmentInput = ChildInput<EightDContainment>;
export type EightDCauseInput = ChildInput<EightDCause>;
/** status/implementedOn/verification go through correctives.setStatus. */
export type EightDCorrectiveInput = Omit<ChildInput<EightDCorrective>, 'status' | 'implementedOn' | 'verificationResult' | 'verifiedBy' | 'verifiedOn'>;
export type EightDPreventionInput = ChildInput<EightDPrevention>;
/** result, who, when and the linked containment go through checks.setResult. */
export type EightDHorizontalCheckInput = Pick<EightDHorizontalCheck, 'kind' | 'subject' | 'basis' | 'scope' | 'note'>;

/** Progress types live with the rules that compute them (shared/domain/eightd/progress.ts); re-exported for the editor. */
export type { DisciplineProgress, EightDMissing } from '../../shared/domain/eightd/progress';

/** Everything the 8D editor shows, in one read. */
export interface EightDFile {
  bundle: EightDBundle;
  caseNumber: string;
  progress: DisciplineProgress[];
  /** The report's own deadlines (containment reply, root cause, corrective actions, closure). */
  deadlines: Deadline[];
  photos: Record<PhotoDiscipline, AttachmentRecord[]>;
  /** Empty when the current clerk may approve D8 now; otherwise why not. */
  approvalMissing: EightDMissing[];
  /** Empty when the report may be closed now. */
  closureMissing: EightDMissing[];
  /** The approved revisions, oldest first (one per revision number). */
  revisions: EightDRevision[];
}

/** A report not closed yet, for the workbench: its case and its soonest open deadline (null = none open). */
export interface OpenEightD {
  report: EightD;
  caseNumber: string;
  customerName: string;
  nextDue: Deadline | null;
}

export class EightDRefusedError extends Error {
  constructor(
    readonly step: 'approve' | 'close',
    readonly missing: EightDMissing[],
  ) {
    super(`8D ${step} refused: ${missing.map((m) => `${m.discipline}:${m.code}`).join(', ')}`);
    this.name = 'EightDRefusedError';
  }
}

interface ChildRepository<T, I> {
  add(reportId: string, input: I): Promise<T>;
  update(id: string, patch: Partial<I>, seen?: Seen): Promise<T>;
  /** Tombstones the record. */
  remove(id: string): Promise<void>;
}

export interface EightDRepository {
  /** Opens a new 8D on the case (number assigned here; the case lifecycle's eightDStarted is set in the same write). */
  open(caseId: string, title?: string): Promise<EightD>;
  /** Reports of the case, newest first (tombstoned left out). */
  listForCase(caseId: string): Promise<EightD[]>;
  /** Reports not closed yet, of every case (tombstoned reports and deleted cases left out), the soonest next deadline first, none last. */
  listOpen(): Promise<OpenEightD[]>;
  get(reportId: string): Promise<EightDFile | undefined>;
  update(reportId: string, patch: EightDPatch, seen?: Seen): Promise<EightD>;
  /** D3: the containment was replied to the customer at `at` (ISO), or null to undo. */
  setContainmentReplied(reportId: string, at: string | null): Promise<EightD>;
  members: ChildRepository<EightDMember, EightDMemberInput>;
  containment: ChildRepository<EightDContainment, EightDContainmentInput>;
  causes: ChildRepository<EightDCause, EightDCauseInput>;
  correctives: ChildRepository<EightDCorrective, EightDCorrectiveInput> & {
    /** planned → implemented (implementedOn) → verified (verificationResult, verifiedBy, verifiedOn required). */
    setStatus(
      id: string,
      status: EightDCorrective['status'],
      details?: Partial<Pick<EightDCorrective, 'implementedOn' | 'verificationResult' | 'verifiedBy' | 'verifiedOn'>>,
    ): Promise<EightDCorrective>;
  };
  /** Refuses "more inspection" / audits as prevention (ValidationFailedError description: 'inspectionIsNotPrevention'). */
  prevention: ChildRepository<EightDPrevention, EightDPreventionInput>;
  /** 举一反三 rows. */
  checks: ChildRepository<EightDHorizontalCheck, EightDHorizontalCheckInput> & {
    /**
     * Marks a row checked / notAffected / affected ('' = to check again); affected opens a D3
     * containment action from `input.containment` unless one is linked (ValidationFailedError
     * 'containment.<field>' when it is needed and incomplete).
     */
    setResult(id: string, input: CheckResultInput): Promise<EightDHorizontalCheck>;
  };
  /**
   * D8: the signed-in head of quality approves, signing with their password
   * (`signing`: ValidationFailedError password … as for lifecycle.transition;
   * EightDRefusedError with the reasons, notQualityHead among them, otherwise).
   */
  approve(reportId: string, comment: string, signing: SigningInput): Promise<EightD>;
  /** Closes an approved report, signed by the head of quality. */
  close(reportId: string, signing: SigningInput): Promise<EightD>;
  /**
   * Re-opens an approved or closed report as its next revision, signed by a clerk who may approve
   * it (`signing` as for approve), with the reason (ValidationFailedError reason: 'required';
   * report: 'notApproved' for a report not approved).
   */
  reopen(reportId: string, reason: string, signing: SigningInput): Promise<EightD>;
  /** Tombstones the report (its number stays taken). */
  remove(reportId: string): Promise<void>;
}
