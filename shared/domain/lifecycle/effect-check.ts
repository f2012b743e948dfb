/**
 * The effect check after closure (issue 19.5; seed 000 form 01A, the
 * anchors' 3-month check): closing a case sets the date by which someone
 * verifies the measures worked — 3 months after the factory day of closing,
 * changeable while the check is not done. The check is recorded on the
 * closed case: effective, or not effective — which re-opens the case as a
 * new round (action effect_failed, the note as its reason). Kept on the
 * case's lifecycle record (it replicates field by field like the rest). Pure.
 */
import { factoryDate } from '../factory-calendar';
import type { FieldErrors } from '../field-checks';

export const EFFECT_CHECK_MONTHS = 3;
export const EFFECT_CHECK_RESULTS = ['effective', 'ineffective'] as const;
export type EffectCheckResult = (typeof EFFECT_CHECK_RESULTS)[number];
export const EFFECT_NOTE_LIMIT = 2000;

export interface EffectCheck {
  result: EffectCheckResult;
  /** Factory date yyyy-mm-dd. */
  checkedOn: string;
  checkedBy: string;
  /** How it was checked and what was seen; required when not effective. */
  note: string;
}

export type EffectCheckInput = Omit<EffectCheck, 'checkedBy'>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date yyyy-mm-dd. */
export function isPlainDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** `months` months after a factory date (the last day of a shorter month: 11-30 + 3 → 02-28). */
export function addMonthsToDate(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Checks an effect check typed by the clerk on `today` (factory date). */
export function validateEffectCheck(input: EffectCheckInput, today: string): FieldErrors {
  const e: FieldErrors = {};
  if (!(EFFECT_CHECK_RESULTS as readonly string[]).includes(input.result)) e.result = 'required';
  if (!isPlainDate(input.checkedOn)) e.checkedOn = 'invalid';
  else if (input.checkedOn > today) e.checkedOn = 'future';
  if (typeof input.note !== 'string' || input.note.length > EFFECT_NOTE_LIMIT) e.note = 'tooLong';
  else if (input.result === 'ineffective' && input.note.trim() === '') e.note = 'required';
  return e;
}

/** Checks a due date set by the clerk: a real date, not before the day the case was closed. */
export function validateEffectCheckDue(date: string, closedOn: string): FieldErrors {
  if (!isPlainDate(date)) return { effectCheckDueDate: 'invalid' };
  if (date < closedOn) return { effectCheckDueDate: 'beforeClosing' };
  return {};
}

/** What closing a case at `at` (ISO) writes on its lifecycle: the check due 3 months after the factory day, not done yet. */
export function closedEffectCheck(at: string): { effectCheckDueDate: string; effectCheck: EffectCheck | null } {
  return { effectCheckDueDate: addMonthsToDate(factoryDate(Date.parse(at)), EFFECT_CHECK_MONTHS), effectCheck: null };
}
