/**
 * The 8D commands (issue 14): pure perform functions in the shape of the
 * lifecycle's (shared/domain/lifecycle/commands/command.ts) — the report and
 * the records they look at, the input and the facts of this write in; the
 * records to write or a refusal out. The repository (renderer/db) loads,
 * issues the report number (storage's serial) and saves.
 *
 * An approved or closed report is frozen (field error report:
 * 'reportApproved' | 'reportClosed'): approval is of what was approved;
 * reopen clears approval and closure and raises the revision (revisions.ts:
 * each approval freezes its revision, the re-open is signed with a reason).
 * After approval only D8's teamRecognition and closureDueDate may change.
 */
import { hasErrors, isMoment, pick, type FieldErrors } from '../field-checks';
import { toFactoryIso } from '../factory-calendar';
import { CaseChanges, eightDRefused, invalid, isRefused, type CaseRecords, type CommandContext, type Performed, type Refused, type Seen } from '../lifecycle/commands/command';
import { addSignature, signerRole, type Signing } from '../lifecycle/commands/signing';
import type { ClerkRole } from '../clerks/roles';
import { approvalMissing, closureMissing, editRefusal } from './guards';
import type { EightD, EightDBundle, EightDCause, EightDCorrective, EightDRevision } from './records';
import { currentRevision, MAX_REVISION_REASON, snapshotOf } from './revisions';
import {
  cleanWhys,
  MAX_LONG_TEXT,
  validateCause,
  validateContainment,
  validateCorrective,
  validateMember,
  validatePrevention,
  validateReportFields,
} from './validation';

const PATCH_KEYS = [
  'title',
  'customerDescription',
  'what',
  'where',
  'when',
  'who',
  'why',
  'how',
  'howMany',
  'affectedLots',
  'affectedDateCodes',
  'occurrence',
  'occurrenceRootCause',
  'escapeRootCause',
  'rootCauseDueDate',
  'correctiveDueDate',
  'closureDueDate',
  'teamRecognition',
] as const satisfies readonly (keyof EightD)[];
/** What may still change once the report is approved (D8 itself). */
const AFTER_APPROVAL_KEYS = new Set<string>(['teamRecognition', 'closureDueDate']);

/** The refusal of a content change of an approved/closed report (module comment); null = allowed. */
export function editRefused(report: EightD, fields: readonly string[] = []): Refused | null {
  const refusal = editRefusal(report);
  if (refusal === null) return null;
  if (refusal === 'reportApproved' && fields.length > 0 && fields.every((f) => AFTER_APPROVAL_KEYS.has(f))) return null;
  return invalid({ report: refusal });
}

const one = <E extends keyof CaseRecords>(ctx: CommandContext, entity: E, before: CaseRecords[E], record: CaseRecords[E], seen?: Seen): Performed<CaseRecords[E]> => {
  const changes = new CaseChanges(ctx.view);
  return changes.done(changes.change(entity, before, record, seen));
};

/** What opening a report needs besides the context: its number (issued by storage) and the containment reply time. */
export interface OpeningFacts {
  number: string;
  containmentReplyHours: number;
  utcOffsetMinutes: number;
}

/** Opens a report on the case (its containment is due `containmentReplyHours` after now) and marks the case's 8D as started. */
export function openReport(ctx: CommandContext, title: string, facts: OpeningFacts): Performed<EightD> {
  const errors = validateReportFields({ title });
  if (hasErrors(errors)) return invalid(errors);
  const wall = Date.parse(ctx.at);
  const report: EightD = {
    id: ctx.newId(),
    caseId: ctx.caseFacts.id,
    number: facts.number,
    title: title.trim(),
    openedAt: ctx.at,
    openedBy: ctx.user,
    customerDescription: '',
    what: '',
    where: '',
    when: '',
    who: '',
    why: '',
    how: '',
    howMany: '',
    affectedLots: '',
    affectedDateCodes: '',
    occurrence: '',
    containmentDueAt: toFactoryIso(wall + facts.containmentReplyHours * 3_600_000, facts.utcOffsetMinutes),
    containmentRepliedAt: null,
    occurrenceRootCause: '',
    escapeRootCause: '',
    rootCauseDueDate: '',
    correctiveDueDate: '',
    closureDueDate: '',
    approvedBy: '',
    approvedAt: null,
    approvalComment: '',
    teamRecognition: '',
    closedAt: null,
    closedBy: '',
    revision: 0,
    revisionReason: '',
    revisionRaisedAt: null,
    revisionRaisedBy: '',
    deleted: false,
  };
  const changes = new CaseChanges(ctx.view);
  changes.create('eightD', report);
  changes.setLifecycle({ eightDStarted: true });
  return changes.done(report);
}

/** Report fields (unknown keys dropped); a frozen report refuses (module comment); nothing changed → nothing written. */
export function updateReport(ctx: CommandContext, existing: EightD, patch: Partial<EightD>, seen?: Seen): Performed<EightD> {
  const picked = pick(patch, PATCH_KEYS) as Partial<EightD>;
  const errors = validateReportFields(picked);
  if (hasErrors(errors)) return invalid(errors);
  const changed = Object.keys(picked).filter((k) => picked[k as keyof EightD] !== existing[k as keyof EightD]);
  if (changed.length === 0) return new CaseChanges(ctx.view).done(existing);
  const refused = editRefused(existing, changed);
  if (refused) return refused;
  const next: EightD = { ...existing, ...picked };
  if (typeof picked.title === 'string') next.title = picked.title.trim();
  return one(ctx, 'eightD', existing, next, seen);
}

/** D3: the containment was replied to the customer at `at` (ISO), or null to undo. */
export function setContainmentReplied(ctx: CommandContext, existing: EightD, at: string | null): Performed<EightD> {
  if (at !== null && !isMoment(at)) return invalid({ containmentRepliedAt: 'invalid' });
  const refused = editRefused(existing);
  if (refused) return refused;
  return one(ctx, 'eightD', existing, { ...existing, containmentRepliedAt: at });
}

/** A D8 step signed by the write's signer (commands/signing.ts): the report as changed, with the signature beside it. */
function signedReportStep(ctx: CommandContext, step: 'approveEightD' | 'closeEightD' | 'reopenEightD', role: ClerkRole, existing: EightD, next: EightD, signing: Signing, also?: (changes: CaseChanges) => void): Performed<EightD> {
  const changes = new CaseChanges(ctx.view);
  const saved = changes.change('eightD', existing, next);
  also?.(changes);
  const signature = addSignature(changes, ctx, { step, role, subjectEntity: 'eightD', subjectId: existing.id, amountFen: null, signing, at: ctx.at });
  return isRefused(signature) ? signature : changes.done(saved);
}

/**
 * D8: the head of quality approves, when D1–D7 are complete, signing it; the
 * approval freezes the current revision (an EightDRevision with the report
 * and its lists as approved; `photoIds`: the report's photos now).
 */
export function approveReport(ctx: CommandContext, bundle: EightDBundle, comment: unknown, signing: Signing, photoIds: readonly string[] = []): Performed<EightD> {
  const text = typeof comment === 'string' ? comment.trim() : '';
  if (text.length > MAX_LONG_TEXT) return invalid({ approvalComment: 'tooLong' });
  const role = signerRole(ctx, 'approveEightD', null);
  const missing = approvalMissing(bundle, typeof role === 'string');
  if (missing.length > 0) return eightDRefused('approve', missing);
  if (typeof role !== 'string') return role;
  const existing = bundle.report;
  // The revision is written out, so a report stored before revisions is frozen as Rev.0 explicitly.
  const next: EightD = { ...existing, approvedBy: ctx.signer!.name, approvedAt: ctx.at, approvalComment: text, revision: currentRevision(existing) };
  const freeze = (changes: CaseChanges) => {
    const revision: EightDRevision = {
      id: ctx.newId(),
      reportId: existing.id,
      caseId: existing.caseId,
      revision: currentRevision(existing),
      reason: existing.revisionReason ?? '',
      raisedAt: existing.revisionRaisedAt ?? null,
      raisedBy: existing.revisionRaisedBy ?? '',
      approvedAt: ctx.at,
      approvedBy: ctx.signer!.name,
      snapshot: snapshotOf({ ...bundle, report: next }, photoIds),
      deleted: false,
    };
    changes.create('eightDRevision', revision);
  };
  return signedReportStep(ctx, 'approveEightD', role, existing, next, signing, freeze);
}

/** D8: the head of quality closes the approved report, signing it. */
export function closeReport(ctx: CommandContext, existing: EightD, signing: Signing): Performed<EightD> {
  const missing = closureMissing(existing);
  if (missing.length > 0) return eightDRefused('close', missing);
  const role = signerRole(ctx, 'closeEightD', null);
  if (typeof role !== 'string') return role;
  return signedReportStep(ctx, 'closeEightD', role, existing, { ...existing, closedAt: ctx.at, closedBy: ctx.signer!.name }, signing);
}

/**
 * Re-opens an approved (or closed) report as its next revision, signed by a
 * clerk who may approve it, with the reason (required): approval and closure
 * are cleared (the frozen revision and the ops keep them). A report not
 * approved is refused ({ report: 'notApproved' }).
 */
export function reopenReport(ctx: CommandContext, existing: EightD, reason: unknown, signing: Signing): Performed<EightD> {
  if (existing.approvedAt === null) return invalid({ report: 'notApproved' });
  const text = typeof reason === 'string' ? reason.trim() : '';
  if (text === '') return invalid({ reason: 'required' });
  if (text.length > MAX_REVISION_REASON) return invalid({ reason: 'tooLong' });
  const role = signerRole(ctx, 'reopenEightD', null);
  if (typeof role !== 'string') return role;
  const next: EightD = {
    ...existing,
    approvedBy: '',
    approvedAt: null,
    approvalComment: '',
    closedAt: null,
    closedBy: '',
    revision: currentRevision(existing) + 1,
    revisionReason: text,
    revisionRaisedAt: ctx.at,
    revisionRaisedBy: ctx.signer!.name,
  };
  return signedReportStep(ctx, 'reopenEightD', role, existing, next, signing);
}

/** Tombstones the report (its number stays taken); the case's 8D is no longer started when it was the last live one. */
export function removeReport(ctx: CommandContext, existing: EightD, otherLiveReports: number): Performed<void> {
  const changes = new CaseChanges(ctx.view);
  changes.remove('eightD', existing);
  if (otherLiveReports === 0) changes.setLifecycle({ eightDStarted: false });
  return changes.done(undefined);
}

/** The child lists of a report. */
export type EightDChildEntity = 'eightDMember' | 'eightDContainment' | 'eightDCause' | 'eightDCorrective' | 'eightDPrevention' | 'eightDHorizontalCheck';

/** How one kind of child record is added and edited. */
export interface ChildSpec<E extends EightDChildEntity> {
  entity: E;
  /** The keys the caller may set. */
  keys: readonly string[];
  /** Field values of a new record before the input is applied. */
  defaults: () => Partial<CaseRecords[E]>;
  /** Cleans the fields (trim names …) after validation passed. */
  clean: (record: CaseRecords[E]) => CaseRecords[E];
  validate: (record: CaseRecords[E]) => FieldErrors;
}

const trimmed = (v: unknown): unknown => (typeof v === 'string' ? v.trim() : v);
const pickKeys = (source: object, keys: readonly string[]) => pick(source as Record<string, unknown>, keys);

export const MEMBER_SPEC: ChildSpec<'eightDMember'> = {
  entity: 'eightDMember',
  keys: ['name', 'role', 'department', 'organisation', 'responsibility', 'contact'],
  defaults: () => ({ role: 'member', organisation: 'internal', department: '', responsibility: '', contact: '' }),
  clean: (r) => ({ ...r, name: trimmed(r.name) as string, department: trimmed(r.department) as string, contact: trimmed(r.contact) as string }),
  validate: (r) => validateMember(r),
};

export const CONTAINMENT_SPEC: ChildSpec<'eightDContainment'> = {
  entity: 'eightDContainment',
  keys: ['description', 'location', 'owner', 'startedOn', 'finishedOn', 'quantityInspected', 'quantityDefective', 'result'],
  defaults: () => ({ location: 'finished_goods', owner: '', startedOn: '', finishedOn: '', result: '' }),
  clean: (r) => ({ ...r, owner: trimmed(r.owner) as string }),
  validate: (r) => validateContainment(r),
};

export const CAUSE_SPEC: ChildSpec<'eightDCause'> = {
  entity: 'eightDCause',
  keys: ['analysis', 'category', 'description', 'whys', 'isRootCause', 'verification'],
  defaults: () => ({ whys: [], isRootCause: false, verification: '' }),
  clean: (r) => ({ ...r, whys: cleanWhys(r.whys) }),
  validate: (r) => validateCause(r),
};

export const CORRECTIVE_SPEC: ChildSpec<'eightDCorrective'> = {
  entity: 'eightDCorrective',
  keys: ['causeId', 'description', 'owner', 'dueDate'],
  // Status fields never come from add(): a new action is planned.
  defaults: () => ({ causeId: '', status: 'planned', implementedOn: '', verificationResult: '', verifiedBy: '', verifiedOn: '' }),
  clean: (r) => ({ ...r, owner: trimmed(r.owner) as string, verifiedBy: trimmed(r.verifiedBy) as string }),
  validate: (r) => validateCorrective(r),
};

export const PREVENTION_SPEC: ChildSpec<'eightDPrevention'> = {
  entity: 'eightDPrevention',
  keys: ['kind', 'description', 'documentRef', 'owner', 'dueDate', 'done'],
  defaults: () => ({ kind: 'other', documentRef: '', owner: '', dueDate: '', done: false }),
  clean: (r) => ({ ...r, owner: trimmed(r.owner) as string, documentRef: trimmed(r.documentRef) as string }),
  validate: (r) => validatePrevention(r),
};

/** The cause a corrective action addresses must be a live cause of the same report ('' = all causes). `causes`: the report's live causes. */
function causeRefused(causeId: unknown, causes: readonly EightDCause[]): Refused | null {
  if (typeof causeId !== 'string' || causeId === '') return null;
  return causes.some((c) => c.id === causeId && !c.deleted) ? null : invalid({ causeId: 'notFound' });
}

/**
 * Adds a child record to a report that is not frozen. `causes` (the
 * report's live causes) is for corrective actions, whose cause must exist.
 */
export function addChild<E extends EightDChildEntity>(spec: ChildSpec<E>, ctx: CommandContext, report: EightD, input: object, causes: readonly EightDCause[] = []): Performed<CaseRecords[E]> {
  const refused = editRefused(report);
  if (refused) return refused;
  const picked = pickKeys(input, spec.keys);
  if (spec.entity === 'eightDCorrective') {
    const missingCause = causeRefused(picked.causeId, causes);
    if (missingCause) return missingCause;
  }
  const draft = { ...spec.defaults(), ...picked, id: '', reportId: report.id, caseId: report.caseId, deleted: false } as CaseRecords[E];
  const errors = spec.validate(draft);
  if (hasErrors(errors)) return invalid(errors);
  const changes = new CaseChanges(ctx.view);
  return changes.done(changes.create(spec.entity, spec.clean({ ...draft, id: ctx.newId() })));
}

/** Edits a child record of a report that is not frozen (a corrective action's new cause must exist). */
export function updateChild<E extends EightDChildEntity>(
  spec: ChildSpec<E>,
  ctx: CommandContext,
  report: EightD,
  existing: CaseRecords[E],
  patch: object,
  seen?: Seen,
  causes: readonly EightDCause[] = [],
): Performed<CaseRecords[E]> {
  const refused = editRefused(report);
  if (refused) return refused;
  const picked = pickKeys(patch, spec.keys);
  if (spec.entity === 'eightDCorrective' && 'causeId' in picked) {
    const missingCause = causeRefused(picked.causeId, causes);
    if (missingCause) return missingCause;
  }
  const next = { ...existing, ...picked } as CaseRecords[E];
  const errors = spec.validate(next);
  if (hasErrors(errors)) return invalid(errors);
  return one(ctx, spec.entity, existing, spec.clean(next), seen);
}

/** Tombstones a child record of a report that is not frozen. */
export function removeChild<E extends EightDChildEntity>(spec: ChildSpec<E>, ctx: CommandContext, report: EightD, existing: CaseRecords[E]): Performed<void> {
  const refused = editRefused(report);
  if (refused) return refused;
  const changes = new CaseChanges(ctx.view);
  changes.remove(spec.entity, existing);
  return changes.done(undefined);
}

export type CorrectiveDetails = Partial<Pick<EightDCorrective, 'implementedOn' | 'verificationResult' | 'verifiedBy' | 'verifiedOn'>>;

/** planned (clears the rest) → implemented (implementedOn) → verified (result, verifier, date). */
export function setCorrectiveStatus(ctx: CommandContext, report: EightD, existing: EightDCorrective, status: EightDCorrective['status'], details: CorrectiveDetails = {}): Performed<EightDCorrective> {
  const refused = editRefused(report);
  if (refused) return refused;
  const given = pick(details, ['implementedOn', 'verificationResult', 'verifiedBy', 'verifiedOn'] as const);
  let next: EightDCorrective;
  if (status === 'planned') next = { ...existing, status, implementedOn: '', verificationResult: '', verifiedBy: '', verifiedOn: '' };
  else if (status === 'implemented') next = { ...existing, status, implementedOn: given.implementedOn ?? existing.implementedOn, verificationResult: '', verifiedBy: '', verifiedOn: '' };
  else if (status === 'verified') next = { ...existing, ...given, status };
  else return invalid({ status: 'invalid' });
  const errors = validateCorrective(next);
  if (hasErrors(errors)) return invalid(errors);
  return one(ctx, 'eightDCorrective', existing, CORRECTIVE_SPEC.clean(next));
}
