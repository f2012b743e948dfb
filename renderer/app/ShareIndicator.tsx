import CloudDoneOutlinedIcon from '@mui/icons-material/CloudDoneOutlined';
import CloudOffOutlinedIcon from '@mui/icons-material/CloudOffOutlined';
import ComputerOutlinedIcon from '@mui/icons-material/ComputerOutlined';
import HourglassEmptyIcon from '@mui/icons-material/HourglassEmpty';
import { Box, Tooltip } from '@mui/material';
import { useShareStatus } from '../state/share-status';
import { useShareStateText } from '../ui/useShareStateText';

const ICONS = { none: ComputerOutlinedIcon, online: CloudDoneOutlinedIcon, offline: CloudOffOutlinedIcon, unknown: HourglassEmptyIcon };
const COLORS = { none: 'text.secondary', online: 'success.main', offline: 'warning.dark', unknown: 'text.secondary' };

export function ShareIndicator() {
  const { status, error } = useShareStatus();
  const { state, label, detail } = useShareStateText(status, error);
  const Icon = ICONS[state];
  return (
    <Tooltip title={detail || label} describeChild>
      <Box
        role="status"
        data-testid="status-share"
        data-state={state}
        tabIndex={0}
        aria-description={detail || undefined}
        sx={{ display: 'flex', alignItems: 'center', gap: 0.5, color: COLORS[state], typography: 'body2' }}
      >
        <Icon sx={{ fontSize: 16 }} />
        {label}
      </Box>
    </Tooltip>
  );
}
