/** Switch the clerk working at this PC (or add one by typing a new name). */
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../errors';
import { sessionActions, useSessionStore } from '../../state/session';
import { ClerkField } from './ClerkField';
import { useClerkNames } from './useClerkNames';

export function ClerkSwitchDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const repositories = useSessionStore((s) => s.repositories);
  const names = useClerkNames(open ? repositories : null);
  const [name, setName] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (name.trim() === '') return;
    setBusy(true);
    setFailure(null);
    try {
      await sessionActions.chooseClerk(name.trim());
      setName('');
      onClose();
    } catch (error) {
      setFailure(errorMessage(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="xs" aria-labelledby="clerk-switch-title">
      <form
        onSubmit={(event) => {
          // The dialog is portaled, but React events still bubble to a form around its opener.
          event.preventDefault();
          event.stopPropagation();
          void submit();
        }}
      >
        <DialogTitle id="clerk-switch-title">{t('clerk.dialogTitle')}</DialogTitle>
        <DialogContent sx={{ pt: '8px !important' }}>
          <ClerkField id="clerk-switch-name" names={names} value={name} onChange={setName} autoFocus />
          {failure && (
            <Alert severity="error" sx={{ mt: 1 }}>
              {failure}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={busy || name.trim() === ''}>
            {t('clerk.switch')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
