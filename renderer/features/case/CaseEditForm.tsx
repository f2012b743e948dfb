/** Editing a case: the intake form, filled from the case, saving only what changed. */
import { Button } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { intakeOf, type ComplaintCase } from '../../../shared/domain/case';
import { notify } from '../common/notify';
import { useRepositories } from '../common/session';
import { IntakeForm } from '../intake/IntakeForm';

interface Props {
  record: ComplaintCase;
  onSaved: (record: ComplaintCase) => void;
  onCancel: () => void;
}

export function CaseEditForm({ record, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  return (
    <IntakeForm
      initial={intakeOf(record)}
      submitLabel={t('case.save')}
      actions={
        <Button variant="outlined" onClick={onCancel}>
          {t('case.cancel')}
        </Button>
      }
      onSubmit={async (intake) => {
        const saved = await repositories.cases.update(record.id, intake);
        notify(t('case.saved', { number: saved.caseNumber }));
        onSaved(saved);
      }}
    />
  );
}
