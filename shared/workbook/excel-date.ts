/**
 * Factory instants as Excel dates. Excel dates have no time zone and exceljs
 * turns a Date into a serial by its UTC fields, so a Date is made whose UTC
 * fields are the factory's wall clock: the cell shows the factory's date and
 * time on any PC, whatever the PC's own zone.
 */
import { FACTORY_UTC_OFFSET_MINUTES } from '../domain/factory-calendar';

const DAY_MS = 86_400_000;

/** An ISO instant (or epoch ms) as an Excel date showing the factory's wall clock; null when absent or unreadable. */
export function excelDate(instant: string | number | null | undefined, dayOnly = false, offsetMinutes = FACTORY_UTC_OFFSET_MINUTES): Date | null {
  if (instant === null || instant === undefined || instant === '') return null;
  const ms = typeof instant === 'number' ? instant : Date.parse(instant);
  if (!Number.isFinite(ms)) return null;
  const local = ms + offsetMinutes * 60_000;
  return new Date(dayOnly ? Math.floor(local / DAY_MS) * DAY_MS : local);
}
