/**
 * What a failed repository write means for the form that made it: field
 * errors (ValidationFailedError), what is missing (TransitionRefusedError),
 * a locked case, a file over the size limit, or anything else. Pure.
 */
import { AttachmentTooLargeError, CaseLockedError, TransitionRefusedError, ValidationFailedError } from '../../db';
import type { MissingReason } from '../../../shared/domain/lifecycle/states';

export type WriteFailure =
  | { kind: 'fields'; fieldErrors: Record<string, string> }
  | { kind: 'refused'; missing: MissingReason[] }
  | { kind: 'locked' }
  | { kind: 'tooLarge'; size: number; maxBytes: number }
  | { kind: 'other'; error: unknown };

export function classifyWriteError(error: unknown): WriteFailure {
  if (error instanceof ValidationFailedError) return { kind: 'fields', fieldErrors: error.fieldErrors };
  if (error instanceof TransitionRefusedError) return { kind: 'refused', missing: error.missing };
  if (error instanceof CaseLockedError) return { kind: 'locked' };
  if (error instanceof AttachmentTooLargeError) return { kind: 'tooLarge', size: error.size, maxBytes: error.maxBytes };
  return { kind: 'other', error };
}

/** Field errors of one return line (`<lineId>.<field>` keys) as plain field keys. */
export function errorsOfLine(fieldErrors: Record<string, string>, lineId: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, code] of Object.entries(fieldErrors)) {
    if (key.startsWith(`${lineId}.`)) out[key.slice(lineId.length + 1)] = code;
    else if (!key.includes('.')) out[key] = code;
  }
  return out;
}

/** 1536 → "1.5 KB"; 52428800 → "50 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}
