/**
 * Form state of the intake form: the draft, which fields were touched,
 * whether the user tried to submit, and errors coming back from the
 * repository. Errors are computed by validateIntake() on every change and
 * shown once a field was touched or a submit was attempted. Editing a case,
 * the untouched fields follow the stored case and `edit()` gives only the
 * fields the clerk changed (renderer/ui/form/useFieldDraft.ts).
 */
import { useCallback, useMemo, useState } from 'react';
import { useFieldDraft, type FieldEdit } from '../../ui/form/useFieldDraft';
import type { CaseField, CaseIntake } from '../../../shared/domain/case';
import { validateIntake, type FieldErrors } from '../../../shared/domain/intakeValidation';
import { draftFromIntake, intakeFromDraft, type IntakeDraft } from './draft';
import { sessionNow } from '../../state/session';

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
  /** The fields the clerk changed and what the form showed for them (a case edit writes only these). */
  edit: () => FieldEdit<CaseIntake>;
}

/** `initial`: keep it the same object while the record is the same (a new one = the record changed). */
export function useIntakeForm(initial: CaseIntake): IntakeFormState {
  const source = useMemo(() => draftFromIntake(initial), [initial]);
  const fields = useFieldDraft(source);
  const { draft } = fields;
  const [touched, setTouched] = useState<ReadonlySet<CaseField>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrorsState] = useState<Record<string, string>>({});

  const intake = intakeFromDraft(draft);
  const errors = validateIntake(intake, new Date(sessionNow()));

  const setFields = fields.set;
  const set = <K extends keyof IntakeDraft>(field: K, value: IntakeDraft[K]) => {
    setFields({ [field]: value });
    setServerErrorsState((s) => {
      if (!(field in s)) return s;
      const { [field]: _dropped, ...rest } = s;
      return rest;
    });
  };

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
    edit: () => fields.edit(intakeFromDraft),
  };
}
