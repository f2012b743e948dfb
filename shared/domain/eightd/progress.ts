/**
 * Progress of an 8D report per discipline D1–D8: complete or what is
 * missing, as stable codes (translated `eightD.missing.<code>`). Pure; works
 * on the live records of a bundle (tombstoned children are ignored anyway).
 *
 *  D1 a leader and at least one more member      leaderMissing, memberMissing
 *  D2 customer description, what/where/when/howMany, first or repeat
 *                                                required (field)
 *  D3 a containment action with counts (inspected > 0) and the containment
 *     reply recorded                              containmentActionMissing,
 *                                                 containmentCountsMissing,
 *                                                 containmentReplyMissing
 *  D4 a verified root cause with a why chain, for the occurrence AND for the
 *     escape                                      occurrenceRootCauseMissing /
 *                                                 escapeRootCauseMissing, and per
 *                                                 candidate rootCauseNotVerified,
 *                                                 whysMissing (recordId)
 *  D5 at least one corrective action             correctiveActionMissing
 *  D6 every live corrective action verified       correctiveActionMissing,
 *     (result, verifier, date)                    correctiveNotVerified (recordId)
 *  D7 at least one prevention item, and every     preventionMissing,
 *     举一反三 row marked                          horizontalCheckOpen (recordId)
 *  D8 approved and closed                        approvalMissing, closureMissing
 */
import { live } from '../live-records';
import { DISCIPLINES, type Discipline, type EightDBundle, type EightDCause, type EightDCorrective } from './records';

/** Why a discipline is not complete yet: stable code (translated `eightD.missing.<code>`) and the field. */
export interface EightDMissing {
  discipline: Discipline;
  code: string;
  field?: string;
  /** Child record the reason is about (e.g. the corrective action not verified). */
  recordId?: string;
}

export interface DisciplineProgress {
  discipline: Discipline;
  complete: boolean;
  missing: EightDMissing[];
}

const filled = (v: string): boolean => v.trim() !== '';

/** A root cause that counts for D4: confirmed, verified (how) and with at least one why. */
export function isVerifiedRootCause(c: EightDCause): boolean {
  return !c.deleted && c.isRootCause && filled(c.verification) && c.whys.some(filled);
}

/** A corrective action that counts for D6. */
export function isVerifiedCorrective(c: EightDCorrective): boolean {
  return c.status === 'verified' && filled(c.verificationResult) && filled(c.verifiedBy) && c.verifiedOn !== '';
}

function d1(b: EightDBundle): EightDMissing[] {
  const members = live(b.members).filter((m) => filled(m.name));
  const out: EightDMissing[] = [];
  const leaders = members.filter((m) => m.role === 'leader');
  if (leaders.length === 0) out.push({ discipline: 'D1', code: 'leaderMissing', field: 'role' });
  if (members.length - Math.min(leaders.length, 1) < 1) out.push({ discipline: 'D1', code: 'memberMissing' });
  return out;
}

const D2_FIELDS = ['customerDescription', 'what', 'where', 'when', 'howMany'] as const;

function d2(b: EightDBundle): EightDMissing[] {
  const r = b.report;
  const out: EightDMissing[] = D2_FIELDS.filter((f) => !filled(r[f])).map((field) => ({ discipline: 'D2', code: 'required', field }));
  if (r.occurrence === '') out.push({ discipline: 'D2', code: 'required', field: 'occurrence' });
  return out;
}

function d3(b: EightDBundle): EightDMissing[] {
  const actions = live(b.containment);
  const out: EightDMissing[] = [];
  if (actions.length === 0) out.push({ discipline: 'D3', code: 'containmentActionMissing' });
  else if (!actions.some((a) => a.quantityInspected > 0)) out.push({ discipline: 'D3', code: 'containmentCountsMissing', field: 'quantityInspected' });
  if (b.report.containmentRepliedAt === null) out.push({ discipline: 'D3', code: 'containmentReplyMissing', field: 'containmentRepliedAt' });
  return out;
}

function d4(b: EightDBundle): EightDMissing[] {
  const out: EightDMissing[] = [];
  for (const analysis of ['occurrence', 'escape'] as const) {
    const candidates = live(b.causes).filter((c) => c.analysis === analysis && c.isRootCause);
    if (candidates.some(isVerifiedRootCause)) continue;
    if (candidates.length === 0) {
      out.push({ discipline: 'D4', code: `${analysis}RootCauseMissing` });
      continue;
    }
    for (const c of candidates) {
      if (!c.whys.some(filled)) out.push({ discipline: 'D4', code: 'whysMissing', field: 'whys', recordId: c.id });
      if (!filled(c.verification)) out.push({ discipline: 'D4', code: 'rootCauseNotVerified', field: 'verification', recordId: c.id });
    }
  }
  return out;
}

function d5(b: EightDBundle): EightDMissing[] {
  return live(b.correctives).length === 0 ? [{ discipline: 'D5', code: 'correctiveActionMissing' }] : [];
}

function d6(b: EightDBundle): EightDMissing[] {
  const actions = live(b.correctives);
  if (actions.length === 0) return [{ discipline: 'D6', code: 'correctiveActionMissing' }];
  return actions.filter((a) => !isVerifiedCorrective(a)).map((a) => ({ discipline: 'D6', code: 'correctiveNotVerified', field: 'status', recordId: a.id }));
}

function d7(b: EightDBundle): EightDMissing[] {
  const out: EightDMissing[] = live(b.prevention).length === 0 ? [{ discipline: 'D7', code: 'preventionMissing' }] : [];
  // Bundles of snapshots stored before 举一反三 have no checks.
  for (const c of live(b.checks ?? [])) if (c.result === '') out.push({ discipline: 'D7', code: 'horizontalCheckOpen', field: 'result', recordId: c.id });
  return out;
}

function d8(b: EightDBundle): EightDMissing[] {
  const out: EightDMissing[] = [];
  if (b.report.approvedAt === null) out.push({ discipline: 'D8', code: 'approvalMissing', field: 'approvedAt' });
  if (b.report.closedAt === null) out.push({ discipline: 'D8', code: 'closureMissing', field: 'closedAt' });
  return out;
}

const CHECKS: Record<Discipline, (b: EightDBundle) => EightDMissing[]> = { D1: d1, D2: d2, D3: d3, D4: d4, D5: d5, D6: d6, D7: d7, D8: d8 };

/** What one discipline still lacks (empty = complete). */
export function missingOf(bundle: EightDBundle, discipline: Discipline): EightDMissing[] {
  return CHECKS[discipline](bundle);
}

/** Progress of D1–D8, in order. */
export function disciplineProgress(bundle: EightDBundle): DisciplineProgress[] {
  return DISCIPLINES.map((discipline) => {
    const missing = missingOf(bundle, discipline);
    return { discipline, complete: missing.length === 0, missing };
  });
}
