/**
 * Money on a case. Every amount is an INTEGER number of fen (分, 1/100 yuan):
 * sums and the authority-matrix boundaries are exact, no floating point.
 * 100,000.00 yuan = 10_000_000 fen. The UI converts with parseYuan/formatYuan.
 */
export type Fen = number;

/** Is this a valid amount of fen (a safe integer, optionally ≥ 0)? */
export function isFen(value: unknown, allowNegative = false): value is Fen {
  return typeof value === 'number' && Number.isSafeInteger(value) && (allowNegative || value >= 0);
}

/** 100000 → 10_000_000. Yuan given as a number (integer yuan from settings). */
export function yuanToFen(yuan: number): Fen {
  return Math.round(yuan * 100);
}

/**
 * Parses what a clerk types ("1,234.5", "￥100000", "-3") into fen without
 * floating-point rounding; null when it is not an amount with at most 2 decimals.
 */
export function parseYuan(text: string): Fen | null {
  const cleaned = text.replace(/[\s,，￥¥]/g, '').replace(/元$/, '');
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (!match) return null;
  const fen = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(fen)) return null;
  return match[1] === '-' ? -fen : fen;
}

/** 12345678 → "123,456.78" (no currency sign). */
export function formatYuan(fen: Fen): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100).toLocaleString('en-US');
  return `${sign}${yuan}.${String(abs % 100).padStart(2, '0')}`;
}
