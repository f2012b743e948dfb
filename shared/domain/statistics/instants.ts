/**
 * Reading stored instants fast: the projection's times are ISO 8601 text
 * with a zone ('2026-11-30T23:30:00+08:00', '…Z', optional seconds and
 * milliseconds); a year's statistics read about a million of them, and
 * Date.parse costs several times more than reading the digits. parseInstant
 * reads that shape digit by digit and hands anything else (and days after
 * the 28th, whose validity Date.parse judges) to Date.parse, so it always
 * returns what Date.parse would.
 */

const ZERO = 48;

/** The digits of s[at, at+len) as a number, or -1 when one is not a digit. */
function digits(s: string, at: number, len: number): number {
  let n = 0;
  for (let i = at; i < at + len; i++) {
    const d = s.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Epoch ms of ISO 8601 text with a zone, as Date.parse reads it (NaN when unreadable). */
export function parseInstant(s: string): number {
  const n = s.length;
  // yyyy-mm-ddTHH:MM is 16 characters; a zone follows at least.
  if (n < 17 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58) return Date.parse(s);
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 2);
  const day = digits(s, 8, 2);
  const hour = digits(s, 11, 2);
  const minute = digits(s, 14, 2);
  // Years before 1000 go to Date.parse (rare; keeps the fast path to four-digit years).
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > 28 || hour < 0 || hour > 23 || minute < 0 || minute > 59) return Date.parse(s);
  let i = 16;
  let second = 0;
  let ms = 0;
  if (s.charCodeAt(i) === 58) {
    second = digits(s, i + 1, 2);
    if (second < 0 || second > 59) return Date.parse(s);
    i += 3;
    if (s.charCodeAt(i) === 46) {
      // Exactly three fraction digits (what toISOString writes); other precisions go to Date.parse.
      ms = digits(s, i + 1, 3);
      if (ms < 0) return Date.parse(s);
      i += 4;
    }
  }
  let offset = 0; // Z
  const z = s.charCodeAt(i);
  if (z === 90 && i + 1 === n) {
    // UTC
  } else if ((z === 43 || z === 45) && i + 6 === n && s.charCodeAt(i + 3) === 58) {
    const oh = digits(s, i + 1, 2);
    const om = digits(s, i + 4, 2);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return Date.parse(s);
    offset = (z === 43 ? 1 : -1) * (oh * 60 + om);
  } else return Date.parse(s);
  return daysFromCivil(year, month, day) * DAY + ((hour * 60 + minute - offset) * 60 + second) * 1000 + ms;
}

const DAY = 86_400_000;

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil; month 1–12). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}
