/**
 * What a failed 8D write means for the form that made it: field errors
 * (ValidationFailedError), the reasons of a refused approval / closure
 * (EightDRefusedError), a locked case, a file over the size limit, or
 * anything else. Pure.
 */
import { AttachmentTooLargeError, CaseLockedError, ValidationFailedError } from '../../db';
import { EightDRefusedError, type EightDMissing } from '../../db/eightd-types';

export type EightDWriteFailure =
  | { kind: 'fields'; fieldErrors: Record<string, string> }
  | { kind: 'refused'; missing: EightDMissing[] }
  | { kind: 'locked' }
  | { kind: 'tooLarge'; size: number; maxBytes: number }
  | { kind: 'other'; error: unknown };

export function classifyEightDError(error: unknown): EightDWriteFailure {
  if (error instanceof ValidationFailedError) return { kind: 'fields', fieldErrors: error.fieldErrors };
  if (error instanceof EightDRefusedError) return { kind: 'refused', missing: error.missing };
  if (error instanceof CaseLockedError) return { kind: 'locked' };
  if (error instanceof AttachmentTooLargeError) return { kind: 'tooLarge', size: error.size, maxBytes: error.maxBytes };
  return { kind: 'other', error };
}
