/**
 * A labelled text field of the 8D editor whose error comes as a field code
 * (repository or local check). Text has a limit (shared/domain/eightd/
 * validation.ts: long texts for multiline fields, short ones otherwise, or
 * `maxLength`): its message says the number and a counter shows near it.
 */
import { TextField, type TextFieldProps } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { MAX_LONG_TEXT, MAX_SHORT_TEXT } from '../../../shared/domain/eightd/validation';
import { DateField } from '../../ui/form/DateField';
import { LimitHelperText } from '../../ui/form/LimitHelperText';
import { eightDFieldErrorText } from './missingText';

type Props = Omit<TextFieldProps, 'error' | 'onChange' | 'value'> & {
  value: string;
  onChange: (value: string) => void;
  errorCode?: string;
  label: string;
  /** The validation's limit when it is neither MAX_LONG_TEXT (multiline) nor MAX_SHORT_TEXT. */
  maxLength?: number;
};

export function EdTextField({ value, onChange, errorCode, helperText, type, slotProps, size = 'small', maxLength, ...rest }: Props) {
  const { t } = useTranslation();
  const dateLike = type === 'date' || type === 'datetime-local' || type === 'time';
  const limit = maxLength ?? (rest.multiline ? MAX_LONG_TEXT : MAX_SHORT_TEXT);
  if (type === 'date') {
    return <DateField {...rest} size={size} value={value} onChange={onChange} error={!!errorCode} helperText={eightDFieldErrorText(errorCode, t) ?? helperText} slotProps={slotProps} />;
  }
  return (
    <TextField
      {...rest}
      size={size}
      type={type}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={!!errorCode}
      helperText={<LimitHelperText message={eightDFieldErrorText(errorCode, t, { max: limit }) ?? helperText} length={value.length} limit={dateLike ? undefined : limit} />}
      slotProps={dateLike ? { ...slotProps, inputLabel: { shrink: true } } : slotProps}
    />
  );
}
