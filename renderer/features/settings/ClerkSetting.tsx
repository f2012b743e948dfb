/** Who works at this PC now, and a button to switch (or add a clerk). */
import PersonIcon from '@mui/icons-material/Person';
import { Box, Button, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ClerkSwitchDialog } from '../../ui/this-pc/ClerkSwitchDialog';
import { useClerk } from '../../state/session';

export function ClerkSetting() {
  const { t } = useTranslation();
  const clerk = useClerk();
  const [open, setOpen] = useState(false);
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
      <PersonIcon color="action" />
      <Box>
        <Typography variant="caption" color="text.secondary" component="div">
          {t('settings.clerkCurrent')}
        </Typography>
        <Typography data-testid="settings-clerk">{clerk?.name ?? t('status.noClerk')}</Typography>
      </Box>
      <Button variant="outlined" onClick={() => setOpen(true)}>
        {t('status.switchClerk')}
      </Button>
      <ClerkSwitchDialog open={open} onClose={() => setOpen(false)} />
    </Box>
  );
}
