/**
 * 举一反三 / 水平展开 (issue 19.7; seed 001 §3.4.5: a material problem is
 * checked on the related materials too — the white clip broke, check the
 * pink and blue ones; seed 002 D3: 水平及垂直展开, the depth and breadth of
 * the problem). At analysis the quality engineer lists the related models,
 * lots and materials (same part, same supplier, same process) and marks
 * each one: checked (no defect found), not affected (does not apply), or
 * affected. An affected item is contained: marking it affected opens a D3
 * containment action for it in the same write (or keeps the one already
 * opened), linked from the row. Rows are child records (two PCs adding rows
 * both keep them); printed on the 8D's D7. Pure.
 */
import { hasErrors, pick, type FieldErrors } from '../field-checks';
import { CaseChanges, invalid, type CommandContext, type Performed } from '../lifecycle/commands/command';
import type { MasterEntry } from '../master-data/entry';
import { CONTAINMENT_SPEC, editRefused, type ChildSpec } from './commands';
import type { EightD, EightDContainment, EightDHorizontalCheck, HorizontalBasis, HorizontalKind, HorizontalResult } from './records';
import { validateContainment, validateHorizontalCheck } from './validation';

const trimmed = (v: unknown): unknown => (typeof v === 'string' ? v.trim() : v);

/** Adding and editing a row (its result goes through setCheckResult). */
export const HORIZONTAL_CHECK_SPEC: ChildSpec<'eightDHorizontalCheck'> = {
  entity: 'eightDHorizontalCheck',
  keys: ['kind', 'subject', 'basis', 'scope', 'note'],
  defaults: () => ({ kind: 'model', basis: 'samePart', scope: '', note: '', result: '', checkedBy: '', checkedOn: '', containmentId: '' }),
  clean: (r) => ({ ...r, subject: trimmed(r.subject) as string, checkedBy: trimmed(r.checkedBy) as string }),
  validate: (r) => validateHorizontalCheck(r),
};

/** The D3 action opened for an affected item: what the clerk confirmed (prefilled by the page). */
export interface ContainmentInput {
  description: string;
  location: EightDContainment['location'];
  owner: string;
}

export interface CheckResultInput {
  result: '' | HorizontalResult;
  checkedBy?: string;
  checkedOn?: string;
  note?: string;
  /** Required when marking affected and no live containment action is linked yet. */
  containment?: ContainmentInput;
}

/** Prefix of the containment's field errors ({ 'containment.description': 'required' }). */
const CONTAINMENT_PREFIX = 'containment.';

/**
 * Marks a row ('' = back to "to check", clearing who and when). Affected:
 * when the row has no live containment action (`liveContainmentIds`: the
 * report's), one is created from `input.containment` and linked; going
 * back from affected keeps that action (it is D3's record now).
 */
export function setCheckResult(ctx: CommandContext, report: EightD, existing: EightDHorizontalCheck, input: CheckResultInput, liveContainmentIds: readonly string[]): Performed<EightDHorizontalCheck> {
  const refused = editRefused(report);
  if (refused) return refused;
  const given = pick(input, ['checkedBy', 'checkedOn', 'note'] as const);
  const next: EightDHorizontalCheck =
    input.result === ''
      ? { ...existing, result: '', checkedBy: '', checkedOn: '', note: given.note ?? existing.note }
      : { ...existing, ...given, result: input.result };
  const errors = validateHorizontalCheck(next);
  if (hasErrors(errors)) return invalid(errors);
  const changes = new CaseChanges(ctx.view);
  const needsContainment = next.result === 'affected' && !liveContainmentIds.includes(existing.containmentId);
  if (needsContainment) {
    const picked = pick((input.containment ?? {}) as ContainmentInput, ['description', 'location', 'owner'] as const);
    const draft = {
      ...CONTAINMENT_SPEC.defaults(),
      description: '',
      ...picked,
      startedOn: next.checkedOn,
      quantityInspected: 0,
      quantityDefective: 0,
      id: '',
      reportId: report.id,
      caseId: report.caseId,
      deleted: false,
    } as EightDContainment;
    const containmentErrors = validateContainment(draft);
    if (hasErrors(containmentErrors)) {
      const prefixed: FieldErrors = {};
      for (const [field, code] of Object.entries(containmentErrors)) prefixed[`${CONTAINMENT_PREFIX}${field}`] = code;
      return invalid(prefixed);
    }
    const containment = changes.create('eightDContainment', CONTAINMENT_SPEC.clean({ ...draft, id: ctx.newId() }));
    next.containmentId = containment.id;
  }
  return changes.done(changes.change('eightDHorizontalCheck', existing, HORIZONTAL_CHECK_SPEC.clean(next)));
}

/** The number (1-based, D3 #n) of the row's containment action among the report's live ones, or null when it has none. */
export function containmentNumber(check: Pick<EightDHorizontalCheck, 'containmentId'>, containment: readonly Pick<EightDContainment, 'id'>[]): number | null {
  if (check.containmentId === '') return null;
  const i = containment.findIndex((a) => a.id === check.containmentId);
  return i >= 0 ? i + 1 : null;
}

/** Rows not marked yet (D7 is not complete while any is). */
export function openChecks(checks: readonly EightDHorizontalCheck[]): EightDHorizontalCheck[] {
  return checks.filter((c) => !c.deleted && c.result === '');
}

/** A row the page offers to add. */
export interface CheckSuggestion {
  kind: HorizontalKind;
  subject: string;
  basis: HorizontalBasis;
}

/** Compared trimmed and case-blind; a case stored without the field reads as ''. */
const norm = (s: string | undefined) => (s ?? '').trim().toLowerCase();

/**
 * Rows to offer from master data and the case: the other active product
 * models that list the case's part number (same part), and the part itself
 * as a material to check in stock (seed 001 §3.4.5). Subjects already on the
 * list are left out. Without a part number nothing is offered (free entry).
 * The master data does not know suppliers of parts: same-supplier rows are
 * typed by the engineer.
 */
export function suggestChecks(caseFacts: { productModel: string; productModelId: string; partNumber: string }, entries: readonly MasterEntry[], existing: readonly EightDHorizontalCheck[]): CheckSuggestion[] {
  const part = norm(caseFacts.partNumber);
  if (part === '') return [];
  const taken = new Set(existing.filter((c) => !c.deleted).map((c) => `${c.kind}:${norm(c.subject)}`));
  const out: CheckSuggestion[] = [];
  const offer = (s: CheckSuggestion) => {
    const key = `${s.kind}:${norm(s.subject)}`;
    if (taken.has(key)) return;
    taken.add(key);
    out.push(s);
  };
  const ownModel = norm(caseFacts.productModel);
  for (const e of entries) {
    if (e.kind !== 'productModel' || !e.active || e.id === caseFacts.productModelId) continue;
    if (norm(e.name) === ownModel || norm(e.code) === ownModel) continue;
    if (!(e.partNumbers ?? []).some((p) => norm(p) === part)) continue;
    offer({ kind: 'model', subject: e.code && e.code !== e.name ? `${e.code} ${e.name}` : e.name, basis: 'samePart' });
  }
  offer({ kind: 'material', subject: caseFacts.partNumber.trim(), basis: 'samePart' });
  return out;
}
