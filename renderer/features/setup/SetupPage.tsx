/**
 * First start on a PC (session status "needsSetup"): the station code that
 * goes into case numbers and, when nobody can sign in here yet, the first
 * clerk — who becomes the admin — with their password. A PC whose clerk was
 * chosen by name before sign-in existed has that clerk set a password
 * (they become admin when the office has none). Once clerks exist, only the
 * station code is asked; the sign-in screen follows.
 */
import { Alert, Box, Button, Paper, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkClerkName } from '../../../shared/domain/clerks/clerk';
import { checkNewPassword } from '../../../shared/domain/clerks/password';
import { sessionActions, useSessionStore } from '../../state/session';
import { NewPasswordFields } from '../../ui/this-pc/NewPasswordFields';
import { clerkErrorText } from '../../ui/this-pc/passwordText';
import { isValidStationCode, StationCodeField } from '../../ui/this-pc/StationCodeField';
import { LanguageSwitch } from '../../ui/this-pc/LanguageSwitch';

export function SetupPage() {
  const { t } = useTranslation();
  const settings = useSessionStore((s) => s.settings);
  const legacyClerk = useSessionStore((s) => s.legacyClerk);
  const canSignIn = useSessionStore((s) => s.canSignIn);
  const mode: 'legacy' | 'first' | 'stationOnly' = legacyClerk ? 'legacy' : canSignIn ? 'stationOnly' : 'first';
  const [code, setCode] = useState(settings?.stationCode ?? '');
  const [name, setName] = useState('');
  const [department, setDepartment] = useState('');
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const nameProblem = mode === 'first' ? checkClerkName(name) : null;
  const passwordProblem = mode === 'stationOnly' ? null : checkNewPassword(password, again);

  const submit = async () => {
    setSubmitted(true);
    if (!isValidStationCode(code) || nameProblem !== null || passwordProblem !== null) return;
    setBusy(true);
    setFailure(null);
    try {
      if (settings?.stationCode !== code) await sessionActions.setStationCode(code);
      if (mode === 'first') await sessionActions.setUpFirstClerk(name.trim(), department.trim(), password);
      if (mode === 'legacy') await sessionActions.claimLegacyClerk(password);
    } catch (error) {
      setFailure(t('setup.failed', { message: clerkErrorText(error, t) }));
      setBusy(false);
    }
  };

  return (
    <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', bgcolor: 'background.default', p: 2 }}>
      <Paper sx={{ p: 4, width: '100%', maxWidth: 560 }}>
        <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 2 }}>
          <Typography variant="h1" component="h1" sx={{ mb: 1, flex: 1 }}>
            {t('setup.title')}
          </Typography>
          <LanguageSwitch compact />
        </Box>
        <Typography color="text.secondary" sx={{ mb: 3 }}>
          {t('setup.intro')}
        </Typography>
        <Stack
          component="form"
          noValidate
          spacing={2.5}
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <StationCodeField value={code} onChange={setCode} help={t('setup.stationHelp')} showError={submitted} autoFocus />
          {mode === 'first' && (
            <>
              <Alert severity="info">{t('signIn.firstAdminIntro')}</Alert>
              <TextField
                name="clerk"
                label={t('clerk.label')}
                value={name}
                onChange={(e) => setName(e.target.value)}
                required
                error={submitted && nameProblem !== null}
                helperText={submitted && nameProblem ? t(`clerks.errors.${nameProblem}`) : t('setup.clerkHelp')}
                slotProps={{ htmlInput: { maxLength: 60 } }}
              />
              <TextField name="department" label={t('clerks.department')} value={department} onChange={(e) => setDepartment(e.target.value)} slotProps={{ htmlInput: { maxLength: 60 } }} />
            </>
          )}
          {mode === 'legacy' && legacyClerk && <Alert severity="info">{t('signIn.legacyIntro', { name: legacyClerk.name })}</Alert>}
          {mode !== 'stationOnly' && (
            <NewPasswordFields label={t('signIn.password')} password={password} onPassword={setPassword} again={again} onAgain={setAgain} problem={passwordProblem} submitted={submitted} />
          )}
          {failure && <Alert severity="error">{failure}</Alert>}
          <Box>
            <Button type="submit" variant="contained" size="large" disabled={busy}>
              {t('setup.start')}
            </Button>
          </Box>
        </Stack>
      </Paper>
    </Box>
  );
}
