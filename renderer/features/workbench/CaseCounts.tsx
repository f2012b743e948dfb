import { Box, Paper, Typography } from '@mui/material';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLedgerStore } from '../../state/ledger-store';
import { casesReceivedThisMonth } from './countCases';
import { sessionNow } from '../../state/session';

function Count({ id, label, value, note }: { id: string; label: string; value: string; note?: string }) {
  return (
    <Paper sx={{ p: 2, minWidth: 180 }} role="group" aria-labelledby={id}>
      <Typography id={id} color="text.secondary" variant="body2">
        {label}
      </Typography>
      <Typography data-testid={id} sx={{ fontSize: '2rem', fontWeight: 600, fontVariantNumeric: 'tabular-nums', lineHeight: 1.3 }}>
        {value}
      </Typography>
      {note ? (
        <Typography data-testid={`${id}-note`} color="text.secondary" variant="caption">
          {note}
        </Typography>
      ) : null}
    </Paper>
  );
}

export function CaseCounts() {
  const { t, i18n } = useTranslation();
  const rows = useLedgerStore((s) => s.entries);
  const loaded = useLedgerStore((s) => s.status) === 'complete';
  const thisMonth = useMemo(() => casesReceivedThisMonth(rows, sessionNow()), [rows]);
  const number = new Intl.NumberFormat(i18n.language);
  const show = (n: number) => (loaded ? number.format(n) : '…');
  return (
    <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
      <Count
        id="count-this-month"
        label={t('workbench.complaintsThisMonth')}
        value={show(thisMonth.complaints)}
        note={loaded && thisMonth.sevenDayReturns > 0 ? t('workbench.sevenDayReturnsApart', { formatted: number.format(thisMonth.sevenDayReturns) }) : undefined}
      />
      <Count id="count-total" label={t('workbench.totalCases')} value={show(rows.length)} />
    </Box>
  );
}
