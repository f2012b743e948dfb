/**
 * Retention (issue 20.6): which closed cases may go to an archive file as of
 * a day. Pure: the day comes from the injected clock (factoryDate of now).
 *
 *  - Only a case closed now counts (a re-opened case is not closed), with a
 *    known closing day, whose effect check is not pending, with no open
 *    corrective action (caseAction status 'open').
 *  - It is eligible from the anniversary of its closing day `years` years
 *    later (the office setting archiveAfterYears; 0 = never archive).
 *  - A case with supplier records (供应商扣款单, goods returned to the
 *    supplier 退供应商) is held at least SUPPLIER_RECORDS_MIN_YEARS years
 *    (seed 000 §五: 《原材料不合格处理报告》《退货单》 are kept two years).
 *  - A closing day of 29 February has its anniversary on 1 March in a year
 *    without one: the case is kept at least the full years, never a day less.
 */
import { factoryDate } from '../factory-calendar';

/** Seed 000 §五: supplier paperwork is kept two years. */
export const SUPPLIER_RECORDS_MIN_YEARS = 2;
export const DEFAULT_ARCHIVE_AFTER_YEARS = 3;
/** 0 = never archive; otherwise at least one year. */
export const MIN_ARCHIVE_AFTER_YEARS = 1;
export const MAX_ARCHIVE_AFTER_YEARS = 30;

export interface RetentionCandidate {
  caseId: string;
  caseNumber: string;
  /** The lifecycle state now (projection.state). */
  state: string;
  /** ISO instant of the current round's closing; null while open. */
  closedAt: string | null;
  deleted?: boolean;
  /** Live supplier chargebacks or return-to-supplier dispositions. */
  hasSupplierRecords: boolean;
  /** Corrective actions still open (not done). */
  openActions: number;
  /** The effect check of a closed case is still due (projection.effectCheckDueDate). */
  effectCheckPending: boolean;
}

export type RetentionVerdict =
  | { eligible: true; closedDate: string; years: number }
  | { eligible: false; reason: 'notClosed' | 'noClosingDate' | 'openActions' | 'effectCheckPending' | 'tooRecent' | 'supplierFloor' | 'archivingOff' | 'deleted'; closedDate: string | null; years: number };

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** The yyyy-mm-dd `years` after `date`; 29 February goes to 1 March in a year without one. */
export function anniversary(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) + years;
  const md = date.slice(5);
  if (md === '02-29' && !isLeap(y)) return `${String(y).padStart(4, '0')}-03-01`;
  return `${String(y).padStart(4, '0')}-${md}`;
}

/** The years a case is kept: the office's setting, at least the supplier floor when it has supplier records. */
export function yearsKept(archiveAfterYears: number, hasSupplierRecords: boolean): number {
  return hasSupplierRecords ? Math.max(archiveAfterYears, SUPPLIER_RECORDS_MIN_YEARS) : archiveAfterYears;
}

/** Whether a case may be archived on factory day `today` (yyyy-mm-dd) with the office's setting. */
export function retentionVerdict(c: RetentionCandidate, archiveAfterYears: number, today: string): RetentionVerdict {
  const years = yearsKept(archiveAfterYears, c.hasSupplierRecords);
  const closedDate = c.closedAt && !Number.isNaN(Date.parse(c.closedAt)) ? factoryDate(Date.parse(c.closedAt)) : null;
  const no = (reason: Extract<RetentionVerdict, { eligible: false }>['reason']): RetentionVerdict => ({ eligible: false, reason, closedDate, years });
  if (c.deleted) return no('deleted');
  if (archiveAfterYears <= 0) return no('archivingOff');
  if (c.state !== 'closed') return no('notClosed');
  if (!closedDate) return no('noClosingDate');
  if (c.openActions > 0) return no('openActions');
  if (c.effectCheckPending) return no('effectCheckPending');
  if (today < anniversary(closedDate, years)) return no(today >= anniversary(closedDate, archiveAfterYears) ? 'supplierFloor' : 'tooRecent');
  return { eligible: true, closedDate, years };
}

export interface RetentionPreview {
  eligible: RetentionCandidate[];
  /** Eligible cases by the year they were closed (yyyy), ascending. */
  byClosingYear: { year: string; count: number }[];
  /** Closed long enough for the setting but held back by the supplier floor. */
  heldBySupplierFloor: number;
  /** Closed long enough but with open actions or a pending effect check. */
  heldOpen: number;
}

/** What an archive made on `today` would take, for the settings page's preview. */
export function retentionPreview(cases: readonly RetentionCandidate[], archiveAfterYears: number, today: string): RetentionPreview {
  const eligible: RetentionCandidate[] = [];
  const years = new Map<string, number>();
  let heldBySupplierFloor = 0;
  let heldOpen = 0;
  for (const c of cases) {
    const v = retentionVerdict(c, archiveAfterYears, today);
    if (v.eligible) {
      eligible.push(c);
      const y = v.closedDate.slice(0, 4);
      years.set(y, (years.get(y) ?? 0) + 1);
    } else if (v.reason === 'supplierFloor') heldBySupplierFloor++;
    else if ((v.reason === 'openActions' || v.reason === 'effectCheckPending') && v.closedDate && today >= anniversary(v.closedDate, v.years)) heldOpen++;
  }
  eligible.sort((a, b) => (a.caseNumber < b.caseNumber ? -1 : a.caseNumber > b.caseNumber ? 1 : 0));
  return { eligible, byClosingYear: [...years].sort(([a], [b]) => (a < b ? -1 : 1)).map(([year, count]) => ({ year, count })), heldBySupplierFloor, heldOpen };
}
