/** State of one form of the case page (renderer/ui/form/useRepositoryForm.ts) with the case page's reading of failures. */
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../errors';
import { useRepositoryForm, type FailureView, type RepositoryForm } from '../form/useRepositoryForm';
import { formatBytes } from '../formatBytes';
import { useCaseFileApi, type CaseWriteFailure } from './caseFileContext';
import { missingText } from './missingText';

export type WriteForm = RepositoryForm;

export function useWriteForm(): WriteForm {
  const { t } = useTranslation();
  const { write, file } = useCaseFileApi();
  const explain = (failure: CaseWriteFailure): FailureView => {
    switch (failure.kind) {
      case 'fields':
        return { fieldErrors: failure.fieldErrors, message: t('lc.errors.fixFields') };
      case 'refused':
        return { fieldErrors: {}, message: `${t('lc.errors.refused')} ${failure.missing.map((m) => missingText(m, file.view.returnLines, t)).join(' ')}` };
      case 'locked':
        return { message: t('lc.errors.locked') };
      case 'tooLarge':
        return { message: t('lc.errors.tooLarge', { name: '', size: formatBytes(failure.size), max: formatBytes(failure.maxBytes) }) };
      default:
        return { message: t('lc.errors.generic', { message: errorMessage(failure.error, t) }) };
    }
  };
  return useRepositoryForm(write, explain);
}
