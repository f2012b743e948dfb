/** 变更记录: who changed which field when, old → new, newest first. */
import { Alert, LinearProgress, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../shared/domain/history';
import { formatDateTime } from '../../ui/dates';
import { errorMessage } from '../../ui/errors';
import { fieldLabel, formatFieldValue } from '../../ui/fieldValues';
import { useMasterEntries } from '../../ui/useMasterEntries';
import { inFormOrder } from './historyOrder';
import { useCaseHistory } from './useCaseHistory';

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

export function CaseHistory({ caseId, version }: { caseId: string; version: string }) {
  const { t } = useTranslation();
  useMasterEntries(); // entry ids (customerId …) read as their entries
  const { entries: all, error } = useCaseHistory(caseId, version);
  const entries = all ? inFormOrder(all.filter(isWorthShowing)) : null;
  if (error) return <Alert severity="error">{errorMessage(error, t)}</Alert>;
  if (!entries) return <LinearProgress />;
  if (entries.length === 0) return <Alert severity="info">{t('history.empty')}</Alert>;
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
