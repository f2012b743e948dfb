/** The text of a refused signature (ValidationFailedError fields password, signer, meaning of a signed write: renderer/db/signing.ts). Pure. */
import type { TFunction } from 'i18next';

const CODES = ['required', 'wrongPassword', 'locked', 'deactivated', 'noPassword', 'unknownClerk', 'notSignedIn', 'inactive', 'roleMissing'] as const;
const SIGNING_FIELDS = new Set(['password', 'signer', 'meaning']);

/** The signing problems among a write's field errors as one line, or null when there are none. */
export function signingErrorText(fieldErrors: Readonly<Record<string, string>>, t: TFunction): string | null {
  const lines: string[] = [];
  for (const [field, code] of Object.entries(fieldErrors)) {
    if (!SIGNING_FIELDS.has(field)) continue;
    if (field === 'meaning') lines.push(t('sign.errors.meaningMissing'));
    else lines.push((CODES as readonly string[]).includes(code) ? t(`sign.errors.${code as (typeof CODES)[number]}`) : code);
  }
  return lines.length ? lines.join(' ') : null;
}

/** The field errors that are not about signing (shown at their own fields). */
export function withoutSigningErrors(fieldErrors: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(fieldErrors).filter(([field]) => !SIGNING_FIELDS.has(field)));
}
