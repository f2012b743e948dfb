/**
 * The bottom bar: this PC's station code, the clerk (click to lock and switch), the
 * share state (polled) and — only when a share is set — the replication
 * state and how many local changes wait to be published. A PC without a
 * share shows one short state (本机保存): nothing waits for anything there.
 */
import PersonOutlinedIcon from '@mui/icons-material/PersonOutlined';
import { Box, Button, Tooltip, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { sessionActions, useClerk, useSettings } from '../state/session';
import { PendingCount } from './PendingCount';
import { ShareIndicator } from './ShareIndicator';
import { SyncStatus } from '../features/sync/SyncStatus';

export const STATUS_BAR_HEIGHT = 32;

export function StatusBar() {
  const { t } = useTranslation();
  const settings = useSettings();
  const clerk = useClerk();
  return (
    <Box
      component="footer"
      aria-label={t('status.label')}
      sx={{
        height: STATUS_BAR_HEIGHT,
        flexShrink: 0,
        display: 'flex',
        alignItems: 'center',
        gap: 2,
        px: 1.5,
        borderTop: 1,
        borderColor: 'divider',
        bgcolor: '#eef1f4',
        fontSize: '0.8125rem',
        color: 'text.secondary',
        zIndex: (theme) => theme.zIndex.drawer + 1,
      }}
    >
      <Tooltip title={t('status.stationTitle')} describeChild>
        <Typography variant="body2" data-testid="status-station" sx={{ fontVariantNumeric: 'tabular-nums' }}>
          {t('status.station', { code: settings.stationCode || '?' })}
        </Typography>
      </Tooltip>
      <Tooltip title={t('signIn.switchClerk')} describeChild>
        <Button
          size="small"
          color="inherit"
          startIcon={<PersonOutlinedIcon fontSize="small" />}
          onClick={() => sessionActions.lock()}
          data-testid="status-clerk"
          sx={{ py: 0, fontWeight: 400 }}
        >
          {clerk ? t('clerk.current', { name: clerk.name }) : t('status.noClerk')}
        </Button>
      </Tooltip>
      <ShareIndicator />
      <SyncStatus />
      {settings.sharePath && (
        <Box sx={{ ml: 'auto' }}>
          <PendingCount />
        </Box>
      )}
    </Box>
  );
}
