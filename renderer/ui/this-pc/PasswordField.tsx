/** A password input: never shown, never spell-checked or remembered by the browser for another clerk. */
import { TextField } from '@mui/material';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** A message key's text under the field (an error when `error`). */
  helperText?: string;
  error?: boolean;
  autoFocus?: boolean;
  name: string;
  /** 'current-password' to sign in, 'new-password' to set one. */
  autoComplete: 'current-password' | 'new-password';
}

export function PasswordField({ label, value, onChange, helperText, error, autoFocus, name, autoComplete }: Props) {
  return (
    <TextField
      type="password"
      name={name}
      label={label}
      value={value}
      required
      autoFocus={autoFocus}
      autoComplete={autoComplete}
      onChange={(event) => onChange(event.target.value)}
      error={error}
      helperText={helperText}
      slotProps={{ htmlInput: { spellCheck: false, maxLength: 128 } }}
    />
  );
}
