/**
 * Dates as clerks type them: 2026-12-02, 2026-12-2, 2026/12/2, 2026.12.2 and
 * 2026年12月2日 (full-width digits and spaces allowed), whatever the
 * browser's locale. Pure.
 */
import { isPlainDate } from './field-checks';

const PATTERNS = [/^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$/, /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/];

/** Full-width digits (０–９) and the ideographic space as their ASCII forms. */
function halfWidth(text: string): string {
  return text.replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[\u3000\uff0f\uff0d\uff0e]/g, (c) => ({ '\u3000': ' ', '\uff0f': '/', '\uff0d': '-', '\uff0e': '.' })[c] ?? c);
}

/** The date typed, as yyyy-mm-dd, or null when it is not a real calendar date in one of the accepted forms. */
export function parseClerkDate(typed: string): string | null {
  const text = halfWidth(typed).trim();
  for (const pattern of PATTERNS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
    return isPlainDate(iso) ? iso : null;
  }
  return null;
}
