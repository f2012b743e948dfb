import { Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';

const formats = new Map<string, Intl.NumberFormat>();
/** One number format per language (making one takes longer than formatting). */
function numberFormat(language: string): Intl.NumberFormat {
  let format = formats.get(language);
  if (!format) formats.set(language, (format = new Intl.NumberFormat(language)));
  return format;
}

export function LedgerCount({ shown, total }: { shown: number; total: number }) {
  const { t, i18n } = useTranslation();
  const number = numberFormat(i18n.language);
  return (
    <Typography data-testid="ledger-count" role="status" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
      {t('ledger.count', { shown: number.format(shown), total: number.format(total) })}
    </Typography>
  );
}
