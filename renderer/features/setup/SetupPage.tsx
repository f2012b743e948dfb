/**
 * First start on a PC (session status "needsSetup"): the station code that
 * goes into case numbers, and who is working here.
 */
import { Alert, Box, Button, Paper, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ClerkField } from '../../ui/this-pc/ClerkField';
import { useClerkNames } from '../../ui/this-pc/useClerkNames';
import { errorMessage } from '../../ui/errors';
import { sessionActions, useSessionStore } from '../../state/session';
import { isValidStationCode, StationCodeField } from '../../ui/this-pc/StationCodeField';
import { LanguageSwitch } from '../../ui/this-pc/LanguageSwitch';

export function SetupPage() {
  const { t } = useTranslation();
  const settings = useSessionStore((s) => s.settings);
  const repositories = useSessionStore((s) => s.repositories);
  const clerk = useSessionStore((s) => s.clerk);
  const names = useClerkNames(repositories);
  const [code, setCode] = useState(settings?.stationCode ?? '');
  const [name, setName] = useState(clerk?.name ?? '');
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async () => {
    setSubmitted(true);
    if (!isValidStationCode(code) || name.trim() === '') return;
    setBusy(true);
    setFailure(null);
    try {
      if (settings?.stationCode !== code) await sessionActions.setStationCode(code);
      await sessionActions.chooseClerk(name.trim());
    } catch (error) {
      setFailure(t('setup.failed', { message: errorMessage(error, t) }));
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
          <ClerkField
            names={names}
            value={name}
            onChange={setName}
            helperText={submitted && name.trim() === '' ? t('validation.required') : t('setup.clerkHelp')}
            error={submitted && name.trim() === ''}
          />
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
