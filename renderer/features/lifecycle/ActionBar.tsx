/**
 * Only the actions allowed now, as buttons; each opens its small dialog. A
 * signed action the signed-in clerk may not sign says who may instead.
 */
import { Box, Button, Typography } from '@mui/material';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { LifecycleAction } from '../../../shared/domain/lifecycle/states';
import { actionButtons } from './actionLists';
import { ActionDialog } from './ActionDialog';
import { useCaseFileApi } from '../../ui/case-file/caseFileContext';
import { SIGNED_ACTIONS, type SignedStep } from '../../../shared/domain/signatures/steps';
import { useSettings } from '../../state/session';
import { useSigning } from '../../ui/signing/useSigning';
import { WhoMaySign } from '../../ui/signing/WhoMaySign';

/** The button of a signed action, or who may sign it when the signed-in clerk may not. */
function SignedAction({ step, button }: { step: SignedStep; button: ReactElement }) {
  const settings = useSettings();
  const signing = useSigning(step, { amountFen: null, matrix: settings.authorityMatrix });
  return signing.myRole ? button : <WhoMaySign signing={signing} />;
}

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
      {buttons.map((a) => {
        const step = SIGNED_ACTIONS[a.action];
        const button = (
          <Button key={a.action} variant={a.action === 'send_back' ? 'outlined' : 'contained'} color={a.action === 'send_back' ? 'inherit' : 'primary'} onClick={() => setOpen(a.action)}>
            {t(`lc.actions.${a.action}`)}
          </Button>
        );
        return step ? <SignedAction key={a.action} step={step} button={button} /> : button;
      })}
      {open && <ActionDialog key={open} action={open} onClose={() => setOpen(null)} />}
    </Box>
  );
}
