/**
 * Settings: join (or create) the replication share in the folder set above.
 * A folder holding another share is refused with nothing written; a share
 * this PC knew that is empty now asks before creating it again, and so does
 * an empty folder kept in step with another site (Syncthing, DFS-R): only the
 * first site creates the share there; the others wait for it to arrive.
 */
import { Alert, Box, Button, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DesktopApiError } from '../../../shared/ipc/result';
import { syncStore } from '../../state/sync-store';
import { useSettings } from '../../state/session';

type Outcome = { severity: 'success' | 'error' | 'warning'; text: string; recreate?: 'recreate' | 'createFirstSite' } | null;

export function JoinShareSection() {
  const { t } = useTranslation();
  const settings = useSettings();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const join = async (allowRecreate = false) => {
    setBusy(true);
    try {
      const r = await syncStore.getState().join(allowRecreate);
      setOutcome({ severity: 'success', text: t(r.created ? 'sync.join.created' : 'sync.join.joined', { id: r.shareId.slice(0, 8) }) });
      void syncStore.getState().syncNow();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (message.includes('wrongShare')) setOutcome({ severity: 'error', text: t('sync.join.wrongShare') });
      else if (message.includes('shareEmpty')) setOutcome({ severity: 'warning', text: t('sync.join.shareEmpty'), recreate: 'recreate' });
      else if (message.includes('replicaEmpty')) setOutcome({ severity: 'warning', text: t('sync.join.replicaEmpty'), recreate: 'createFirstSite' });
      else setOutcome({ severity: 'error', text: t('sync.join.failed', { message: error instanceof DesktopApiError ? error.message : message }) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Box sx={{ mt: 2 }} data-testid="join-share">
      <Typography variant="subtitle2">{t('sync.join.title')}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('sync.join.explain')}
      </Typography>
      <Button variant="outlined" disabled={busy || !settings.sharePath} onClick={() => void join()} data-testid="join-share-button">
        {t('sync.join.button')}
      </Button>
      {outcome && (
        <Alert
          severity={outcome.severity}
          sx={{ mt: 1 }}
          data-testid="join-share-outcome"
          action={
            outcome.recreate ? (
              <Button color="inherit" size="small" onClick={() => void join(true)}>
                {t(`sync.join.${outcome.recreate}`)}
              </Button>
            ) : undefined
          }
        >
          {outcome.text}
        </Alert>
      )}
    </Box>
  );
}
