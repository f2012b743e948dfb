/**
 * The sign-in screen (issue 16.3): shown at every start and whenever the
 * screen is locked. A clerk is picked from the active clerks of the shared
 * list (this PC's last clerk preselected) and signs in with their password.
 * Nothing of the case data is mounted behind it; replication goes on while
 * it shows (the status bar that runs it is not mounted), so clerks added or
 * changed on other PCs arrive and a new or rebuilt PC gets its clerk list.
 */
import { Alert, Box, Button, MenuItem, Stack, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Clerk } from '../../db/types';
import { errorMessage } from '../../ui/errors';
import { PasswordField } from '../../ui/this-pc/PasswordField';
import { sessionActions, useSessionStore } from '../../state/session';
import { syncStore } from '../../state/sync-store';
import { getDesktopApi } from '../../platform';
import { CenteredCard } from './CenteredCard';
import { signInMessage } from './signInMessage';

function useActiveClerks(): Clerk[] | null {
  const repositories = useSessionStore((s) => s.repositories);
  const [clerks, setClerks] = useState<Clerk[] | null>(null);
  useEffect(() => {
    if (!repositories) return undefined;
    let live = true;
    const load = () => void repositories.clerks.list().then((all) => live && setClerks(all.filter((c) => c.active && c.hasPassword)));
    load();
    // Clerks arriving from the share (a new or rebuilt PC) or changed on another PC show up without a restart.
    const unsubscribe = repositories.changes.subscribe(load);
    return () => {
      live = false;
      unsubscribe();
    };
  }, [repositories]);
  return clerks;
}

/** Keeps the sync rounds going while the screen is locked (start is a no-op when they already run). */
function useSyncWhileLocked(): void {
  useEffect(() => {
    syncStore.getState().start(getDesktopApi());
    return () => syncStore.getState().stop();
  }, []);
}

export function SignInPage() {
  const { t } = useTranslation();
  useSyncWhileLocked();
  const lastClerkId = useSessionStore((s) => s.settings?.currentClerkId ?? null);
  const clerks = useActiveClerks();
  const [clerkId, setClerkId] = useState('');
  const [password, setPassword] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!clerks || clerkId !== '') return;
    const preselected = clerks.find((c) => c.id === lastClerkId) ?? (clerks.length === 1 ? clerks[0] : undefined);
    if (preselected) setClerkId(preselected.id);
  }, [clerks, clerkId, lastClerkId]);

  const submit = async () => {
    if (clerkId === '' || password === '') return;
    setBusy(true);
    setFailure(null);
    try {
      const result = await sessionActions.signIn(clerkId, password);
      setPassword('');
      if (!result.ok) setFailure(signInMessage(result, t));
    } catch (error) {
      setFailure(errorMessage(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <CenteredCard title={t('signIn.title')} intro={t('signIn.intro')}>
      {clerks && clerks.length === 0 ? (
        <Alert severity="info">{t('signIn.noClerks')}</Alert>
      ) : (
        <Stack
          component="form"
          noValidate
          spacing={2.5}
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <TextField select name="clerk" label={t('signIn.clerk')} value={clerks ? clerkId : ''} onChange={(e) => setClerkId(e.target.value)} required>
            {(clerks ?? []).map((c) => (
              <MenuItem key={c.id} value={c.id}>
                {c.department ? `${c.name}（${c.department}）` : c.name}
              </MenuItem>
            ))}
          </TextField>
          <PasswordField name="password" label={t('signIn.password')} value={password} onChange={setPassword} autoComplete="current-password" autoFocus />
          {failure && (
            <Alert severity="error" role="alert">
              {failure}
            </Alert>
          )}
          <Box>
            <Button type="submit" variant="contained" size="large" disabled={busy || clerkId === '' || password === ''}>
              {t('signIn.submit')}
            </Button>
          </Box>
        </Stack>
      )}
    </CenteredCard>
  );
}
