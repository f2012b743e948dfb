/** A labelled text field whose error comes as a repository field code. */
import { TextField, type TextFieldProps } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../ui/form/DateField';
import { fieldErrorText } from '../../ui/form/fieldErrorText';

type Props = Omit<TextFieldProps, 'error' | 'onChange' | 'value'> & {
  value: string;
  onChange: (value: string) => void;
  errorCode?: string;
  label: string;
};

export function LcTextField({ value, onChange, errorCode, helperText, type, slotProps, ...rest }: Props) {
  const { t } = useTranslation();
  const dateLike = type === 'date' || type === 'datetime-local' || type === 'time';
  if (type === 'date') {
    return <DateField {...rest} value={value} onChange={onChange} error={!!errorCode} helperText={fieldErrorText(errorCode, t) ?? helperText} slotProps={slotProps} />;
  }
  return (
    <TextField
      {...rest}
      type={type}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={!!errorCode}
      helperText={fieldErrorText(errorCode, t) ?? helperText}
      slotProps={dateLike ? { ...slotProps, inputLabel: { shrink: true } } : slotProps}
    />
  );
}
