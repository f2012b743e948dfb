/**
 * The conflicts of one case (values that lost a concurrent edit on another
 * PC), shown on the case page. The clerk keeps the current value or takes the
 * other: either way a new op that covers both, so the conflict is gone on
 * every PC after the next sync (renderer/db/sync-repository.ts).
 */
import { Alert, AlertTitle, Box, Button, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConflictRow } from '../../db';
import { errorMessage } from '../../ui/errors';
import { formatDateTime } from '../../ui/dates';
import { useSessionStore } from '../../state/session';
import { useRecordChanges } from '../../ui/useRecordChanges';

function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * `caseId`: the case (or another record, e.g. the office settings) whose conflicts are shown;
 * `labelOf` / `textOf`: how that record's fields and values read (default: the case's field labels, plain values).
 */
export function CaseConflicts({ caseId, labelOf, textOf }: { caseId: string; labelOf?: (field: string) => string; textOf?: (field: string, value: unknown) => string }) {
  const { t } = useTranslation();
  const sync = useSessionStore((s) => s.sync);
  const [rows, setRows] = useState<ConflictRow[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const load = useCallback(async () => {
    if (sync) setRows(await sync.repository.conflictsOfCase(caseId));
  }, [sync, caseId]);
  useEffect(() => {
    void load();
  }, [load]);
  useRecordChanges([caseId], () => void load());
  if (!sync || rows.length === 0) return null;
  const resolve = async (row: ConflictRow, value: unknown) => {
    try {
      setFailure(null);
      await sync.repository.resolveConflict(row.id, value as ConflictRow['value']);
      await load();
    } catch (error) {
      setFailure(errorMessage(error, t)); // e.g. read-only: "update the app"
    }
  };
  return (
    <Alert severity="warning" sx={{ mb: 2 }} data-testid="case-conflicts">
      <AlertTitle>{t('sync.conflict.title')}</AlertTitle>
      {t('sync.conflict.explain')}
      {failure && (
        <Alert severity="error" sx={{ my: 1 }} data-testid="case-conflicts-error">
          {failure}
        </Alert>
      )}
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('sync.conflict.field')}</TableCell>
              <TableCell>{t('sync.conflict.kept')}</TableCell>
              <TableCell>{t('sync.conflict.lost')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.id} data-testid="case-conflict-row" data-field={row.field}>
                <TableCell>{labelOf ? labelOf(row.field) : t(`fields.${row.field}`, { defaultValue: row.field })}</TableCell>
                <TableCell>
                  {textOf ? textOf(row.field, row.winnerValue) : show(row.winnerValue)}
                  <br />
                  <small>{t('sync.conflict.by', { user: row.winnerUser, time: formatDateTime(Number(row.winnerHlc.slice(0, 15))) })}</small>
                </TableCell>
                <TableCell>
                  {textOf ? textOf(row.field, row.value) : show(row.value)}
                  <br />
                  <small>{t('sync.conflict.by', { user: row.user, time: formatDateTime(Number(row.hlc.slice(0, 15))) })}</small>
                </TableCell>
                <TableCell>
                  <Button size="small" onClick={() => void resolve(row, row.winnerValue)}>
                    {t('sync.conflict.keep')}
                  </Button>
                  <Button size="small" onClick={() => void resolve(row, row.value)}>
                    {t('sync.conflict.use')}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    </Alert>
  );
}
