/** The text of a refused password or clerk change (ValidationFailedError field codes of the clerk repository). */
import type { TFunction } from 'i18next';
import { ValidationFailedError } from '../../db/types';
import { errorMessage } from '../errors';

const PASSWORD_CODES = ['required', 'tooShort', 'tooLong', 'mismatch', 'wrong', 'alreadySet'] as const;
const CLERK_CODES = ['notAdmin', 'notSignedIn', 'lastAdmin', 'clerksExist', 'taken', 'required', 'tooLong', 'unknownRole'] as const;

/** A password rule's code (shared/domain/clerks/password.ts checkNewPassword) as text. */
export function passwordProblemText(code: string | null | undefined, t: TFunction): string | undefined {
  if (!code) return undefined;
  return (PASSWORD_CODES as readonly string[]).includes(code) ? t(`signIn.errors.${code as (typeof PASSWORD_CODES)[number]}`) : code;
}

/** Any error of a clerk write, as one line a clerk can read. Never includes input values. */
export function clerkErrorText(error: unknown, t: TFunction): string {
  if (!(error instanceof ValidationFailedError)) return errorMessage(error, t);
  return Object.entries(error.fieldErrors)
    .map(([field, code]) => {
      if (field === 'password' || field === 'currentPassword') return passwordProblemText(code, t) ?? code;
      const text = (CLERK_CODES as readonly string[]).includes(code) ? t(`clerks.errors.${code as (typeof CLERK_CODES)[number]}`) : code;
      return field === 'name' || field === 'department' ? `${t(`clerks.${field}`)}: ${text}` : text;
    })
    .join(' ');
}
