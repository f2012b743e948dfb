/**
 * The intake form, used for a new complaint and for editing a case. It owns
 * only form state; what "save" means (create or update) is the caller's.
 * Validation: shared validateIntake(); the repository's ValidationFailedError
 * is shown at the fields too.
 */
import { Alert, Box, Button, CircularProgress, Typography } from '@mui/material';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { INTAKE_FIELDS, type CaseField, type CaseIntake } from '../../../shared/domain/case';
import { hasErrors } from '../../../shared/domain/field-checks';
import { ValidationFailedError } from '../../db/types';
import { errorMessage } from '../../ui/errors';
import type { FieldEdit } from '../../ui/form/useFieldDraft';
import { CustomerSection } from './CustomerSection';
import { ProblemSection } from './ProblemSection';
import { ProductSection } from './ProductSection';
import { QuantitySection } from './QuantitySection';
import { RequestsSection } from './RequestsSection';
import { useIntakeForm } from './useIntakeForm';
import { useSaveShortcut } from './useSaveShortcut';

interface Props {
  initial: CaseIntake;
  submitLabel: string;
  /** Persists the intake (whole, or only the clerk's changes: `edit`); may throw ValidationFailedError. */
  onSubmit: (intake: CaseIntake, edit: FieldEdit<CaseIntake>) => Promise<void>;
  /** Extra buttons next to the submit button (e.g. Cancel). */
  actions?: ReactNode;
}

export function IntakeForm({ initial, submitLabel, onSubmit, actions }: Props) {
  const { t } = useTranslation();
  const form = useIntakeForm(initial);
  const formRef = useRef<HTMLFormElement>(null);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const errorCount = Object.keys(form.errors).length;
  const [showSummary, setShowSummary] = useState(false);

  const focusField = (field: string) => formRef.current?.querySelector<HTMLElement>(`[name="${field}"]:not([disabled])`)?.focus();

  const submit = async () => {
    if (saving) return;
    form.markSubmitted();
    setFailure(null);
    if (hasErrors(form.errors)) {
      setShowSummary(true);
      const first = INTAKE_FIELDS.find((field: CaseField) => form.errors[field]);
      if (first) focusField(first);
      return;
    }
    setShowSummary(false);
    setSaving(true);
    try {
      await onSubmit(form.intake, form.edit());
    } catch (error) {
      if (error instanceof ValidationFailedError) {
        form.setServerErrors(error.fieldErrors);
        const first = Object.keys(error.fieldErrors)[0];
        if (first) focusField(first);
      } else {
        setFailure(errorMessage(error, t));
      }
    } finally {
      setSaving(false);
    }
  };

  useSaveShortcut(() => void submit());

  return (
    <Box
      component="form"
      ref={formRef}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <CustomerSection form={form} />
      <ProductSection form={form} />
      <QuantitySection form={form} />
      <ProblemSection form={form} />
      <RequestsSection form={form} />
      {showSummary && errorCount > 0 && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {t('validation.summary', { count: errorCount })}
        </Alert>
      )}
      {failure && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {failure}
        </Alert>
      )}
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, position: 'sticky', bottom: -20, py: 1.5, zIndex: 2, bgcolor: 'background.default', borderTop: 1, borderColor: 'divider' }}>
        <Button type="submit" variant="contained" size="large" disabled={saving} startIcon={saving ? <CircularProgress size={16} color="inherit" /> : undefined}>
          {saving ? t('intake.saving') : submitLabel}
        </Button>
        {actions}
        <Typography variant="caption" color="text.secondary" sx={{ ml: 'auto' }}>
          {t('intake.shortcut')}
        </Typography>
      </Box>
    </Box>
  );
}
