/** The text of a refused delegation write (ValidationFailedError codes of shared/domain/clerks/delegation.ts checkDelegation / checkEndDelegation). */
import type { TFunction } from 'i18next';
import { ValidationFailedError } from '../../db/types';
import { errorMessage } from '../../ui/errors';

const CODES = ['notAllowed', 'alreadyEnded', 'unknown', 'notHolder', 'required', 'self', 'inactive', 'notDelegable', 'invalidDate', 'beforeFrom', 'inPast', 'tooLong'] as const;
type Code = (typeof CODES)[number];
const isCode = (code: string): code is Code => (CODES as readonly string[]).includes(code);

/** One field's problem as text (undefined when none). */
export function delegationProblemText(code: string | undefined, t: TFunction): string | undefined {
  if (!code) return undefined;
  return isCode(code) ? t(`delegation.errors.${code}`) : code;
}

/** Any error of a delegation write as one line; the problems of fields the form shows by themselves are left to it. */
export function delegationErrorText(error: unknown, t: TFunction, shownFields: readonly string[] = []): string | null {
  if (!(error instanceof ValidationFailedError)) return errorMessage(error, t);
  const rest = Object.entries(error.fieldErrors).filter(([field]) => !shownFields.includes(field));
  return rest.length ? rest.map(([, code]) => delegationProblemText(code, t)).join(' ') : null;
}
