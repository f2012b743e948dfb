/**
 * 8D numbers (DOMAIN §2, seed 002 §4.2.1: `8D` + date + serial, e.g.
 * 8D20170331001), on the numbering engine of shared/domain/numbering.ts.
 *
 * Default pattern `8D{YYYY}{MM}{DD}{SEQ:3}-{STATION}` → 8D20261123001-B:
 *  - the seed's number unchanged at the front (8D + yyyymmdd + 3-digit serial),
 *    so it reads and sorts like the customer's forms expect;
 *  - the station code is needed because several PCs open 8Ds offline on the
 *    same day; it comes AFTER a '-' so it can never run into the serial
 *    (station "1" serial 12 and station "11" serial 2 would both read …112,
 *    see checkPattern's 'stationNextToSeq'), also when a day has more than
 *    999 reports; the date has a fixed width, so nothing before the serial
 *    is ambiguous either.
 * The serial counts per day and station (the scope) and is never reused: the
 * repository keeps the highest issued serial per scope in meta and also looks
 * at the stored numbers of the scope (tombstoned reports keep theirs).
 */
import { checkPattern, formatCaseNumber, numberScope, serialInScope, type NumberingContext } from '../numbering';

export const DEFAULT_EIGHTD_NUMBER_PATTERN = '8D{YYYY}{MM}{DD}{SEQ:3}-{STATION}';

/** The scope the serial of an 8D opened in `ctx` counts in, e.g. "8D20261123{SEQ}-B". */
export function eightDNumberScope(ctx: NumberingContext, pattern: string = DEFAULT_EIGHTD_NUMBER_PATTERN): string {
  return numberScope(pattern, ctx);
}

export function formatEightDNumber(ctx: NumberingContext, serial: number, pattern: string = DEFAULT_EIGHTD_NUMBER_PATTERN): string {
  const problem = checkPattern(pattern);
  if (problem) throw new Error(`invalid 8D number pattern (${problem}): ${JSON.stringify(pattern)}`);
  if (!Number.isInteger(serial) || serial < 1) throw new Error(`invalid 8D serial: ${serial}`);
  return formatCaseNumber(pattern, ctx, serial);
}

/**
 * The next serial of a scope: 1 + the larger of the highest serial this PC
 * issued (`issuedHigh`, from meta) and the serials of `stored` numbers of the
 * scope (numbers of other scopes are ignored).
 */
export function nextEightDSerial(scope: string, issuedHigh: number, stored: Iterable<string>): number {
  let high = Number.isInteger(issuedHigh) && issuedHigh > 0 ? issuedHigh : 0;
  for (const number of stored) {
    const serial = serialInScope(scope, number);
    if (serial !== null && serial > high) high = serial;
  }
  return high + 1;
}
