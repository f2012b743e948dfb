/** Turns any thrown value into a message a clerk can read, via i18n. */
import type { TFunction } from 'i18next';
import { DesktopApiError } from '../../shared/ipc/result';
import { NumberingNotConfiguredError, ReadOnlyError } from '../db/types';
import { text, translate, type Translatable } from '../i18n/translatable';

/** The error as an i18n key and params (kept by notices, which follow a language switch). */
export function errorText(error: unknown): Translatable {
  if (error instanceof DesktopApiError) {
    if (error.code === 'failed') return text('errors.failed', { message: error.message });
    return text(`errors.${error.code}`);
  }
  if (error instanceof NumberingNotConfiguredError) return text('errors.numbering');
  if (error instanceof ReadOnlyError) return text('sync.readOnlyWrite');
  const message = error instanceof Error ? error.message : String(error);
  return text('errors.generic', { message });
}

export function errorMessage(error: unknown, t: TFunction): string {
  return translate(t, errorText(error));
}
