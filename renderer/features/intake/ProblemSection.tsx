import { Box } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { FOUND_AT, OCCURRENCES } from '../../../shared/domain/case';
import { ChoiceRadioGroup } from './ChoiceRadioGroup';
import { FormSection } from './FormSection';
import { DefectTypePicker } from './IntakePickers';
import { IntakeTextField } from './IntakeTextField';
import type { IntakeFormState } from './useIntakeForm';

export function ProblemSection({ form }: { form: IntakeFormState }) {
  const { t } = useTranslation();
  return (
    <FormSection id="intake-section-problem" title={t('sections.problem')} columns={false}>
      <DefectTypePicker form={form} />
      <IntakeTextField form={form} field="defectDescription" required multiline minRows={3} maxRows={12} hint={t('hints.defectDescription')} />
      <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 4, rowGap: 1 }}>
        <ChoiceRadioGroup form={form} field="foundAt" options={FOUND_AT} />
        <ChoiceRadioGroup form={form} field="occurrence" options={OCCURRENCES} />
      </Box>
    </FormSection>
  );
}
