import { useTranslation } from 'react-i18next';
import { FormSection } from './FormSection';
import { IntakePicker } from './IntakePickers';
import { IntakeTextField } from './IntakeTextField';
import type { IntakeFormState } from './useIntakeForm';

export function ProductSection({ form }: { form: IntakeFormState }) {
  const { t } = useTranslation();
  return (
    <FormSection id="intake-section-product" title={t('sections.product')}>
      <IntakePicker form={form} field="productModel" required />
      <IntakeTextField form={form} field="partNumber" />
      <IntakeTextField form={form} field="orderNumber" />
      <IntakeTextField form={form} field="originalNumber" />
      <IntakeTextField form={form} field="lotNumber" />
      <IntakeTextField form={form} field="shipDate" type="date" />
    </FormSection>
  );
}
