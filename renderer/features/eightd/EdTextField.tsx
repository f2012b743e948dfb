/** A labelled text field of the 8D editor whose error comes as a field code (repository or local check). */
import { TextField, type TextFieldProps } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { DateField } from '../common/DateField';
import { eightDFieldErrorText } from './missingText';

type Props = Omit<TextFieldProps, 'error' | 'onChange' | 'value'> & {
  value: string;
  onChange: (value: string) => void;
  errorCode?: string;
  label: string;
};

export function EdTextField({ value, onChange, errorCode, helperText, type, slotProps, size = 'small', ...rest }: Props) {
  const { t } = useTranslation();
  const dateLike = type === 'date' || type === 'datetime-local' || type === 'time';
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
      helperText={eightDFieldErrorText(errorCode, t) ?? helperText}
      slotProps={dateLike ? { ...slotProps, inputLabel: { shrink: true } } : slotProps}
    />
  );
}
