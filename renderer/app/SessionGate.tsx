/**
 * Opens the session (settings from the host, the local database, the clerk)
 * and shows what fits its state: starting (or rebuilding the database from
 * the journal), first-start setup, sign-in while nobody is signed in (the
 * app is not mounted then: no case data behind it), a forced password
 * change, the app, or what went wrong with a retry.
 */
import { Alert, AlertTitle, Box, Button, CircularProgress, Typography } from '@mui/material';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../ui/errors';
import { sessionStore, useSessionStore } from '../state/session';
import { SetupPage } from '../features/setup/SetupPage';
import { MustChangePasswordPage } from '../features/sign-in/MustChangePasswordPage';
import { SignInPage } from '../features/sign-in/SignInPage';
import { getDesktopApi } from '../platform';
import { AppFrame } from './AppFrame';
import { useLanguageFromSettings } from './useLanguageFromSettings';

function startSession(): void {
  void sessionStore.getState().init(getDesktopApi());
}

let started = false;

/** Once per page load (React's StrictMode runs mount effects twice in development). */
function startOnce(): void {
  if (started) return;
  started = true;
  startSession();
}

export function SessionGate() {
  const { t } = useTranslation();
  const status = useSessionStore((s) => s.status);
  const error = useSessionStore((s) => s.error);
  const repositories = useSessionStore((s) => s.repositories);
  const clerk = useSessionStore((s) => s.clerk);
  const rebuildProgress = useSessionStore((s) => s.rebuildProgress);
  useLanguageFromSettings();
  useEffect(startOnce, []);

  if (status === 'needsSetup') return <SetupPage />;
  if (status === 'ready' && repositories && !clerk) return <SignInPage />;
  if (status === 'ready' && repositories && clerk?.mustChangePassword) return <MustChangePasswordPage name={clerk.name} />;
  if (status === 'ready' && repositories) return <AppFrame repositories={repositories} />;
  if (status === 'error') {
    return (
      <Box sx={{ p: 4, maxWidth: 720 }}>
        <Alert severity="error" variant="outlined" action={<Button onClick={startSession}>{t('app.retry')}</Button>}>
          <AlertTitle>{t('app.startupFailed')}</AlertTitle>
          {errorMessage(error, t)}
        </Alert>
      </Box>
    );
  }
  return (
    <Box sx={{ height: '100vh', display: 'grid', placeItems: 'center' }}>
      <Box sx={{ textAlign: 'center' }} role="status">
        <CircularProgress />
        <Typography sx={{ mt: 2 }} color="text.secondary">
          {status === 'rebuilding' ? t('app.rebuilding', { ops: rebuildProgress }) : t('app.loading')}
        </Typography>
      </Box>
    </Box>
  );
}
