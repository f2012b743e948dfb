/**
 * Form state of the intake form: the draft, which fields were touched,
 * whether the user tried to submit, and errors coming back from the
 * repository. Errors are computed by validateIntake() on every change and
 * shown once a field was touched or a submit was attempted.
 */
import { useCallback, useMemo, useState } from 'react';
import type { CaseField, CaseIntake } from '../../../shared/domain/case';
import { validateIntake, type FieldErrors } from '../../../shared/domain/intakeValidation';
import { draftFromIntake, intakeFromDraft, type IntakeDraft } from './draft';

export interface IntakeFormState {
  draft: IntakeDraft;
  intake: CaseIntake;
  errors: FieldErrors;
  set: <K extends keyof IntakeDraft>(field: K, value: IntakeDraft[K]) => void;
  touch: (field: CaseField) => void;
  /** The error code (or repository message) to show at a field now, if any. */
  visibleError: (field: CaseField) => string | undefined;
  markSubmitted: () => void;
  setServerErrors: (errors: Record<string, string>) => void;
}

export function useIntakeForm(initial: CaseIntake): IntakeFormState {
  const [draft, setDraft] = useState(() => draftFromIntake(initial));
  const [touched, setTouched] = useState<ReadonlySet<CaseField>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrorsState] = useState<Record<string, string>>({});

  const intake = useMemo(() => intakeFromDraft(draft), [draft]);
  const errors = useMemo(() => validateIntake(intake, new Date()), [intake]);

  const set = useCallback(<K extends keyof IntakeDraft>(field: K, value: IntakeDraft[K]) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setServerErrorsState((s) => {
      if (!(field in s)) return s;
      const { [field]: _dropped, ...rest } = s;
      return rest;
    });
  }, []);

  const touch = useCallback((field: CaseField) => {
    setTouched((prev) => (prev.has(field) ? prev : new Set(prev).add(field)));
  }, []);

  const visibleError = useCallback(
    (field: CaseField) => serverErrors[field] ?? (submitted || touched.has(field) ? errors[field] : undefined),
    [errors, serverErrors, submitted, touched],
  );

  return {
    draft,
    intake,
    errors,
    set,
    touch,
    visibleError,
    markSubmitted: useCallback(() => setSubmitted(true), []),
    setServerErrors: setServerErrorsState,
  };
}
