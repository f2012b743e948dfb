/**
 * Pick an existing clerk or type a new name (no passwords): a free-text
 * combobox whose value is simply the name typed or chosen.
 */
import { Autocomplete, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';

interface Props {
  names: readonly string[];
  value: string;
  onChange: (name: string) => void;
  helperText?: string;
  error?: boolean;
  autoFocus?: boolean;
  id?: string;
}

export function ClerkField({ names, value, onChange, helperText, error, autoFocus, id = 'clerk-name' }: Props) {
  const { t } = useTranslation();
  return (
    <Autocomplete
      freeSolo
      id={id}
      options={names}
      inputValue={value}
      onInputChange={(_event, next) => onChange(next)}
      renderInput={(params) => (
        <TextField {...params} name="clerk" label={t('clerk.label')} helperText={helperText ?? t('clerk.help')} error={error} autoFocus={autoFocus} required />
      )}
    />
  );
}
