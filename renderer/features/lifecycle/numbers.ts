/**
 * What a clerk typed into a quantity / percent field, as the number the
 * repository validates: '' → NaN (→ 'required'), '-3' → -3 (→ 'negative'),
 * '2.5' → 2.5 (→ 'notAnInteger'). Full-width digits are accepted. Pure.
 */
function normalize(text: string): string {
  return text.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[，,]/g, '').replace('－', '-').replace('．', '.');
}

export function toCount(text: string): number {
  const s = normalize(text);
  return s === '' || !/^-?\d+(\.\d+)?$/.test(s) ? Number.NaN : Number(s);
}

export function toPercent(text: string): number {
  return toCount(text.replace(/%$/, ''));
}
