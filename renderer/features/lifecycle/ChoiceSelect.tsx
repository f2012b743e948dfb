/** A labelled select of fixed choices (translated), with the repository's field error under it. */
import { MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { fieldErrorText } from './missingText';

interface Props<T extends string> {
  label: string;
  value: T | '';
  choices: readonly T[];
  text: (choice: T) => string;
  onChange: (value: T) => void;
  error?: string;
  emptyLabel?: string;
  disabled?: boolean;
  sx?: object;
}

export function ChoiceSelect<T extends string>({ label, value, choices, text, onChange, error, emptyLabel, disabled, sx }: Props<T>) {
  const { t } = useTranslation();
  return (
    <TextField
      select
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value as T)}
      error={!!error}
      helperText={fieldErrorText(error, t)}
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
