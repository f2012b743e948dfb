/**
 * A record's change history as a table — time, who, which field, old → new,
 * newest first — from shared/domain/history.ts entries. Creation entries of
 * fields left empty say nothing and are left out; the fields of one save
 * are in form order. Used by the case page and by a case opened from an archive.
 */
import { Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../shared/domain/history';
import { formatDateTime } from '../dates';
import { fieldLabel, formatFieldValue } from '../fieldValues';
import { inFormOrder } from './historyOrder';

function Change({ entry }: { entry: HistoryEntry }) {
  const { t } = useTranslation();
  const next = formatFieldValue(entry.field, entry.newValue, t);
  if (entry.creation) return <>{next}</>;
  return (
    <>
      <Typography component="span" sx={{ color: 'text.secondary', textDecoration: 'line-through', textDecorationColor: 'rgba(0,0,0,0.3)' }}>
        {formatFieldValue(entry.field, entry.oldValue, t)}
      </Typography>
      {' → '}
      <Typography component="span" sx={{ fontWeight: 600 }}>
        {next}
      </Typography>
    </>
  );
}

/** Creation entries of fields left empty say nothing; leave them out. */
function isWorthShowing(entry: HistoryEntry): boolean {
  if (!entry.creation) return true;
  const v = entry.newValue;
  return !(v === null || v === '' || v === false || (Array.isArray(v) && v.length === 0));
}

/** The entries worth a row, in the order they are shown. */
export const shownHistory = (all: readonly HistoryEntry[]): HistoryEntry[] => inFormOrder(all.filter(isWorthShowing));

export function HistoryTable({ entries }: { entries: readonly HistoryEntry[] }) {
  const { t } = useTranslation();
  return (
    <TableContainer component={Paper}>
      <Table size="small" aria-label={t('history.title')}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 150 }}>{t('history.time')}</TableCell>
            <TableCell sx={{ width: 120 }}>{t('history.user')}</TableCell>
            <TableCell sx={{ width: 160 }}>{t('history.field')}</TableCell>
            <TableCell>{t('history.change')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {entries.map((entry) => (
            <TableRow key={entry.opId} data-testid="history-entry">
              <TableCell sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>{formatDateTime(entry.at)}</TableCell>
              <TableCell>{entry.user}</TableCell>
              <TableCell>
                {fieldLabel(entry.field, t)}
                {entry.creation && (
                  <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 0.5 }}>
                    {t('history.created')}
                  </Typography>
                )}
              </TableCell>
              <TableCell sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                <Change entry={entry} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
