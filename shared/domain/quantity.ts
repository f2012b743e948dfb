/**
 * What a clerk typed into a quantity or percent field, as the number the
 * validation checks — ONE parser for the intake form, the lifecycle forms
 * and the 8D forms. Blanks around and inside are ignored, full-width digits
 * and signs (１２, －３, ２．５) are read as their ASCII twins, thousands
 * separators (, and ，) are dropped. Pure.
 *
 *   ''      → null   (not given; the form decides whether that is 'required')
 *   '1,000' → 1000
 *   '-3'    → -3     (validation refuses it: 'negative')
 *   '2.5'   → 2.5    (validation refuses it: 'notAnInteger')
 *   'abc'   → NaN    (validation refuses it)
 */
function normalize(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[－−]/g, '-')
    .replace(/．/g, '.')
    .replace(/[,，\s]/g, '');
}

export function parseQuantity(text: string): number | null {
  const cleaned = normalize(text);
  if (cleaned === '') return null;
  return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

/** A quantity the form requires: '' → NaN (→ 'required'). */
export function parseRequiredQuantity(text: string): number {
  return parseQuantity(text) ?? Number.NaN;
}

/** A percent: as a quantity, with an optional trailing % (or ％). */
export function parsePercent(text: string): number {
  return parseRequiredQuantity(text.trim().replace(/[%％]$/, ''));
}
