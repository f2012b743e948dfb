/**
 * State of one lifecycle form: busy flag, field errors from the repository,
 * and a message for failures that are not about one field. `submit` returns
 * true when the write succeeded.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Repositories } from '../../db';
import { errorMessage } from '../common/errors';
import { useCaseFileApi } from './caseFileContext';
import { missingText } from './missingText';
import { formatBytes } from './writeOutcome';

export interface WriteForm {
  busy: boolean;
  fieldErrors: Record<string, string>;
  message: string | null;
  setFieldErrors: (errors: Record<string, string>) => void;
  submit: <T>(action: (r: Repositories) => Promise<T>, localErrors?: Record<string, string>) => Promise<T | undefined>;
  reset: () => void;
}

export function useWriteForm(): WriteForm {
  const { t } = useTranslation();
  const { write, file } = useCaseFileApi();
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
        setMessage(t('lc.errors.fixFields'));
        break;
      case 'refused':
        setFieldErrors({});
        setMessage(`${t('lc.errors.refused')} ${failure.missing.map((m) => missingText(m, file.view.returnLines, t)).join(' ')}`);
        break;
      case 'locked':
        setMessage(t('lc.errors.locked'));
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
    setFieldErrors,
    submit,
    reset: () => {
      setFieldErrors({});
      setMessage(null);
    },
  };
}
