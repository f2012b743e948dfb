/** State of one 8D form (renderer/ui/form/useRepositoryForm.ts) with the 8D page's reading of failures. */
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../ui/errors';
import { useRepositoryForm, type FailureView, type RepositoryForm } from '../../ui/form/useRepositoryForm';
import { formatBytes } from '../../ui/formatBytes';
import { useEightD, type EightDWriteFailure } from './eightDFileContext';
import { eightDFieldErrorText, eightDMissingText } from './missingText';

export type EightDForm = RepositoryForm;

export function useEightDForm(): EightDForm {
  const { t } = useTranslation();
  const { write, file } = useEightD();
  const explain = (failure: EightDWriteFailure): FailureView => {
    switch (failure.kind) {
      case 'fields':
        // 'report' is about the whole report (approved / closed: frozen until re-opened), not one field.
        return { fieldErrors: failure.fieldErrors, message: failure.fieldErrors.report ? (eightDFieldErrorText(failure.fieldErrors.report, t) ?? null) : t('lc.errors.fixFields') };
      case 'refused':
        return { fieldErrors: {}, message: `${t('lc.errors.refused')} ${failure.missing.map((m) => eightDMissingText(m, t, file.bundle)).join(' ')}` };
      case 'locked':
        return { message: t('eightD.errors.caseLocked') };
      case 'tooLarge':
        return { message: t('lc.errors.tooLarge', { name: '', size: formatBytes(failure.size), max: formatBytes(failure.maxBytes) }) };
      default:
        return { message: t('lc.errors.generic', { message: errorMessage(failure.error, t) }) };
    }
  };
  return useRepositoryForm(write, explain);
}
