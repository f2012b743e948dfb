/**
 * A text input bound to one intake field: label, value, touch on blur, error
 * at the field (a limit says its number), and a character counter once the
 * text nears its limit. Nothing is cut off: a pasted text longer than the
 * limit stays whole and is refused with the limit in the message.
 */
import { TextField, type TextFieldProps } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../ui/form/DateField';
import type { CaseField } from '../../../shared/domain/case';
import { TEXT_LIMITS } from '../../../shared/domain/intakeValidation';
import { LimitHelperText } from '../../ui/form/LimitHelperText';
import type { IntakeDraft } from './draft';
import { useErrorText } from './useErrorText';
import type { IntakeFormState } from './useIntakeForm';

type StringField = { [K in keyof IntakeDraft]: IntakeDraft[K] extends string ? K : never }[keyof IntakeDraft] & CaseField;

interface Props extends Omit<TextFieldProps, 'name' | 'value' | 'onChange' | 'error'> {
  form: IntakeFormState;
  field: StringField;
  hint?: string;
}

export function IntakeTextField({ form, field, hint, slotProps, ...rest }: Props) {
  const { t } = useTranslation();
  const limit = TEXT_LIMITS[field];
  const errorText = useErrorText(form.visibleError(field), limit === undefined ? undefined : { max: limit });
  const length = form.draft[field].length;
  const message = errorText ?? hint ?? ' ';
  if (rest.type === 'date') {
    const { type: _date, ...others } = rest;
    return (
      <DateField
        {...others}
        id={`intake-${field}`}
        name={field}
        label={t(`fields.${field}`)}
        value={form.draft[field]}
        onChange={(value) => form.set(field, value)}
        onBlur={() => form.touch(field)}
        error={errorText !== undefined}
        helperText={message}
        slotProps={slotProps}
      />
    );
  }
  return (
    <TextField
      id={`intake-${field}`}
      name={field}
      label={t(`fields.${field}`)}
      value={form.draft[field]}
      onChange={(event) => form.set(field, event.target.value)}
      onBlur={() => form.touch(field)}
      error={errorText !== undefined}
      helperText={<LimitHelperText message={message} length={length} limit={limit} />}
      slotProps={slotProps}
      {...rest}
    />
  );
}
