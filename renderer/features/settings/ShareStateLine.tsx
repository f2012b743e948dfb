/** The share state in words, as the status bar shows it. */
import { Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useShareStatus } from '../../state/share-status';
import { useShareStateText } from '../../ui/useShareStateText';

export function ShareStateLine() {
  const { t } = useTranslation();
  const { status, error } = useShareStatus();
  const { label, detail } = useShareStateText(status, error);
  return (
    <Typography variant="body2" color="text.secondary" role="status">
      {t('settings.shareState', { state: label })}
      {detail ? ` — ${detail}` : ''}
    </Typography>
  );
}
