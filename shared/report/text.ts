/**
 * Text as the 8D Word document holds it: characters XML 1.0 forbids (C0
 * controls but tab and line feed, lone surrogates, U+FFFE/U+FFFF) removed,
 * line ends made \n, and the date, time and number formats of the report.
 * Pure; every string reaches a run through `cleanText`.
 */

import { factoryDateTimeText } from '../domain/factory-calendar';

function isAllowed(code: number): boolean {
  if (code === 0x09 || code === 0x0a) return true;
  if (code < 0x20) return false;
  return code !== 0xfffe && code !== 0xffff;
}

/** The text without characters XML 1.0 cannot carry; \r\n and \r become \n, a tab a space. */
export function cleanText(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value).replace(/\r\n?/g, '\n');
  let out = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let keep = isAllowed(code);
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      keep = next >= 0xdc00 && next <= 0xdfff;
      if (keep) width = 2;
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      keep = false;
    }
    if (!keep) {
      out += text.slice(start, i);
      start = i + 1;
    } else if (code === 0x09) {
      out += `${text.slice(start, i)} `;
      start = i + 1;
    }
    i += width - 1;
  }
  return out + text.slice(start);
}

/** Lines of a clean text ('' gives no lines). */
export function textLines(value: string | null | undefined): string[] {
  const text = cleanText(value);
  return text === '' ? [] : text.split('\n');
}

/** 2026-11-23T01:30:00Z → 2026-11-23 09:30, on the factory's clock (factoryDateTimeText). */
export const formatDateTime = (iso: string | null | undefined): string => factoryDateTimeText(iso);

/** The date part of an ISO date or moment. */
export function formatDate(iso: string | null | undefined): string {
  return formatDateTime(iso).slice(0, 10);
}

/** Clock hours from one ISO moment to another, one decimal; null when either is missing or unreadable. */
export function hoursBetween(fromIso: string | null | undefined, toIso: string | null | undefined): number | null {
  if (!fromIso || !toIso) return null;
  const from = Date.parse(fromIso);
  const to = Date.parse(toIso);
  if (Number.isNaN(from) || Number.isNaN(to)) return null;
  return Math.round((to - from) / 360_000) / 10;
}

/** A count, or '' for none. */
export function formatCount(n: number | null | undefined): string {
  return n === null || n === undefined || Number.isNaN(n) ? '' : String(n);
}

/** The first `max` characters of one line of text, with … when cut. */
export function shortText(value: string, max: number): string {
  const line = cleanText(value).replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
