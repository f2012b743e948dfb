/** State of one form of the case page (renderer/ui/form/useRepositoryForm.ts) with the case page's reading of failures; and signed writes of the case page. */
import { useTranslation } from 'react-i18next';
import type { Repositories } from '../../db';
import { errorMessage } from '../errors';
import { useRepositoryForm, type FailureView, type RepositoryForm } from '../form/useRepositoryForm';
import { formatBytes } from '../formatBytes';
import type { SignOutcome } from '../signing/SignDialog';
import { signedWriteOf } from '../signing/signOutcome';
import { useCaseFileApi, type CaseWriteFailure } from './caseFileContext';
import { missingText } from './missingText';

export type WriteForm = RepositoryForm;

/** How the case page explains a failed write. */
function useExplain(): (failure: CaseWriteFailure) => FailureView {
  const { t } = useTranslation();
  const { file } = useCaseFileApi();
  return (failure) => {
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
}

export function useWriteForm(): WriteForm {
  const { write } = useCaseFileApi();
  return useRepositoryForm(write, useExplain());
}

/** A signed write of the case page (SignDialog's onSign): null once signed, else what to tell the signer. */
export function useSignedWrite(): (action: (repositories: Repositories) => Promise<unknown>) => Promise<SignOutcome> {
  return signedWriteOf(useCaseFileApi().write, useExplain());
}
