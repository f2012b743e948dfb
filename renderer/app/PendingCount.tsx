import SyncIcon from '@mui/icons-material/Sync';
import { Box, Tooltip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { PENDING_DISPLAY_CAP, usePendingOps } from '../state/pending-ops';

export function PendingCount() {
  const { t } = useTranslation();
  const count = usePendingOps((s) => s.count);
  return (
    <Tooltip title={t('status.pendingTitle')} describeChild>
      <Box data-testid="status-pending" tabIndex={0} sx={{ display: 'flex', alignItems: 'center', gap: 0.5, typography: 'body2' }}>
        <SyncIcon sx={{ fontSize: 16 }} />
        {count !== null && count > PENDING_DISPLAY_CAP ? t('status.pendingMany', { count: PENDING_DISPLAY_CAP }) : t('status.pending', { count: count ?? 0 })}
      </Box>
    </Tooltip>
  );
}
