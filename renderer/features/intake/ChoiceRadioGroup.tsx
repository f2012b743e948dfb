/** A radio group for one choice field (market, found at, occurrence), labelled by a legend. */
import { FormControl, FormControlLabel, FormHelperText, FormLabel, Radio, RadioGroup } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { IntakeFormState } from './useIntakeForm';
import { useErrorText } from './useErrorText';

type ChoiceField = 'market' | 'foundAt' | 'occurrence';

interface Props<F extends ChoiceField> {
  form: IntakeFormState;
  field: F;
  options: readonly IntakeFormState['draft'][F][];
  disabled?: boolean;
}

export function ChoiceRadioGroup<F extends ChoiceField>({ form, field, options, disabled }: Props<F>) {
  const { t } = useTranslation();
  const errorText = useErrorText(form.visibleError(field));
  const labelId = `intake-${field}-label`;
  return (
    <FormControl component="fieldset" error={errorText !== undefined} disabled={disabled}>
      <FormLabel component="legend" id={labelId}>
        {t(`fields.${field}`)}
      </FormLabel>
      <RadioGroup
        row
        name={field}
        aria-labelledby={labelId}
        value={form.draft[field]}
        onChange={(event) => {
          form.set(field, event.target.value as IntakeFormState['draft'][F]);
          form.touch(field);
        }}
      >
        {options.map((option) => (
          <FormControlLabel key={option} value={option} control={<Radio size="small" />} label={t(`choices.${field}.${option}` as 'choices.market.domestic')} />
        ))}
      </RadioGroup>
      {errorText && <FormHelperText>{errorText}</FormHelperText>}
    </FormControl>
  );
}
