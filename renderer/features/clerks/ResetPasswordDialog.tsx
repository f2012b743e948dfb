/** Admin: a temporary password for a clerk, who must change it at their next sign-in. */
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Clerk } from '../../db/types';
import { useRepositories } from '../../state/session';
import { PasswordField } from '../../ui/this-pc/PasswordField';
import { clerkErrorText } from '../../ui/this-pc/passwordText';

export function ResetPasswordDialog({ clerk, onClose, onSaved }: { clerk: Clerk; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const [password, setPassword] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await repositories.clerks.resetPassword(clerk.id, password);
      onSaved();
    } catch (error) {
      setFailure(clerkErrorText(error, t));
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs" aria-labelledby="reset-password-title">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          event.stopPropagation();
          void save();
        }}
      >
        <DialogTitle id="reset-password-title">{t('clerks.resetTitle', { name: clerk.name })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Typography color="text.secondary">{t('clerks.resetHelp')}</Typography>
            <PasswordField name="temporaryPassword" label={t('signIn.temporaryPassword')} value={password} onChange={setPassword} autoComplete="new-password" autoFocus helperText={t('signIn.passwordHelp')} />
            {failure && <Alert severity="error">{failure}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {t('clerks.resetPassword')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
