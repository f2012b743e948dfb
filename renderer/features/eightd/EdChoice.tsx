/** A labelled select of fixed choices (translated) in the 8D editor, with the field error under it. */
import { MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { eightDFieldErrorText } from './missingText';

interface Props<T extends string> {
  label: string;
  value: T | '';
  choices: readonly T[];
  text: (choice: T) => string;
  onChange: (value: T) => void;
  errorCode?: string;
  emptyLabel?: string;
  sx?: object;
}

export function EdChoice<T extends string>({ label, value, choices, text, onChange, errorCode, emptyLabel, sx }: Props<T>) {
  const { t } = useTranslation();
  return (
    <TextField
      select
      size="small"
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value as T)}
      error={!!errorCode}
      helperText={eightDFieldErrorText(errorCode, t)}
      sx={{ minWidth: 160, ...sx }}
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
