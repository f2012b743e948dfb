/**
 * Checks of the quantity fields of the 8D editor at the field, before the
 * repository sees them: what the clerk typed → the number, or the error code
 * shown under the field. Full-width digits and thousands separators are
 * accepted (shared/domain/quantity.ts). Pure.
 */
import { parseRequiredQuantity } from '../../../shared/domain/quantity';

export type CountCheck = { ok: true; value: number } | { ok: false; code: 'required' | 'notANumber' | 'negative' | 'notAnInteger' };

export function checkCount(text: string): CountCheck {
  if (text.trim() === '') return { ok: false, code: 'required' };
  const n = parseRequiredQuantity(text);
  if (Number.isNaN(n)) return { ok: false, code: 'notANumber' };
  if (n < 0) return { ok: false, code: 'negative' };
  if (!Number.isInteger(n)) return { ok: false, code: 'notAnInteger' };
  return { ok: true, value: n };
}

/** Field → code of the counts that do not pass (empty when all pass). */
export function countErrors(fields: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, text] of Object.entries(fields)) {
    const check = checkCount(text);
    if (!check.ok) out[field] = check.code;
  }
  return out;
}

/** The number typed, or NaN when it does not pass (the form does not send it then). */
export function countValue(text: string): number {
  const check = checkCount(text);
  return check.ok ? check.value : Number.NaN;
}
