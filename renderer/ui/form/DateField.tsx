/**
 * A date field in the clerk's format: shows yyyy-mm-dd whatever the browser's
 * locale (a native date input showed mm/dd/yyyy in an English browser) and
 * accepts 2026/12/2 and 2026年12月2日 as typed (parseClerkDate). While the
 * clerk types it shows what was typed; onChange gets yyyy-mm-dd once the
 * text is a date, else the text itself (the form's validation reports it).
 */
import { TextField, type TextFieldProps } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseClerkDate } from '../../../shared/domain/clerkDate';

type Props = Omit<TextFieldProps, 'type' | 'value' | 'onChange'> & {
  value: string;
  onChange: (value: string) => void;
};

export function DateField({ value, onChange, onFocus, onBlur, slotProps, ...rest }: Props) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState<string | null>(null);
  const htmlInput = (slotProps?.htmlInput ?? {}) as object;
  return (
    <TextField
      {...rest}
      value={typed ?? value}
      placeholder={t('common.datePlaceholder')}
      onFocus={(event) => {
        setTyped(value);
        onFocus?.(event);
      }}
      onChange={(event) => {
        setTyped(event.target.value);
        onChange(parseClerkDate(event.target.value) ?? event.target.value.trim());
      }}
      onBlur={(event) => {
        setTyped(null);
        onBlur?.(event);
      }}
      slotProps={{ ...slotProps, inputLabel: { shrink: true }, htmlInput: { inputMode: 'numeric', autoComplete: 'off', ...htmlInput } }}
    />
  );
}
