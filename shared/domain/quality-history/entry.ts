/**
 * 品质履历表 (issue 17.5): one line per complaint on a model (or of a
 * customer), read from the case and what was recorded on it — the lot, the
 * defect, the root causes (occurrence / escape), the temporary measures
 * (containment) and the permanent ones (corrective and preventive), the 8D
 * numbers, the result of the effect check and the photos.
 *
 * Where each column comes from, one rule for the screen, the paper and the
 * workbook:
 *  - root causes: the 8D's D4 summary (occurrence / escape root cause); else
 *    the causes marked as root causes on its fishbone; the occurrence falls
 *    back to the case's analysis summary (原因分析) when no 8D says more;
 *  - temporary measures: the 8D's D3 containment actions and the case's
 *    containment actions;
 *  - permanent measures: the 8D's D5 corrective and D7 preventive actions
 *    and the case's corrective and preventive actions;
 *  - effect check: the check recorded after closure (lifecycle/effect-check.ts)
 *    when there is one — 'effective' or 'ineffective' with its note; else
 *    over the permanent measures that can be verified (8D corrective
 *    actions, case corrective / preventive actions): 'effective' when every
 *    one is verified (with what the verification said), 'pending' while
 *    some are not, 'none' when there is nothing to verify;
 *  - photos: the case's image attachments (intake, inspection, 8D photos),
 *    oldest first.
 * Deleted records count nowhere. Pure.
 */
import { live } from '../live-records';
import type { ComplaintCase } from '../case';
import type { EightDBundle } from '../eightd/records';
import type { AttachmentRecord, CaseActionRecord, CaseLifecycle } from '../lifecycle/records';

export const EFFECT_RESULTS = ['effective', 'ineffective', 'pending', 'none'] as const;
export type EffectResult = (typeof EFFECT_RESULTS)[number];

/** The case's own fields a line carries (the names are resolved by whoever prints them, like statistics do). */
type HistoryCaseField = 'id' | 'caseNumber' | 'receivedAt' | 'lotNumber' | 'defectDescription' | 'quantityDefective' | 'customerId' | 'customerName' | 'productModelId' | 'productModel' | 'defectTypeId';

/** What the history reads of one case (the renderer loads it). */
export interface HistorySource {
  case: Pick<ComplaintCase, HistoryCaseField>;
  lifecycle: Pick<CaseLifecycle, 'analysisSummary' | 'effectCheck'> | null;
  actions: readonly CaseActionRecord[];
  eightDs: readonly EightDBundle[];
  attachments: readonly AttachmentRecord[];
}

export interface HistoryPhoto {
  id: string;
  fileName: string;
  mimeType: string;
  sha256: string;
  thumbnailSha256: string | null;
}

export interface HistoryEntry extends Omit<Pick<ComplaintCase, HistoryCaseField>, 'id'> {
  caseId: string;
  occurrenceCause: string;
  escapeCause: string;
  temporaryMeasures: string[];
  permanentMeasures: string[];
  eightDNumbers: string[];
  effect: EffectResult;
  /** How the verified measures were checked (their verification texts), or "n / m verified" facts for the renderer. */
  effectNotes: string[];
  verifiedCount: number;
  verifiableCount: number;
  photos: HistoryPhoto[];
}

const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/bmp']);
const nonEmpty = (texts: readonly string[]): string[] => texts.map((t) => t.trim()).filter((t) => t !== '');
const unique = (texts: readonly string[]): string[] => [...new Set(nonEmpty(texts))];

function rootCause(bundles: readonly EightDBundle[], analysis: 'occurrence' | 'escape'): string {
  const summaries = bundles.map((b) => (analysis === 'occurrence' ? b.report.occurrenceRootCause : b.report.escapeRootCause));
  const stated = unique(summaries);
  if (stated.length > 0) return stated.join('；');
  return unique(bundles.flatMap((b) => live(b.causes).filter((c) => c.analysis === analysis && c.isRootCause).map((c) => c.description))).join('；');
}

export function historyEntry(source: HistorySource): HistoryEntry {
  const bundles = source.eightDs.filter((b) => !b.report.deleted);
  const actions = live(source.actions);
  const occurrence = rootCause(bundles, 'occurrence');
  const caseActions = (kinds: readonly CaseActionRecord['kind'][]) => actions.filter((a) => kinds.includes(a.kind));
  const correctives = bundles.flatMap((b) => live(b.correctives));
  const verifiable = [...correctives.map((c) => ({ verified: c.status === 'verified', note: c.verificationResult })), ...caseActions(['corrective', 'preventive']).map((a) => ({ verified: a.status === 'verified', note: '' }))];
  const verifiedCount = verifiable.filter((v) => v.verified).length;
  const afterClosure = source.lifecycle?.effectCheck ?? null;
  const effect: EffectResult = afterClosure ? afterClosure.result : verifiable.length === 0 ? 'none' : verifiedCount === verifiable.length ? 'effective' : 'pending';
  const verificationNotes = unique(verifiable.filter((v) => v.verified).map((v) => v.note));
  return {
    caseId: source.case.id,
    caseNumber: source.case.caseNumber,
    receivedAt: source.case.receivedAt,
    lotNumber: source.case.lotNumber,
    defectDescription: source.case.defectDescription,
    quantityDefective: source.case.quantityDefective,
    customerId: source.case.customerId,
    customerName: source.case.customerName,
    productModelId: source.case.productModelId,
    productModel: source.case.productModel,
    defectTypeId: source.case.defectTypeId,
    occurrenceCause: occurrence !== '' ? occurrence : (source.lifecycle?.analysisSummary.trim() ?? ''),
    escapeCause: rootCause(bundles, 'escape'),
    temporaryMeasures: unique([...bundles.flatMap((b) => live(b.containment).map((c) => c.description)), ...caseActions(['containment']).map((a) => a.description)]),
    permanentMeasures: unique([
      ...correctives.map((c) => c.description),
      ...bundles.flatMap((b) => live(b.prevention).map((p) => p.description)),
      ...caseActions(['corrective', 'preventive']).map((a) => a.description),
    ]),
    eightDNumbers: bundles.map((b) => b.report.number),
    effect,
    effectNotes: afterClosure ? unique([`${afterClosure.checkedOn} ${afterClosure.checkedBy}`, afterClosure.note, ...verificationNotes]) : verificationNotes,
    verifiedCount,
    verifiableCount: verifiable.length,
    photos: live(source.attachments)
      .filter((a) => IMAGE_TYPES.has(a.mimeType))
      .sort((a, b) => (a.addedAt !== b.addedAt ? (a.addedAt < b.addedAt ? -1 : 1) : a.id < b.id ? -1 : 1))
      .map((a) => ({ id: a.id, fileName: a.fileName, mimeType: a.mimeType, sha256: a.sha256, thumbnailSha256: a.thumbnailSha256 })),
  };
}
