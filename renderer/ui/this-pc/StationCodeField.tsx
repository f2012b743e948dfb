/** This PC's station code: 1–4 capital letters/digits, typed in upper case. */
import { TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { STATION_CODE } from '../../../shared/domain/numbering';

export function isValidStationCode(code: string): boolean {
  return STATION_CODE.test(code);
}

interface Props {
  value: string;
  onChange: (code: string) => void;
  help: string;
  showError: boolean;
  autoFocus?: boolean;
}

export function StationCodeField({ value, onChange, help, showError, autoFocus }: Props) {
  const { t } = useTranslation();
  const invalid = showError && !isValidStationCode(value);
  return (
    <TextField
      name="stationCode"
      label={t('station.label')}
      value={value}
      required
      autoFocus={autoFocus}
      onChange={(event) => onChange(event.target.value.toUpperCase().replace(/\s/g, ''))}
      error={invalid}
      helperText={invalid ? t('station.invalid') : help}
      slotProps={{ htmlInput: { maxLength: 4, autoCapitalize: 'characters', spellCheck: false, style: { fontFamily: 'monospace', letterSpacing: '0.1em' } } }}
    />
  );
}
