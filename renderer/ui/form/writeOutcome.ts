/**
 * What a failed repository write means for the form that made it — the one
 * reading for the case page and the 8D page: field errors
 * (ValidationFailedError), the reasons of a refusal, a locked case, a file
 * over the size limit, or anything else. Which refusal a page explains is
 * its own (the case's state machine: TransitionRefusedError; an 8D approval
 * or closure: EightDRefusedError), passed in as `refusalReasons`. Pure.
 */
import { AttachmentTooLargeError, CaseLockedError, ValidationFailedError } from '../../db';

export type WriteFailure<Missing> =
  | { kind: 'fields'; fieldErrors: Record<string, string> }
  | { kind: 'refused'; missing: readonly Missing[] }
  | { kind: 'locked' }
  | { kind: 'tooLarge'; size: number; maxBytes: number }
  | { kind: 'other'; error: unknown };

/** A write's value, or what went wrong (the write changed nothing then). */
export type WriteResult<T, F> = { ok: true; value: T } | { ok: false; failure: F };

/** The reasons of the refusal a page explains, or null when `error` is not that refusal. */
export type RefusalReasons<Missing> = (error: unknown) => readonly Missing[] | null;

export function classifyWriteError<Missing>(error: unknown, refusalReasons: RefusalReasons<Missing>): WriteFailure<Missing> {
  if (error instanceof ValidationFailedError) return { kind: 'fields', fieldErrors: error.fieldErrors };
  const missing = refusalReasons(error);
  if (missing) return { kind: 'refused', missing };
  if (error instanceof CaseLockedError) return { kind: 'locked' };
  if (error instanceof AttachmentTooLargeError) return { kind: 'tooLarge', size: error.size, maxBytes: error.maxBytes };
  return { kind: 'other', error };
}
