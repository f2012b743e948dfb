/** Who is signed in at this PC now: lock / switch clerk, and change one's own password. */
import PersonIcon from '@mui/icons-material/Person';
import { Box, Button, Dialog, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notify } from '../../state/notices';
import { sessionActions, useClerk } from '../../state/session';
import { ChangePasswordForm } from '../../ui/this-pc/ChangePasswordForm';

export function ClerkSetting() {
  const { t } = useTranslation();
  const clerk = useClerk();
  const [changing, setChanging] = useState(false);
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
      <PersonIcon color="action" />
      <Box>
        <Typography variant="caption" color="text.secondary" component="div">
          {t('settings.clerkCurrent')}
        </Typography>
        <Typography data-testid="settings-clerk">{clerk?.name ?? t('status.noClerk')}</Typography>
      </Box>
      <Button variant="outlined" onClick={() => sessionActions.lock()}>
        {t('signIn.switchClerk')}
      </Button>
      <Button variant="outlined" onClick={() => setChanging(true)}>
        {t('signIn.changePassword')}
      </Button>
      <Dialog open={changing} onClose={() => setChanging(false)} fullWidth maxWidth="xs" aria-labelledby="change-password-title">
        <DialogTitle id="change-password-title">{t('signIn.changePassword')}</DialogTitle>
        <DialogContent sx={{ pt: '8px !important' }}>
          <ChangePasswordForm
            currentLabel="currentPassword"
            onCancel={() => setChanging(false)}
            onDone={() => {
              setChanging(false);
              notify('signIn.changed');
            }}
          />
        </DialogContent>
      </Dialog>
    </Box>
  );
}
