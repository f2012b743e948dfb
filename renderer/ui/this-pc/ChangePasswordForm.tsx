/** Current (or temporary) password, a new one twice: the clerk changes their own password. */
import { Alert, Box, Button, Stack } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkNewPassword } from '../../../shared/domain/clerks/password';
import { sessionActions } from '../../state/session';
import { NewPasswordFields } from './NewPasswordFields';
import { PasswordField } from './PasswordField';
import { clerkErrorText } from './passwordText';

interface Props {
  /** 'temporaryPassword' after an admin's reset, 'currentPassword' otherwise. */
  currentLabel: 'temporaryPassword' | 'currentPassword';
  onDone: () => void;
  onCancel?: () => void;
}

export function ChangePasswordForm({ currentLabel, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const problem = checkNewPassword(next, again);

  const submit = async () => {
    setSubmitted(true);
    if (problem !== null || current === '') return;
    setBusy(true);
    setFailure(null);
    try {
      await sessionActions.changeOwnPassword(current, next);
      onDone();
    } catch (error) {
      setFailure(clerkErrorText(error, t));
      setBusy(false);
    }
  };

  return (
    <Stack
      component="form"
      noValidate
      spacing={2.5}
      onSubmit={(event) => {
        event.preventDefault();
        event.stopPropagation();
        void submit();
      }}
    >
      <PasswordField name="currentPassword" label={t(`signIn.${currentLabel}`)} value={current} onChange={setCurrent} autoComplete="current-password" autoFocus error={submitted && current === ''} />
      <NewPasswordFields label={t('signIn.newPassword')} password={next} onPassword={setNext} again={again} onAgain={setAgain} problem={problem} submitted={submitted} />
      {failure && <Alert severity="error">{failure}</Alert>}
      <Box sx={{ display: 'flex', gap: 1 }}>
        <Button type="submit" variant="contained" disabled={busy}>
          {t('signIn.change')}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('common.cancel')}</Button>}
      </Box>
    </Stack>
  );
}
