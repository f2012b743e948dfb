/**
 * The status bar's replication part, shown while a share is set: state (in sync / syncing /
 * offline), last sync, changes waiting, conflicts, problems — click for the
 * detail panel — a "sync now" button and the join progress bar.
 */
import SyncIcon from '@mui/icons-material/Sync';
import SyncProblemIcon from '@mui/icons-material/SyncProblem';
import { Box, Button, IconButton, LinearProgress, List, ListItem, ListItemText, Popover, Tooltip, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { getDesktopApi } from '../../platform';
import { syncStore, useSyncStore, type SyncNotice } from '../../state/sync-store';
import { PENDING_DISPLAY_CAP } from '../../state/pending-ops';
import { formatDateTime } from '../../ui/dates';

export function noticeText(t: TFunction, n: SyncNotice): string {
  switch (n.kind) {
    case 'readOnly':
      return t('sync.readOnly', n.params);
    case 'renewed':
      return t('sync.renewed', n.params);
    case 'shareOlder':
      return t('sync.shareOlder', n.params);
    case 'quarantined':
      return t('sync.quarantined', n.params);
    case 'segment':
      return t('sync.segmentError', n.params);
    case 'conflictCopy':
      return t('sync.conflictCopy', n.params);
    case 'pushFailed':
      return t('sync.pushFailed', n.params);
    case 'tooLarge':
      return t('sync.tooLarge', n.params);
    case 'shareLost':
      return t('sync.shareLost');
    default:
      return t('sync.join.failed', n.params);
  }
}

export function SyncStatus() {
  const { t } = useTranslation();
  const s = useSyncStore((x) => x);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  useEffect(() => {
    syncStore.getState().start(getDesktopApi());
    return () => syncStore.getState().stop();
  }, []);
  // Without a share the status bar's share state (本机保存) says it all.
  if (s.phase === 'off') return null;
  const label = s.phase === 'syncing' ? t('sync.syncing') : s.phase === 'offline' ? t('sync.offline') : t('sync.online');
  const problems = s.notices.length;
  const tooltip = s.lastSyncAt ? t('sync.lastSync', { time: formatDateTime(s.lastSyncAt) }) : t('sync.never');
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, typography: 'body2' }} data-testid="sync-status" data-phase={s.phase}>
      <Tooltip title={tooltip}>
        <Button size="small" color={problems ? 'warning' : 'inherit'} onClick={(e) => setAnchor(e.currentTarget)} startIcon={problems ? <SyncProblemIcon fontSize="small" /> : <SyncIcon fontSize="small" />} sx={{ py: 0, fontWeight: 400 }} data-testid="sync-details-button">
          {label}
          {s.conflicts > 0 && ` · ${t('sync.conflicts', { count: s.conflicts })}`}
          {problems > 0 && ` · ${t('sync.errors', { count: problems })}`}
        </Button>
      </Tooltip>
      {s.progress && (
        <Box sx={{ width: 140 }} aria-label={t('sync.joining', s.progress)}>
          <LinearProgress variant="determinate" value={s.progress.total ? (100 * s.progress.done) / s.progress.total : 0} />
        </Box>
      )}
      <Tooltip title={t('sync.syncNow')}>
        <span>
          <IconButton size="small" aria-label={t('sync.syncNow')} data-testid="sync-now" disabled={s.phase === 'syncing'} onClick={() => void syncStore.getState().syncNow()}>
            <SyncIcon sx={{ fontSize: 16 }} />
          </IconButton>
        </span>
      </Tooltip>
      <Popover open={anchor !== null} anchorEl={anchor} onClose={() => setAnchor(null)} anchorOrigin={{ vertical: 'top', horizontal: 'left' }} transformOrigin={{ vertical: 'bottom', horizontal: 'left' }}>
        <Box sx={{ p: 2, maxWidth: 480 }} data-testid="sync-details">
          <Typography variant="subtitle2">{t('sync.details')}</Typography>
          <Typography variant="body2" color="text.secondary">
            {tooltip} · {s.pending > PENDING_DISPLAY_CAP ? t('sync.waitingMany', { count: PENDING_DISPLAY_CAP }) : t('sync.waiting', { count: s.pending })} · {t('sync.conflicts', { count: s.conflicts })}
          </Typography>
          {problems === 0 ? (
            <Typography variant="body2">{t('sync.noProblems')}</Typography>
          ) : (
            <List dense>
              {s.notices.map((n, i) => (
                <ListItem key={i} disableGutters>
                  <ListItemText primary={noticeText(t, n)} />
                </ListItem>
              ))}
            </List>
          )}
        </Box>
      </Popover>
    </Box>
  );
}
