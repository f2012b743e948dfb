/** After an admin's reset the clerk signs in with the temporary password and must choose their own before anything else. */
import { Box, Button } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { notify } from '../../state/notices';
import { sessionActions } from '../../state/session';
import { CenteredCard } from './CenteredCard';
import { ChangePasswordForm } from '../../ui/this-pc/ChangePasswordForm';

export function MustChangePasswordPage({ name }: { name: string }) {
  const { t } = useTranslation();
  return (
    <CenteredCard title={t('signIn.mustChangeTitle')} intro={t('signIn.mustChangeIntro', { name })}>
      <ChangePasswordForm currentLabel="temporaryPassword" onDone={() => notify('signIn.changed')} />
      <Box sx={{ mt: 2 }}>
        <Button size="small" onClick={() => sessionActions.lock()}>
          {t('signIn.switchClerk')}
        </Button>
      </Box>
    </CenteredCard>
  );
}
