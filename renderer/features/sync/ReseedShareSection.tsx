/**
 * Settings (admins only): re-seed a new, empty share folder from this PC
 * after the share was lost (issue 20.3; renderer/state/share-reseed.ts).
 * Asks first; shows the progress (changes, then attachments) and the
 * outcome; a folder that already holds a share is refused with nothing
 * written.
 */
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, LinearProgress, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReseedProgress } from '../../state/share-reseed';
import { syncStore } from '../../state/sync-store';
import { useIsAdmin, useSettings } from '../../state/session';

type Outcome = { severity: 'success' | 'error' | 'warning'; lines: string[] } | null;

export function ReseedShareSection() {
  const { t } = useTranslation();
  const settings = useSettings();
  const admin = useIsAdmin();
  const [asking, setAsking] = useState(false);
  const [progress, setProgress] = useState<ReseedProgress | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  if (!admin) return null;
  const busy = progress !== null;
  const reseed = async () => {
    setAsking(false);
    setOutcome(null);
    setProgress({ phase: 'changes', done: 0, total: null });
    try {
      const r = await syncStore.getState().reseed(setProgress);
      const lines = [t('sync.reseed.done', { id: r.shareId.slice(0, 8), ops: r.ops, devices: r.devices, blobs: r.blobs })];
      if (r.heldBack > 0) lines.push(t('sync.reseed.heldBack', { count: r.heldBack }));
      setOutcome({ severity: r.heldBack > 0 ? 'warning' : 'success', lines });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setOutcome({ severity: 'error', lines: [message.includes('notEmpty') ? t('sync.reseed.notEmpty') : t('sync.reseed.failed', { message })] });
    } finally {
      setProgress(null);
    }
  };
  return (
    <Box sx={{ mt: 2 }} data-testid="reseed-share">
      <Typography variant="subtitle2">{t('sync.reseed.title')}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('sync.reseed.explain')}
      </Typography>
      <Button variant="outlined" color="warning" disabled={busy || !settings.sharePath} onClick={() => setAsking(true)} data-testid="reseed-share-button">
        {t('sync.reseed.button')}
      </Button>
      {progress && (
        <Box sx={{ mt: 1 }} data-testid="reseed-share-progress">
          <Typography variant="body2">{progress.phase === 'changes' ? t('sync.reseed.changes', { done: progress.done }) : t('sync.reseed.attachments', { done: progress.done, total: progress.total ?? 0 })}</Typography>
          <LinearProgress variant={progress.total ? 'determinate' : 'indeterminate'} value={progress.total ? (100 * progress.done) / progress.total : 0} />
        </Box>
      )}
      {outcome && (
        <Alert severity={outcome.severity} sx={{ mt: 1 }} data-testid="reseed-share-outcome">
          {outcome.lines.map((line) => (
            <div key={line}>{line}</div>
          ))}
        </Alert>
      )}
      <Dialog open={asking} onClose={() => setAsking(false)} aria-labelledby="reseed-share-title">
        <DialogTitle id="reseed-share-title">{t('sync.reseed.confirmTitle')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{t('sync.reseed.confirmText', { path: settings.sharePath })}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setAsking(false)}>{t('sync.reseed.cancel')}</Button>
          <Button color="warning" variant="contained" onClick={() => void reseed()} data-testid="reseed-share-confirm">
            {t('sync.reseed.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}
