/**
 * The values of a 台账 cell as the case wants them (issue 18.2): dates from
 * real Excel dates (the day typed, whatever the PC's zone) and from text in
 * every style offices type (2019.07.09, 2019/7/9, 2019-07-09, 2019年7月9日,
 * 20190709, and 7/9 or 7月9日 with the year from the sheet's name or the
 * workbook), counts with thousands separators, full-width digits and a unit
 * (１２,３４５ pcs), and cells holding several values (、，,;；). Pure.
 */
import { isPlainDate } from '../../domain/field-checks';
import type { CellValue } from './read';

/** Full-width digits, letters and punctuation (０–９, ／, ，…) and the ideographic space as their ASCII forms. */
export function halfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** A day (yyyy-mm-dd) and, when the cell had one, a time of day (HH:mm:ss) as the factory's clock shows it. */
export interface DayAndTime {
  date: string;
  time: string | null;
}

export type ValueCode = 'invalidDate' | 'yearUnknown' | 'invalidNumber' | 'formulaWithoutValue' | 'errorValue';

export type Parsed<T> = { ok: true; value: T } | { ok: false; code: ValueCode };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(code: ValueCode): Parsed<T> => ({ ok: false, code });

const pad = (n: number): string => String(n).padStart(2, '0');

/** Excel's day 0 (its serials count from 1899-12-30, past the 1900 leap-year bug). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

/**
 * exceljs turns an Excel date serial into a Date whose UTC fields are the
 * day and time typed in the cell (the serial has no zone). So the UTC
 * getters give the factory-local day and time; the PC's zone never enters.
 */
function fromExcelDate(d: Date): DayAndTime {
  const iso = new Date(Math.round(d.getTime() / 1000) * 1000).toISOString();
  const time = iso.slice(11, 19);
  return { date: iso.slice(0, 10), time: time === '00:00:00' ? null : time };
}

const FULL_DATE = [
  /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?:\s*[T\s]\s*(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/,
  /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?(?:\s*(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/,
  /^(\d{4})(\d{2})(\d{2})$/,
];
const NO_YEAR = [/^(\d{1,2})\s*[-/.]\s*(\d{1,2})$/, /^(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/];

function dayOf(year: number, month: number, day: number, h?: string, m?: string, s?: string): Parsed<DayAndTime> {
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (!isPlainDate(date)) return fail('invalidDate');
  if (h === undefined) return ok({ date, time: null });
  const [hh, mm, ss] = [Number(h), Number(m), Number(s ?? 0)];
  if (hh > 23 || mm > 59 || ss > 59) return fail('invalidDate');
  return ok({ date, time: `${pad(hh)}:${pad(mm)}:${pad(ss)}` });
}

/**
 * A date cell. `year`: the year to take for a date typed without one (from
 * the sheet's name or the workbook; undefined when unknown). null: empty.
 */
export function parseDateCell(value: CellValue, year?: number): Parsed<DayAndTime | null> {
  if (value === null) return ok(null);
  if (value instanceof Date) return ok(fromExcelDate(value));
  if (typeof value === 'object') return fail(value.issue);
  if (typeof value === 'number') {
    // A date serial in a cell not formatted as a date (1 = 1900-01-01 … 2958465 = 9999-12-31).
    if (!Number.isFinite(value) || value < 1 || value >= 2_958_466) return fail('invalidDate');
    return ok(fromExcelDate(new Date(EXCEL_EPOCH + value * DAY)));
  }
  if (typeof value === 'boolean') return fail('invalidDate');
  const text = halfWidth(value).trim();
  if (text === '') return ok(null);
  for (const pattern of FULL_DATE) {
    const m = pattern.exec(text);
    if (m) return dayOf(Number(m[1]), Number(m[2]), Number(m[3]), m[4], m[5], m[6]);
  }
  for (const pattern of NO_YEAR) {
    const m = pattern.exec(text);
    if (!m) continue;
    return year === undefined ? fail('yearUnknown') : dayOf(year, Number(m[1]), Number(m[2]));
  }
  return fail('invalidDate');
}

const UNIT = /\s*(pcs|pc|ea|个|只|件|台|套|片|箱|pcs\.)$/i;
const PLAIN = /^[+-]?\d+(\.\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}([,，' ]\d{3})+(\.\d+)?$/;

/** A count cell: a number, or text with thousands separators, full-width digits or a unit. null: empty. */
export function parseNumberCell(value: CellValue): Parsed<number | null> {
  if (value === null) return ok(null);
  if (typeof value === 'number') return Number.isFinite(value) ? ok(value) : fail('invalidNumber');
  if (value instanceof Date || typeof value === 'boolean') return fail('invalidNumber');
  if (typeof value === 'object') return fail(value.issue);
  const text = halfWidth(value).trim().replace(UNIT, '');
  if (text === '') return ok(null);
  if (PLAIN.test(text)) return ok(Number(text));
  if (GROUPED.test(text)) return ok(Number(text.replace(/[,，' ]/g, '')));
  return fail('invalidNumber');
}

/** A text cell as text (numbers as written, a date as yyyy-mm-dd); a cell issue stays an issue. */
export function parseTextCell(value: CellValue): Parsed<string> {
  if (value === null) return ok('');
  if (value instanceof Date) return ok(fromExcelDate(value).date);
  if (typeof value === 'object') return fail(value.issue);
  return ok(String(value).replace(/\r\n?/g, '\n').trim());
}

/** The values of a cell that lists several (、 ， , ; ； or one per line), trimmed, without empties. */
export function splitValues(text: string): string[] {
  return text
    .split(/[、，,;；\n]/)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** The year (19xx / 20xx) a name says, e.g. 「2019年客诉台账.xlsx」 or 「2019.7」; undefined when none. */
export function yearInText(text: string): number | undefined {
  const m = /(?:^|\D)((?:19|20)\d{2})(?!\d)/.exec(halfWidth(text));
  return m ? Number(m[1]) : undefined;
}
