import { Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';

export function LedgerCount({ shown, total }: { shown: number; total: number }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <Typography data-testid="ledger-count" role="status" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
      {t('ledger.count', { shown: number.format(shown), total: number.format(total) })}
    </Typography>
  );
}
