/** A text input bound to one intake field: label, value, touch on blur, error at the field. */
import { TextField, type TextFieldProps } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { CaseField } from '../../../shared/domain/case';
import { TEXT_LIMITS } from '../../../shared/domain/intakeValidation';
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
  const errorText = useErrorText(form.visibleError(field));
  const limit = TEXT_LIMITS[field];
  return (
    <TextField
      id={`intake-${field}`}
      name={field}
      label={t(`fields.${field}`)}
      value={form.draft[field]}
      onChange={(event) => form.set(field, event.target.value)}
      onBlur={() => form.touch(field)}
      error={errorText !== undefined}
      helperText={errorText ?? hint ?? ' '}
      slotProps={{ ...slotProps, htmlInput: { ...(limit ? { maxLength: limit + 1 } : {}), ...(slotProps?.htmlInput as object | undefined) } }}
      {...rest}
    />
  );
}
