/** 办公室设置变更记录: who changed which office rule when, old → new, newest first (read from the office record's ops). */
import { Alert, Box, Button, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../shared/domain/history';
import { OFFICE_SETTINGS_ID } from '../../../shared/domain/office-settings';
import { useRepositories } from '../../state/session';
import { formatDateTime } from '../../ui/dates';
import { useRecordChanges } from '../../ui/useRecordChanges';
import { officeChangeText, officeFieldLabel } from './officeValueText';

function Change({ field, oldValue, newValue }: Pick<HistoryEntry, 'field' | 'oldValue' | 'newValue'>) {
  const { t } = useTranslation();
  const { before, after } = officeChangeText(field, oldValue, newValue, t);
  return (
    <>
      <Box component="span" sx={{ color: 'text.secondary', textDecoration: 'line-through' }}>
        {before}
      </Box>
      {' → '}
      <Box component="span" sx={{ fontWeight: 600 }}>
        {after}
      </Box>
    </>
  );
}

export function OfficeHistory() {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const [open, setOpen] = useState(false);
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const load = useCallback(async () => {
    setEntries(await repositories.officeSettings.history());
  }, [repositories]);
  useEffect(() => {
    if (open) void load();
  }, [open, load]);
  useRecordChanges([OFFICE_SETTINGS_ID], () => {
    if (open) void load();
  });
  return (
    <Box>
      <Button size="small" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
        {open ? t('office.historyHide') : t('office.historyShow')}
      </Button>
      {open && entries?.length === 0 && <Alert severity="info">{t('office.historyEmpty')}</Alert>}
      {open && entries && entries.length > 0 && (
        <Box sx={{ overflowX: 'auto', maxHeight: 420 }}>
          <Table size="small" aria-label={t('office.historyTitle')} data-testid="office-history">
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: 150 }}>{t('history.time')}</TableCell>
                <TableCell sx={{ width: 110 }}>{t('history.user')}</TableCell>
                <TableCell sx={{ width: 170 }}>{t('history.field')}</TableCell>
                <TableCell>{t('history.change')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {entries.map((entry) => (
                <TableRow key={`${entry.opId}/${entry.field}`} data-testid="office-history-entry" data-field={entry.field}>
                  {/* wall 0: the once-only migration of a PC's own values (office-settings-repository.ts) */}
                  <TableCell sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>{entry.at === 0 ? t('office.migrated') : formatDateTime(entry.at)}</TableCell>
                  <TableCell>{entry.user}</TableCell>
                  <TableCell>{officeFieldLabel(entry.field, t)}</TableCell>
                  <TableCell>
                    <Change field={entry.field} oldValue={entry.oldValue} newValue={entry.newValue} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </Box>
  );
}
