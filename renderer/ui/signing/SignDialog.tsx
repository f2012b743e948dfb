/**
 * Signs one step: the meaning, the signer and their password (SignatureFields)
 * in a dialog. `onSign` makes the signed write with the password and says
 * what went wrong (a field-error map, as the write's ValidationFailedError)
 * or null when it was signed; the dialog then closes.
 */
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, Stack, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClerkRole } from '../../../shared/domain/clerks/roles';
import { SignatureFields } from './SignatureFields';
import { signingErrorText } from './signingText';

export type SignOutcome = null | { fieldErrors: Record<string, string> } | { message: string };

interface Props {
  meaning: string;
  role: ClerkRole;
  onSign: (password: string) => Promise<SignOutcome>;
  onClose: () => void;
  /** What the step asks for besides the signature (shown above it). */
  children?: ReactNode;
}

export function SignDialog({ meaning, role, onSign, onClose, children }: Props) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [passwordError, setPasswordError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const sign = async () => {
    setBusy(true);
    setFailure(null);
    setPasswordError(null);
    const outcome = await onSign(password);
    setBusy(false);
    setPassword('');
    if (outcome === null) return onClose();
    if ('message' in outcome) return setFailure(outcome.message);
    const text = signingErrorText(outcome.fieldErrors, t);
    if (outcome.fieldErrors.password) setPasswordError(text);
    else setFailure(text ?? Object.values(outcome.fieldErrors).join(' '));
  };
  return (
    <Dialog open onClose={busy ? undefined : onClose} aria-labelledby="sign-title" fullWidth maxWidth="sm">
      <DialogTitle id="sign-title">{t('sign.title')}</DialogTitle>
      <DialogContent>
        <Stack
          component="form"
          spacing={2}
          sx={{ pt: 1 }}
          onSubmit={(event) => {
            event.preventDefault();
            void sign();
          }}
        >
          {children}
          <SignatureFields meaning={meaning} role={role} password={password} onPassword={setPassword} error={passwordError} autoFocus />
          {failure && (
            <Alert severity="error" role="alert">
              {failure}
            </Alert>
          )}
          {busy && (
            <Stack spacing={0.5} data-testid="sign-busy">
              <LinearProgress aria-label={t('sign.working')} />
              <Typography variant="body2" color="text.secondary">
                {t('sign.working')}
              </Typography>
            </Stack>
          )}
          <button type="submit" hidden />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {t('sign.cancel')}
        </Button>
        <Button variant="contained" onClick={() => void sign()} disabled={busy}>
          {t('sign.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
