/** How the 归档 views word a failed archive write (the repository's field errors, a file that did not check out). Pure. */
import type { TFunction } from 'i18next';
import { ArchiveRefused } from '../../../shared/archive/case-archive';
import { ValidationFailedError } from '../../db';
import { ArchiveNotVerifiedError } from '../../state/retention';
import { errorMessage } from '../../ui/errors';

const REFUSALS = ['changedSinceArchive', 'notVerified', 'alreadyConfirmed', 'discarded'] as const;

export function archiveFailureText(error: unknown, t: TFunction): string {
  if (error instanceof ArchiveNotVerifiedError) return t('retention.notVerified', { detail: error.detail });
  if (error instanceof ArchiveRefused) return t('archive.refused', { reason: error.message });
  if (error instanceof ValidationFailedError) {
    const code = error.fieldErrors.batch ?? error.fieldErrors.file;
    const known = REFUSALS.find((r) => r === code);
    if (known) return t(`retention.refusal.${known}`, { cases: error.fieldErrors.cases ?? '' });
  }
  return errorMessage(error, t);
}
