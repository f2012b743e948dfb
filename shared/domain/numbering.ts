/**
 * Case numbers (DOMAIN.md §2): a configurable pattern of tokens
 *   {YYYY} {YY} {MM} {DD} {STATION} {SEQ} or {SEQ:n} (zero-padded to n digits)
 * e.g. "{YY}{MM}-{STATION}-{SEQ:3}" → 2611-B-007.
 * The serial counts per scope (the number with {SEQ} left out), so every
 * month and every station starts again at 1; the station code keeps PCs that
 * number offline at the same time apart. Numbers are never reused: the caller
 * keeps the highest serial issued per scope, deleted cases included.
 */

import { factoryDayParts } from './factory-calendar';

export const DEFAULT_CASE_NUMBER_PATTERN = '{YY}{MM}-{STATION}-{SEQ:3}';

const TOKEN = /\{(YYYY|YY|MM|DD|STATION|SEQ(?::(\d))?)\}/g;

export interface NumberingContext {
  /** Local calendar date parts of the moment the case is registered. */
  year: number;
  month: number;
  day: number;
  station: string;
}

export type PatternProblem = 'missingSeq' | 'missingStation' | 'duplicateSeq' | 'unknownToken' | 'tooLong' | 'stationNextToSeq';

/**
 * {STATION} directly before or after {SEQ}: both have no fixed width (station
 * codes are 1–4 characters, serials grow past their padding), so two numbers
 * can read the same — station "1" serial 12 and station "11" serial 2 are
 * both "112", "1"+"1234" and "11"+"234" both "11234".
 */
const STATION_NEXT_TO_SEQ = /\{STATION\}\{SEQ(?::\d)?\}|\{SEQ(?::\d)?\}\{STATION\}/;

/** Checks a pattern: it needs exactly one {SEQ} and a {STATION} (offline PCs must not collide), not written next to each other. */
export function checkPattern(pattern: string): PatternProblem | null {
  if (pattern.length > 60) return 'tooLong';
  const stripped = pattern.replace(TOKEN, '');
  if (/[{}]/.test(stripped)) return 'unknownToken';
  const seqCount = (pattern.match(/\{SEQ(?::\d)?\}/g) ?? []).length;
  if (seqCount === 0) return 'missingSeq';
  if (seqCount > 1) return 'duplicateSeq';
  if (!pattern.includes('{STATION}')) return 'missingStation';
  if (STATION_NEXT_TO_SEQ.test(pattern)) return 'stationNextToSeq';
  return null;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function render(pattern: string, ctx: NumberingContext, seq: string): string {
  return pattern.replace(TOKEN, (_m, token: string) => {
    switch (token) {
      case 'YYYY':
        return pad(ctx.year, 4);
      case 'YY':
        return pad(ctx.year % 100, 2);
      case 'MM':
        return pad(ctx.month, 2);
      case 'DD':
        return pad(ctx.day, 2);
      case 'STATION':
        return ctx.station;
      default:
        return seq;
    }
  });
}

/**
 * Stands for the serial in a scope. Braces cannot occur anywhere else in a
 * scope (checkPattern refuses stray braces, station codes are [A-Z0-9]), so
 * unlike a plain "#" it can never be confused with literal text of the pattern.
 */
export const SEQ_MARKER = '{SEQ}';

/** The scope a serial counts in: the number with the serial replaced by SEQ_MARKER, e.g. "2611-B-{SEQ}". */
export function numberScope(pattern: string, ctx: NumberingContext): string {
  return render(pattern, ctx, SEQ_MARKER);
}

/** The fixed text before and after the serial of a scope; every number of the scope starts with `before`. */
export function splitScope(scope: string): { before: string; after: string } {
  const at = scope.indexOf(SEQ_MARKER);
  if (at < 0 || scope.indexOf(SEQ_MARKER, at + 1) >= 0) throw new Error(`Not a numbering scope: ${JSON.stringify(scope)}`);
  return { before: scope.slice(0, at), after: scope.slice(at + SEQ_MARKER.length) };
}

export function formatCaseNumber(pattern: string, ctx: NumberingContext, serial: number): string {
  return pattern.replace(TOKEN, (whole, token: string, width: string | undefined) => {
    if (token.startsWith('SEQ')) return pad(serial, width ? Number(width) : 1);
    return render(whole, ctx, '');
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Reads the serial back out of a number of the given scope, or null when the
 * number belongs to another scope. Used to never issue a serial at or below
 * one already seen (for example replicated from a reinstalled PC).
 */
export function serialInScope(scope: string, caseNumber: string): number | null {
  const { before, after } = splitScope(scope);
  const m = new RegExp(`^${escapeRegExp(before)}(\\d+)${escapeRegExp(after)}$`).exec(caseNumber);
  return m ? Number(m[1]) : null;
}

/** Station codes: 1–4 capital letters or digits, so numbers stay short and printable. */
export const STATION_CODE = /^[A-Z0-9]{1,4}$/;

/** {YY}{MM}{DD} of a number are the factory's date at the instant `ms` (the PC's time zone does not matter). */
export function numberingContext(ms: number, station: string): NumberingContext {
  return { ...factoryDayParts(ms), station };
}
