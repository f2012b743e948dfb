import { Box, Checkbox, FormControlLabel, FormHelperText } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { DefectRate } from './DefectRate';
import { FormSection } from './FormSection';
import { IntakeTextField } from './IntakeTextField';
import type { IntakeFormState } from './useIntakeForm';

const numeric = { htmlInput: { inputMode: 'numeric' as const } };

export function QuantitySection({ form }: { form: IntakeFormState }) {
  const { t } = useTranslation();
  const pending = form.draft.quantityPending;
  return (
    <FormSection id="intake-section-quantity" title={t('sections.quantity')}>
      <IntakeTextField form={form} field="quantityDelivered" slotProps={numeric} />
      <IntakeTextField form={form} field="quantityInspected" slotProps={numeric} disabled={pending} />
      <IntakeTextField form={form} field="quantityDefective" slotProps={numeric} disabled={pending} required={!pending} />
      <DefectRate intake={form.intake} />
      <Box sx={{ gridColumn: '1 / -1' }}>
        <FormControlLabel
          control={
            <Checkbox
              name="quantityPending"
              checked={pending}
              onChange={(event) => {
                form.set('quantityPending', event.target.checked);
                form.touch('quantityPending');
              }}
            />
          }
          label={t('fields.quantityPending')}
        />
        <FormHelperText sx={{ mt: -0.5, ml: 4 }}>{t('hints.quantityPending')}</FormHelperText>
      </Box>
    </FormSection>
  );
}
