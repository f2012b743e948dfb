/**
 * 备份与恢复 (issue 20.2; renderer/state/backup.ts): this PC's backup folder
 * and how many backups are kept (PC settings), 立即备份, the backups in the
 * folder, and 恢复… — admins only (the settings page is theirs): asks first,
 * refuses a damaged backup with the reason and nothing changed, and starts
 * the app again after a restore so it reads the restored database.
 */
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackupRefused } from '../../../shared/archive/backup';
import { getDesktopApi } from '../../platform';
import { backupNow, restoreFromBytes } from '../../state/backup';
import { notify } from '../../state/notices';
import { sessionActions, useSettings } from '../../state/session';
import { errorMessage } from '../../ui/errors';
import { SettingsSection } from './SettingsSection';

export function BackupSection() {
  const { t } = useTranslation();
  const settings = useSettings();
  const [folder, setFolder] = useState(settings.backup.folder ?? '');
  const [keep, setKeep] = useState(String(settings.backup.keep));
  const [busy, setBusy] = useState(false);
  const [backups, setBackups] = useState<string[]>([]);
  const [chosen, setChosen] = useState<File | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const keepValid = /^\d{1,3}$/.test(keep) && Number(keep) >= 1 && Number(keep) <= 365;

  const refresh = () =>
    getDesktopApi()
      .backupList()
      .then((r) => setBackups(r.backups.map((b) => b.fileName)))
      .catch(() => setBackups([]));
  useEffect(() => {
    void refresh();
  }, [settings.backup.folder]);

  const saveFolder = async () => {
    if (!keepValid) return;
    try {
      await sessionActions.updateSettings({ backup: { folder: folder.trim() === '' ? null : folder.trim(), keep: Number(keep) } });
      notify('backup.settingsSaved', undefined, 'success');
    } catch (error) {
      setFailure(errorMessage(error, t));
    }
  };
  const run = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const r = await backupNow();
      notify('backup.made', { name: r.fileName }, 'success');
      await refresh();
    } catch (error) {
      setFailure(t('backup.failed', { message: errorMessage(error, t) }));
    } finally {
      setBusy(false);
    }
  };
  const restore = async () => {
    const file = chosen;
    setChosen(null);
    if (!file) return;
    setBusy(true);
    setFailure(null);
    try {
      await restoreFromBytes(new Uint8Array(await file.arrayBuffer()));
      window.location.reload();
    } catch (error) {
      setFailure(error instanceof BackupRefused ? t('backup.refused', { reason: error.message }) : t('backup.restoreFailed', { message: errorMessage(error, t) }));
      setBusy(false);
    }
  };

  return (
    <SettingsSection id="settings-backup" title={t('backup.section')} scope="pc">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
        <TextField name="backupFolder" label={t('backup.folder')} value={folder} onChange={(e) => setFolder(e.target.value)} helperText={t('backup.folderHelp')} sx={{ flex: 1 }} slotProps={{ htmlInput: { spellCheck: false } }} />
        <TextField name="backupKeep" label={t('backup.keep')} value={keep} onChange={(e) => setKeep(e.target.value)} error={!keepValid} helperText={keepValid ? ' ' : t('backup.keepInvalid')} sx={{ width: 140 }} />
        <Button variant="outlined" onClick={() => void saveFolder()} disabled={!keepValid} sx={{ mt: 1 }}>
          {t('backup.saveFolder')}
        </Button>
      </Stack>
      <Box>
        <Button variant="contained" onClick={() => void run()} disabled={busy || !settings.backup.folder} data-testid="backup-now">
          {t('backup.now')}
        </Button>
        <Button component="label" variant="outlined" color="warning" disabled={busy} sx={{ ml: 2 }} data-testid="backup-restore">
          {t('backup.restore')}
          <input hidden type="file" accept=".zip,application/zip" onChange={(e) => setChosen(e.target.files?.[0] ?? null)} />
        </Button>
      </Box>
      {failure && <Alert severity="error">{failure}</Alert>}
      <Typography variant="body2" color="text.secondary" data-testid="backup-list">
        {backups.length === 0 ? t('backup.none') : t('backup.list', { names: backups.join('、') })}
      </Typography>
      <Dialog open={chosen !== null} onClose={() => setChosen(null)}>
        <DialogTitle>{t('backup.confirmTitle')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{t('backup.confirmText', { name: chosen?.name ?? '' })}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setChosen(null)}>{t('backup.cancel')}</Button>
          <Button color="warning" variant="contained" onClick={() => void restore()} data-testid="backup-restore-confirm">
            {t('backup.confirmRestore')}
          </Button>
        </DialogActions>
      </Dialog>
    </SettingsSection>
  );
}
