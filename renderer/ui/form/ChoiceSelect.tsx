/** A labelled select of fixed choices (translated), with the repository's field error under it. */
import { MenuItem, TextField } from '@mui/material';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { fieldErrorText } from './fieldErrorText';

interface Props<T extends string> {
  label: string;
  value: T | '';
  choices: readonly T[];
  text: (choice: T) => string;
  onChange: (value: T) => void;
  error?: string;
  emptyLabel?: string;
  disabled?: boolean;
  size?: 'small' | 'medium';
  /** How an error code reads (default: the case page's field errors). */
  describeError?: (code: string | undefined, t: TFunction) => string | undefined;
  sx?: object;
}

export function ChoiceSelect<T extends string>({ label, value, choices, text, onChange, error, emptyLabel, disabled, size, describeError = fieldErrorText, sx }: Props<T>) {
  const { t } = useTranslation();
  return (
    <TextField
      select
      size={size}
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value as T)}
      error={!!error}
      helperText={describeError(error, t)}
      disabled={disabled}
      sx={{ minWidth: 200, ...sx }}
    >
      {emptyLabel !== undefined && <MenuItem value="">{emptyLabel}</MenuItem>}
      {choices.map((c) => (
        <MenuItem key={c} value={c}>
          {text(c)}
        </MenuItem>
      ))}
    </TextField>
  );
}
