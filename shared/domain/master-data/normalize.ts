/**
 * How names are compared in master data: trimmed, full-width letters, digits
 * and punctuation as half-width, blanks collapsed, case-insensitive. Pure.
 */

const FULL_WIDTH = /[\uFF01-\uFF5E]/g;

/** The comparison key of a name, code or alias ("  ＨＵＡＷＥＩ 技术 " with an ideographic space → "huawei 技术"). */
export function nameKey(text: string): string {
  return text
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Trimmed, non-empty, without duplicates by nameKey (first spelling kept), and without any listed in `except`. */
export function cleanList(values: readonly string[], except: readonly string[] = []): string[] {
  const seen = new Set(except.map(nameKey));
  const out: string[] = [];
  for (const raw of values) {
    const value = raw.replace(/[\s\u3000]+/g, ' ').trim();
    const key = nameKey(value);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(value);
  }
  return out;
}
