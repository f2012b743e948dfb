/** Only the actions allowed now, as buttons; each opens its small dialog. */
import { Box, Button, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LifecycleAction } from '../../../shared/domain/lifecycle/states';
import { actionButtons } from './actionLists';
import { ActionDialog } from './ActionDialog';
import { useCaseFileApi } from '../../ui/case-file/caseFileContext';

export function ActionBar() {
  const { t } = useTranslation();
  const { file } = useCaseFileApi();
  const [open, setOpen] = useState<LifecycleAction | null>(null);
  const buttons = actionButtons(file.availableActions);
  if (buttons.length === 0) return null;
  return (
    <Box role="group" aria-labelledby="lc-actions-title" sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
      <Typography id="lc-actions-title" variant="body2" color="text.secondary" sx={{ mr: 1 }}>
        {t('lc.availableActions')}
      </Typography>
      {buttons.map((a) => (
        <Button key={a.action} variant={a.action === 'send_back' ? 'outlined' : 'contained'} color={a.action === 'send_back' ? 'inherit' : 'primary'} onClick={() => setOpen(a.action)}>
          {t(`lc.actions.${a.action}`)}
        </Button>
      ))}
      {open && <ActionDialog key={open} action={open} onClose={() => setOpen(null)} />}
    </Box>
  );
}
