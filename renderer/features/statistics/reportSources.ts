/**
 * What the office's reports read besides the statistics themselves (issue
 * 17.5/17.6): the zh-CN names of the enum values (the paper and the Excel
 * file are Chinese whatever the UI shows), the twelve months of 客诉率 /
 * PPM ending with a month (rates.ts over the shipments and the ledger rows,
 * as the page's 客诉率与 PPM section computes them), the 品质履历 lines of
 * some cases, and the photos' thumbnails for paper.
 */
import type { i18n as I18n } from 'i18next';
import type { MasterEntry } from '../../../shared/domain/master-data/entry';
import { historyEntry, type HistoryEntry } from '../../../shared/domain/quality-history/entry';
import { monthFigures } from '../../../shared/domain/shipments/figures';
import { addMonths, monthlyRates, type MonthRates } from '../../../shared/domain/shipments/rates';
import type { StatisticsLabels } from '../../../shared/domain/statistics/labels';
import type { LedgerRow } from '../../../shared/domain/ledger-row';
import type { Repositories } from '../../db';
import { blobToDataUrl } from '../../platform/blobToBase64';

type LabelKey = 'lc.triage.severities' | 'lc.triage.complaintCategories' | 'lc.responsibility.departments' | 'lc.costs.kinds' | 'lc.deadlines.kinds' | 'lc.steps' | 'choices.market';

export function zhStatisticsLabels(i18n: I18n): StatisticsLabels {
  const zh = i18n.getFixedT('zh-CN');
  const map = (key: LabelKey): Record<string, string> => zh(key, { returnObjects: true });
  return {
    severity: map('lc.triage.severities'),
    category: map('lc.triage.complaintCategories'),
    department: map('lc.responsibility.departments'),
    costKind: map('lc.costs.kinds'),
    deadlineKind: map('lc.deadlines.kinds'),
    state: map('lc.steps'),
    market: map('choices.market'),
  };
}

/** 客诉率 / PPM of all customers and models for the twelve months ending with `lastMonth` (yyyy-mm). */
export async function twelveMonthRates(repositories: Repositories, rows: readonly LedgerRow[], masterData: readonly MasterEntry[], lastMonth: string): Promise<MonthRates[]> {
  const firstMonth = addMonths(lastMonth, -11);
  // The 12-month moving total of the first month needs the 11 months before it.
  const shipments = await repositories.shipments.listMonths(addMonths(firstMonth, -11), lastMonth);
  return monthlyRates(monthFigures(rows, shipments, masterData, { customerKey: null, modelKey: null }), firstMonth, lastMonth);
}

export async function historyEntriesOf(repositories: Repositories, caseIds: readonly string[]): Promise<HistoryEntry[]> {
  return (await repositories.qualityHistory.sources(caseIds)).map(historyEntry);
}

/** Photos printed per complaint on the 品质履历表 (templates/qualityHistory.ts prints two). */
const PRINTED_PHOTOS = 2;
/** An original without a thumbnail is embedded only up to this size (the document stays printable). */
const MAX_ORIGINAL_BYTES = 1_500_000;
const PRINTABLE = new Set(['image/png', 'image/jpeg']);

/** data: URLs of the photos a printed history shows, by attachment id: the thumbnail, else a small original. */
export async function photoThumbnails(repositories: Repositories, entries: readonly HistoryEntry[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of entries) {
    for (const photo of entry.photos.slice(0, PRINTED_PHOTOS)) {
      const blob = await repositories.attachments.getBlob(photo.thumbnailSha256 ?? photo.sha256);
      if (!blob || !PRINTABLE.has(blob.type) || (photo.thumbnailSha256 === null && blob.size > MAX_ORIGINAL_BYTES)) continue;
      out.set(photo.id, await blobToDataUrl(blob));
    }
  }
  return out;
}
