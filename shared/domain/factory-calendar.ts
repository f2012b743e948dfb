/**
 * The factory calendar: which day, month, quarter and year an instant falls
 * in, as the factory counts them — in the factory's time zone, never the
 * PC's. "Today", "this month", "overdue", case numbers and printed dates all
 * come from here. Instants are epoch ms; a factory date is 'yyyy-mm-dd', a
 * factory month 'yyyy-mm'. The zone is a fixed offset east of UTC (China has
 * no daylight saving time); every function takes it last and defaults to
 * the factory's (Asia/Shanghai, +08:00). Pure: no machine clock, no machine
 * time zone (only the UTC getters of Date are used).
 */

/** Minutes east of UTC of the factory: Asia/Shanghai, +08:00. */
export const FACTORY_UTC_OFFSET_MINUTES = 480;

const MINUTE = 60_000;
const DAY = 86_400_000;

/** A half-open span of instants [from, to). */
export interface InstantRange {
  from: number;
  to: number;
}

/** The factory's wall clock at an instant, as a Date whose UTC fields read the factory's local ones. */
function wall(ms: number, offsetMinutes: number): Date {
  return new Date(ms + offsetMinutes * MINUTE);
}

/** The instant at which the factory's wall clock shows these fields (month 1–12; overflow rolls over). */
function instantOf(year: number, month: number, day: number, offsetMinutes: number, hour = 0, minute = 0, second = 0): number {
  return Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * MINUTE;
}

/** The factory's local 'yyyy-mm-dd' of an instant. */
export function factoryDate(ms: number, offsetMinutes = FACTORY_UTC_OFFSET_MINUTES): string {
  return wall(ms, offsetMinutes).toISOString().slice(0, 10);
}

/** The factory's local 'yyyy-mm' of an instant. */
export function factoryMonth(ms: number, offsetMinutes = FACTORY_UTC_OFFSET_MINUTES): string {
  return factoryDate(ms, offsetMinutes).slice(0, 7);
}

/** The factory's local 'yyyy-mm-ddTHH:mm' of an instant (the value of <input type="datetime-local">). */
export function factoryDateTime(ms: number, offsetMinutes = FACTORY_UTC_OFFSET_MINUTES): string {
  return wall(ms, offsetMinutes).toISOString().slice(0, 16);
}

/** Year, month (1–12) and day of the factory's date at an instant. */
export function factoryDayParts(ms: number, offsetMinutes = FACTORY_UTC_OFFSET_MINUTES): { year: number; month: number; day: number } {
  const d = wall(ms, offsetMinutes);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** ISO 8601 text of an instant with the factory's offset, e.g. 2026-11-24T10:30:00+08:00 (seconds kept, ms dropped). */
export function toFactoryIso(ms: number, offsetMinutes = FACTORY_UTC_OFFSET_MINUTES): string {
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${wall(ms, offsetMinutes).toISOString().slice(0, 19)}${zone}`;
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The instant of a factory-local 'yyyy-mm-ddTHH:mm' (seconds optional), or
 * null when the text is not such a time or names one that does not exist
 * (2026-02-30, 24:00).
 */
export function parseFactoryDateTime(local: string, offsetMinutes = FACTORY_UTC_OFFSET_MINUTES): number | null {
  const m = LOCAL_DATE_TIME.exec(local);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((v) => Number(v ?? 0)) as [number, number, number, number, number, number];
  const ms = instantOf(year, month, day, offsetMinutes, hour, minute, second);
  return factoryDateTime(ms, offsetMinutes) === local.slice(0, 16) ? ms : null;
}

/** The instant the factory's day 'yyyy-mm-dd' begins (its midnight), or null when the text is not a real date. */
export function factoryDayStart(date: string, offsetMinutes = FACTORY_UTC_OFFSET_MINUTES): number | null {
  if (!LOCAL_DATE.test(date)) return null;
  return parseFactoryDateTime(`${date}T00:00`, offsetMinutes);
}

/** The factory day an instant falls in. */
export function factoryDayRange(ms: number, offsetMinutes = FACTORY_UTC_OFFSET_MINUTES): InstantRange {
  const { year, month, day } = factoryDayParts(ms, offsetMinutes);
  return { from: instantOf(year, month, day, offsetMinutes), to: instantOf(year, month, day + 1, offsetMinutes) };
}

/** The factory month an instant falls in. */
export function factoryMonthRange(ms: number, offsetMinutes = FACTORY_UTC_OFFSET_MINUTES): InstantRange {
  const { year, month } = factoryDayParts(ms, offsetMinutes);
  return { from: instantOf(year, month, 1, offsetMinutes), to: instantOf(year, month + 1, 1, offsetMinutes) };
}

/** The factory quarter (Jan–Mar, Apr–Jun, Jul–Sep, Oct–Dec) an instant falls in. */
export function factoryQuarterRange(ms: number, offsetMinutes = FACTORY_UTC_OFFSET_MINUTES): InstantRange {
  const { year, month } = factoryDayParts(ms, offsetMinutes);
  const first = month - ((month - 1) % 3);
  return { from: instantOf(year, first, 1, offsetMinutes), to: instantOf(year, first + 3, 1, offsetMinutes) };
}

/** The factory year an instant falls in. */
export function factoryYearRange(ms: number, offsetMinutes = FACTORY_UTC_OFFSET_MINUTES): InstantRange {
  const { year } = factoryDayParts(ms, offsetMinutes);
  return { from: instantOf(year, 1, 1, offsetMinutes), to: instantOf(year + 1, 1, 1, offsetMinutes) };
}

/** Do two instants fall on the same factory day? */
export function isSameFactoryDay(a: number, b: number, offsetMinutes = FACTORY_UTC_OFFSET_MINUTES): boolean {
  return factoryDate(a, offsetMinutes) === factoryDate(b, offsetMinutes);
}

/** Factory days from the day of `fromMs` to the day of `toMs` (0 on the same day, negative when `toMs` is on an earlier day). */
export function daysBetween(fromMs: number, toMs: number, offsetMinutes = FACTORY_UTC_OFFSET_MINUTES): number {
  const dayNumber = (ms: number) => Math.floor((ms + offsetMinutes * MINUTE) / DAY);
  return dayNumber(toMs) - dayNumber(fromMs);
}

const ZONED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
const DATE_AND_TIME = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/;

/**
 * Stored text → 'yyyy-mm-dd HH:mm' for a page or a printed form: an instant
 * with a zone (Z, +08:00, …) on the factory's clock; a plain date, or a time
 * without a zone, as written; other text unchanged.
 */
export function factoryDateTimeText(text: string | null | undefined, offsetMinutes = FACTORY_UTC_OFFSET_MINUTES): string {
  if (!text) return '';
  if (ZONED.test(text)) return factoryDateTime(Date.parse(text), offsetMinutes).replace('T', ' ');
  const m = DATE_AND_TIME.exec(text);
  return m ? `${m[1]}${m[2] ? ` ${m[2]}` : ''}` : text;
}
