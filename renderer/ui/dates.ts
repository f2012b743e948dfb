/**
 * Dates and times for the UI, always as the factory's wall clock
 * (shared/domain/factory-calendar.ts), whatever the PC's time zone: shown as
 * yyyy-MM-dd HH:mm (the way clerks write dates in their ledgers), and the
 * conversions between stored ISO strings and the values of
 * <input type="datetime-local">.
 */
import { factoryDate, factoryDateTime, parseFactoryDateTime, toFactoryIso } from '../../shared/domain/factory-calendar';
import { sessionNow } from '../state/session';

const MINUTE = 60_000;

function instantOf(value: string | number | Date): number | null {
  const ms = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

/** "2026-11-23 09:30" on the factory's clock; the input unchanged when it is not a date. */
export function formatDateTime(value: string | number | Date): string {
  const ms = instantOf(value);
  return ms === null ? String(value) : factoryDateTime(ms).replace('T', ' ');
}

/** "2026-11-23", the factory's date. */
export function formatDate(value: string | number | Date): string {
  const ms = instantOf(value);
  return ms === null ? String(value) : factoryDate(ms);
}

/** ISO instant → value for <input type="datetime-local"> ("2026-11-23T09:30", factory time). */
export function isoToLocalInput(iso: string): string {
  const ms = instantOf(iso);
  return ms === null ? '' : factoryDateTime(ms);
}

/**
 * Value of <input type="datetime-local">, read as factory time → ISO 8601
 * with the factory's offset (2026-11-23T09:30:00+08:00). Anything
 * unparseable is returned as is, so validation can report it.
 */
export function localInputToIso(local: string): string {
  const ms = parseFactoryDateTime(local);
  return ms === null ? local : toFactoryIso(ms);
}

/** The current minute as an ISO string with the factory's offset, for a new form. */
export function nowIso(): string {
  return toFactoryIso(Math.floor(sessionNow() / MINUTE) * MINUTE);
}
