/** Turns any thrown value into a message a clerk can read, via i18n. */
import type { TFunction } from 'i18next';
import { DesktopApiError } from '../../../shared/ipc/result';
import { NumberingNotConfiguredError, ReadOnlyError } from '../../db/types';

export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof DesktopApiError) {
    if (error.code === 'failed') return t('errors.failed', { message: error.message });
    return t(`errors.${error.code}`);
  }
  if (error instanceof NumberingNotConfiguredError) return t('errors.numbering');
  if (error instanceof ReadOnlyError) return t('sync.readOnlyWrite');
  const message = error instanceof Error ? error.message : String(error);
  return t('errors.generic', { message });
}
