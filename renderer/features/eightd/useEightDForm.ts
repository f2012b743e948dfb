/**
 * State of one 8D form: busy flag, field errors from the repository (or from
 * the form's own number checks), and a message for failures that are not
 * about one field. `submit` returns the written value, or undefined when
 * nothing was written (the form keeps what the clerk typed).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Repositories } from '../../db';
import { errorMessage } from '../common/errors';
import { formatBytes } from '../lifecycle/writeOutcome';
import { useEightD } from './eightDFileContext';
import { eightDFieldErrorText, eightDMissingText } from './missingText';

export interface EightDForm {
  busy: boolean;
  fieldErrors: Record<string, string>;
  message: string | null;
  submit: <T>(action: (r: Repositories) => Promise<T>, localErrors?: Record<string, string>) => Promise<T | undefined>;
  reset: () => void;
}

export function useEightDForm(): EightDForm {
  const { t } = useTranslation();
  const { write, file } = useEightD();
  const [busy, setBusy] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);

  const submit = async <T,>(action: (r: Repositories) => Promise<T>, localErrors: Record<string, string> = {}): Promise<T | undefined> => {
    if (Object.keys(localErrors).length > 0) {
      setFieldErrors(localErrors);
      setMessage(t('lc.errors.fixFields'));
      return undefined;
    }
    setBusy(true);
    setMessage(null);
    const result = await write(action);
    setBusy(false);
    if (result.ok) {
      setFieldErrors({});
      return result.value;
    }
    const failure = result.failure;
    switch (failure.kind) {
      case 'fields':
        setFieldErrors(failure.fieldErrors);
        // 'report' is about the whole report (approved / closed: frozen until re-opened), not one field.
        setMessage(failure.fieldErrors.report ? (eightDFieldErrorText(failure.fieldErrors.report, t) ?? null) : t('lc.errors.fixFields'));
        break;
      case 'refused':
        setFieldErrors({});
        setMessage(`${t('lc.errors.refused')} ${failure.missing.map((m) => eightDMissingText(m, t, file.bundle)).join(' ')}`);
        break;
      case 'locked':
        setMessage(t('eightD.errors.caseLocked'));
        break;
      case 'tooLarge':
        setMessage(t('lc.errors.tooLarge', { name: '', size: formatBytes(failure.size), max: formatBytes(failure.maxBytes) }));
        break;
      default:
        setMessage(t('lc.errors.generic', { message: errorMessage(failure.error, t) }));
    }
    return undefined;
  };

  return {
    busy,
    fieldErrors,
    message,
    submit,
    reset: () => {
      setFieldErrors({});
      setMessage(null);
    },
  };
}
