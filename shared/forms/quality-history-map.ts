/**
 * The 品质履历表's view model (templates/qualityHistory.ts) from its lines
 * (shared/domain/quality-history): dates as factory dates, the other party
 * and the defect type named like statistics name them, measures one per
 * line, the effect check in words (quality-history/texts.ts), photo
 * thumbnails as data: URLs (read by the renderer). Pure.
 */
import { FACTORY_UTC_OFFSET_MINUTES, factoryDate } from '../domain/factory-calendar';
import type { MasterEntry } from '../domain/master-data/entry';
import type { HistoryEntry } from '../domain/quality-history/entry';
import type { HistorySubject } from '../domain/quality-history/subject';
import { effectText, historyNames, SUBJECT_LABELS } from '../domain/quality-history/texts';
import { instantMs } from '../domain/statistics/rows';
import type { QualityHistoryFormData, QualityHistoryLine } from './report-types';

export interface QualityHistoryInput {
  subject: Pick<HistorySubject, 'kind' | 'label'>;
  entries: readonly HistoryEntry[];
  masterData: readonly MasterEntry[];
  /** 全部 or the range as printed. */
  rangeText: string;
  /** Thumbnails by attachment id (data:image/… URLs); a photo without one is listed by name. */
  photoUrls: ReadonlyMap<string, string>;
  utcOffsetMinutes?: number;
}

export function qualityHistoryLines(input: QualityHistoryInput): QualityHistoryLine[] {
  const offset = input.utcOffsetMinutes ?? FACTORY_UTC_OFFSET_MINUTES;
  const names = historyNames(input.subject.kind, input.masterData);
  return input.entries.map((e) => {
    const ms = instantMs(e.receivedAt);
    return {
      caseNumber: e.caseNumber,
      date: Number.isNaN(ms) ? '' : factoryDate(ms, offset),
      party: names.party(e),
      lotNumber: e.lotNumber,
      defect: names.defect(e),
      quantityDefective: e.quantityDefective === null ? '' : String(e.quantityDefective),
      occurrenceCause: e.occurrenceCause,
      escapeCause: e.escapeCause,
      temporaryMeasures: e.temporaryMeasures.join('\n'),
      permanentMeasures: e.permanentMeasures.join('\n'),
      eightDNumbers: e.eightDNumbers.join('\n'),
      effect: effectText(e),
      photos: e.photos.map((p) => ({ dataUrl: input.photoUrls.get(p.id) ?? '', caption: p.fileName })),
    };
  });
}

export function qualityHistoryFormData(input: QualityHistoryInput): QualityHistoryFormData {
  const effective = input.entries.filter((e) => e.effect === 'effective').length;
  const pending = input.entries.filter((e) => e.effect === 'pending').length;
  return {
    subjectLabel: SUBJECT_LABELS[input.subject.kind],
    subjectName: input.subject.label,
    rangeText: input.rangeText,
    partyLabel: input.subject.kind === 'productModel' ? SUBJECT_LABELS.customer : SUBJECT_LABELS.productModel,
    lines: qualityHistoryLines(input),
    summary: `共 ${input.entries.length} 件投诉；措施已验证有效 ${effective} 件，待验证 ${pending} 件`,
  };
}
