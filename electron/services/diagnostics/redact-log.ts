/**
 * What a log line may keep: the diagnostics pack goes to IT (and maybe
 * further), so the log holds no passwords and no personal data beyond case
 * numbers. Cuts absolute paths to their last part (redact-paths.ts: a
 * profile path names the Windows user), and masks secrets given as
 * key=value or "key": "value" (password, pin, token, secret), e-mail
 * addresses, mainland mobile and landline numbers and resident ID numbers.
 * Case numbers (2612-B-001) and uuids are left as they are.
 */
import { redactPaths } from '../redact-paths';

const SECRET = /((?:password|passwd|pwd|pin|token|secret|口令|密码)["']?\s*[:=]\s*["']?)([^"'\s,;}&]+)/gi;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
/** 18-digit resident ID (last may be X), not inside a longer number. */
const RESIDENT_ID = /(?<![0-9A-Za-z-])\d{17}[\dXx](?![0-9A-Za-z-])/g;
/** Mobile 1[3-9]xxxxxxxxx, optionally +86; not inside a longer number or an id. */
const MOBILE = /(?<![0-9A-Za-z-])(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?![0-9A-Za-z-])/g;
/** Landline with area code: 0xx(x)-xxxxxxx(x). */
const LANDLINE = /(?<![0-9A-Za-z-])0\d{2,3}-\d{7,8}(?![0-9A-Za-z-])/g;

export function redactLogText(text: string): string {
  return redactPaths(text)
    .replace(SECRET, (_match, key: string) => `${key}***`)
    .replace(EMAIL, '[email]')
    .replace(RESIDENT_ID, '[id]')
    .replace(MOBILE, '[phone]')
    .replace(LANDLINE, '[phone]');
}
