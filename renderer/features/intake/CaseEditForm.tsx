/**
 * Editing a case: the intake form, filled from the case and following it
 * while open (a merge shows in the fields the clerk has not touched), saving
 * only the fields the clerk changed — with what the form showed for them, so
 * a field changed underneath becomes a visible conflict.
 */
import { Button } from '@mui/material';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { intakeOf, type ComplaintCase } from '../../../shared/domain/case';
import { notify } from '../../state/notices';
import { useRepositories } from '../../state/session';
import { IntakeForm } from './IntakeForm';

interface Props {
  record: ComplaintCase;
  onSaved: (record: ComplaintCase) => void;
  onCancel: () => void;
}

export function CaseEditForm({ record, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const initial = useMemo(() => intakeOf(record), [record]);
  return (
    <IntakeForm
      initial={initial}
      submitLabel={t('case.save')}
      actions={
        <Button variant="outlined" onClick={onCancel}>
          {t('case.cancel')}
        </Button>
      }
      onSubmit={async (_intake, { patch, seen }) => {
        const saved = await repositories.cases.update(record.id, patch, seen);
        notify('case.saved', { number: saved.caseNumber });
        onSaved(saved);
      }}
    />
  );
}
