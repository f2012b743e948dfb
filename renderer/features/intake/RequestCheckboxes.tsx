/** 客户要求: what the customer asks for, any number of them (at least one). */
import { Checkbox, FormControl, FormControlLabel, FormGroup, FormHelperText, FormLabel } from '@mui/material';
import { visuallyHidden } from '../../ui/visuallyHidden';
import { useTranslation } from 'react-i18next';
import { CUSTOMER_REQUESTS, type CustomerRequest } from '../../../shared/domain/case';
import { useErrorText } from './useErrorText';
import type { IntakeFormState } from './useIntakeForm';

function toggled(list: readonly CustomerRequest[], request: CustomerRequest, on: boolean): CustomerRequest[] {
  const next = new Set(list);
  if (on) next.add(request);
  else next.delete(request);
  // Keep the canonical order so equal selections compare equal.
  return CUSTOMER_REQUESTS.filter((r) => next.has(r));
}

/** `hideLegend`: the section heading already says 客户要求; the legend stays for screen readers. */
export function RequestCheckboxes({ form, disabled, hideLegend = false }: { form: IntakeFormState; disabled?: boolean; hideLegend?: boolean }) {
  const { t } = useTranslation();
  const errorText = useErrorText(form.visibleError('customerRequests'));
  const selected = form.draft.customerRequests;
  return (
    <FormControl component="fieldset" error={errorText !== undefined} disabled={disabled}>
      <FormLabel component="legend" sx={hideLegend ? visuallyHidden : undefined}>
        {t('fields.customerRequests')}
      </FormLabel>
      <FormGroup row>
        {CUSTOMER_REQUESTS.map((request) => (
          <FormControlLabel
            key={request}
            label={t(`choices.customerRequests.${request}`)}
            control={
              <Checkbox
                size="small"
                name="customerRequests"
                value={request}
                checked={selected.includes(request)}
                onChange={(event) => {
                  form.set('customerRequests', toggled(selected, request, event.target.checked));
                  form.touch('customerRequests');
                }}
              />
            }
          />
        ))}
      </FormGroup>
      {errorText && <FormHelperText>{errorText}</FormHelperText>}
    </FormControl>
  );
}
