import { useTranslation } from 'react-i18next';
import { MARKETS } from '../../../shared/domain/case';
import { ChoiceRadioGroup } from './ChoiceRadioGroup';
import { ContactChannelSelect } from './ContactChannelSelect';
import { FormSection } from './FormSection';
import { IntakePicker } from './IntakePickers';
import { IntakeTextField } from './IntakeTextField';
import type { IntakeFormState } from './useIntakeForm';

export function CustomerSection({ form }: { form: IntakeFormState }) {
  const { t } = useTranslation();
  return (
    <FormSection id="intake-section-customer" title={t('sections.customer')}>
      <IntakePicker form={form} field="customerName" required autoFocus />
      <IntakeTextField form={form} field="contactPerson" />
      <ContactChannelSelect form={form} />
      <IntakeTextField form={form} field="contactDetail" hint={t('hints.contactDetail')} />
      <IntakeTextField form={form} field="receivedAt" type="datetime-local" required slotProps={{ inputLabel: { shrink: true } }} />
      <ChoiceRadioGroup form={form} field="market" options={MARKETS} />
    </FormSection>
  );
}
