/** State of one 8D form (renderer/ui/form/useRepositoryForm.ts) with the 8D page's reading of failures; and signed writes of the 8D page. */
import { useTranslation } from 'react-i18next';
import type { Repositories } from '../../db';
import type { SignOutcome } from '../../ui/signing/SignDialog';
import { signedWriteOf } from '../../ui/signing/signOutcome';
import { errorMessage } from '../../ui/errors';
import { useRepositoryForm, type FailureView, type RepositoryForm } from '../../ui/form/useRepositoryForm';
import { formatBytes } from '../../ui/formatBytes';
import { useEightD, type EightDWriteFailure } from './eightDFileContext';
import { eightDFieldErrorText, eightDMissingText } from './missingText';

export type EightDForm = RepositoryForm;

/** How the 8D page explains a failed write. */
function useExplain(): (failure: EightDWriteFailure) => FailureView {
  const { t } = useTranslation();
  const { file } = useEightD();
  return (failure) => {
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
}

export function useEightDForm(): EightDForm {
  const { write } = useEightD();
  return useRepositoryForm(write, useExplain());
}

/** A signed write of the 8D page (SignDialog's onSign): null once signed, else what to tell the signer. */
export function useEightDSignedWrite(): (action: (repositories: Repositories) => Promise<unknown>) => Promise<SignOutcome> {
  return signedWriteOf(useEightD().write, useExplain());
}
