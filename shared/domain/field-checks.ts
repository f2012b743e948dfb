/**
 * The small checks every validation of clerk input shares (intake,
 * lifecycle, 8D): the field → error code map, text / choice / date tests,
 * and `pick`, which keeps only the known keys of an input. Pure.
 */

/**
 * Field → stable error code ('required', 'invalid', 'tooLong' …) that the
 * UI translates. Name the fields and codes when they are known (the intake
 * form: `FieldErrors<CaseField, ValidationCode>`); the default is any field.
 */
export type FieldErrors<F extends string = string, C extends string = string> = string extends F ? Record<string, C> : Partial<Record<F, C>>;

export const isText = (v: unknown): v is string => typeof v === 'string';

/** Text with something other than blanks in it. */
export const filled = (v: unknown): boolean => isText(v) && v.trim() !== '';

export const oneOf = <T extends string>(list: readonly T[], v: unknown): v is T => typeof v === 'string' && (list as readonly string[]).includes(v);

const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date yyyy-mm-dd (2026-02-30 is not). */
export function isPlainDate(v: unknown): v is string {
  if (!isText(v) || !PLAIN_DATE.test(v)) return false;
  const ms = Date.parse(`${v}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === v;
}

/** A moment: ISO date-time text (yyyy-mm-ddT…) that parses. */
export function isMoment(v: unknown): v is string {
  return isText(v) && /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v));
}

/** Whether `errors` names any field. */
export function hasErrors(errors: object): boolean {
  return Object.keys(errors).length > 0;
}

/**
 * Keeps only `keys` of an input that are present (undefined = not given) and
 * copies arrays, so callers' objects are never stored or shared, and never
 * id, caseId, deleted … from the caller.
 */
export function pick<T extends object, K extends keyof T>(input: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const key of keys) {
    const value = input[key];
    if (value !== undefined) out[key] = (Array.isArray(value) ? [...(value as unknown[])] : value) as T[K];
  }
  return out;
}
