/**
 * State of one form that writes through a repository: busy flag, field
 * errors (from the repository or the form's own checks), and a message for
 * failures that are not about one field. `submit` returns the written value,
 * or undefined when nothing was written (the form keeps what the clerk
 * typed). What a failure means is the caller's (`explain`): the case page and
 * the 8D page know different refusals.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Repositories } from '../../db';
import type { WriteResult } from './writeOutcome';

/** What the form shows for a failure: the field errors (undefined = keep the current ones) and the message. */
export interface FailureView {
  fieldErrors?: Record<string, string>;
  message: string | null;
}

export interface RepositoryForm {
  busy: boolean;
  fieldErrors: Record<string, string>;
  message: string | null;
  setFieldErrors: (errors: Record<string, string>) => void;
  submit: <T>(action: (r: Repositories) => Promise<T>, localErrors?: Record<string, string>) => Promise<T | undefined>;
  reset: () => void;
}

export function useRepositoryForm<F>(write: <T>(action: (r: Repositories) => Promise<T>) => Promise<WriteResult<T, F>>, explain: (failure: F) => FailureView): RepositoryForm {
  const { t } = useTranslation();
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
    const view = explain(result.failure);
    if (view.fieldErrors) setFieldErrors(view.fieldErrors);
    setMessage(view.message);
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
