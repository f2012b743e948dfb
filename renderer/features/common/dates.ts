/**
 * Local date formatting for the UI (yyyy-MM-dd HH:mm, the way clerks write
 * dates in their ledgers), built on Intl so the time zone is the PC's own,
 * and the conversions between stored ISO strings and the values of
 * <input type="datetime-local">.
 */
import { sessionNow } from './session';

const dateTimeFormat = new Intl.DateTimeFormat('en-CA', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function parts(date: Date): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of dateTimeFormat.formatToParts(date)) out[part.type] = part.value;
  return out;
}

function toDate(value: string | number | Date): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "2026-11-23 09:30" in local time; the input unchanged when it is not a date. */
export function formatDateTime(value: string | number | Date): string {
  const date = toDate(value);
  if (!date) return String(value);
  const p = parts(date);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** "2026-11-23" in local time. */
export function formatDate(value: string | number | Date): string {
  const date = toDate(value);
  if (!date) return String(value);
  const p = parts(date);
  return `${p.year}-${p.month}-${p.day}`;
}

/** ISO instant → value for <input type="datetime-local"> ("2026-11-23T09:30"). */
export function isoToLocalInput(iso: string): string {
  const date = toDate(iso);
  if (!date || iso === '') return '';
  return formatDateTime(date).replace(' ', 'T');
}

function pad(n: number): string {
  return String(Math.abs(n)).padStart(2, '0');
}

/**
 * Value of <input type="datetime-local"> → ISO 8601 with the PC's offset
 * (2026-11-23T09:30:00+08:00). Anything unparseable is returned as is, so
 * validation can report it.
 */
export function localInputToIso(local: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!m) return local;
  const [year, month, day, hour, minute, second] = m.slice(1).map((v) => Number(v ?? 0)) as [number, number, number, number, number, number];
  const date = new Date(year, month - 1, day, hour, minute, second);
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${pad(second)}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/** The current minute as an ISO string with offset, for a new form. */
export function nowIso(now: Date = new Date(sessionNow())): string {
  return localInputToIso(isoToLocalInput(now.toISOString()));
}
