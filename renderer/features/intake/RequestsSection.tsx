import { useTranslation } from 'react-i18next';
import { FormSection } from './FormSection';
import { RequestCheckboxes } from './RequestCheckboxes';
import type { IntakeFormState } from './useIntakeForm';

export function RequestsSection({ form }: { form: IntakeFormState }) {
  const { t } = useTranslation();
  return (
    <FormSection id="intake-section-requests" title={t('sections.requests')} columns={false}>
      <RequestCheckboxes form={form} hideLegend />
    </FormSection>
  );
}
