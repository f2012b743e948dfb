/**
 * The update notice above every page (issue 20.1): while main copies a new
 * version from the shared folder, its progress; once it is verified, that it
 * installs on quit and the 立即更新 button; a failed check as one line for IT
 * (the detail is in the log and in the line's tooltip).
 */
import { Alert, Box, Button, LinearProgress } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpdateStatus } from '../../../shared/ipc/update-contract';
import { getDesktopApi } from '../../platform';

export function UpdateBanner() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<UpdateStatus | null>(null);
  const [installError, setInstallError] = useState<string | null>(null);

  useEffect(() => {
    const api = getDesktopApi();
    let live = true;
    api
      .updateStatus()
      .then((s) => {
        if (live) setStatus(s);
      })
      .catch((error: unknown) => console.warn('update: status unavailable', error));
    const unsubscribe = api.onUpdateStatus((s) => setStatus(s));
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);

  if (!status) return null;
  if (status.state === 'downloading') {
    const percent = status.total > 0 ? Math.floor((status.transferred / status.total) * 100) : 0;
    return (
      <Box data-testid="update-banner">
        <Alert severity="info" square sx={{ borderRadius: 0 }}>
          {t('update.downloading', { version: status.version ?? '', percent })}
        </Alert>
        <LinearProgress variant="determinate" value={percent} />
      </Box>
    );
  }
  if (status.state === 'ready') {
    const installNow = () => {
      setInstallError(null);
      getDesktopApi()
        .updateInstallNow()
        .catch((error: unknown) => setInstallError(error instanceof Error ? error.message : String(error)));
    };
    return (
      <Alert
        severity="success"
        square
        data-testid="update-banner"
        sx={{ borderRadius: 0 }}
        action={
          <Button color="inherit" size="small" variant="outlined" onClick={installNow}>
            {t('update.installNow')}
          </Button>
        }
      >
        {t('update.ready', { version: status.version ?? '' })}
        {installError && <Box>{t('update.installFailed', { message: installError })}</Box>}
      </Alert>
    );
  }
  if (status.state === 'error') {
    return (
      <Alert severity="warning" square data-testid="update-banner" title={status.message ?? ''} sx={{ borderRadius: 0 }}>
        {t('update.error')}
      </Alert>
    );
  }
  return null;
}
