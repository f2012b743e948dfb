/**
 * 经办人变更记录: who added a clerk, changed their department or roles,
 * deactivated them or reset their password, when — newest first, read from
 * the clerk list's ops (shared/domain/clerks/history.ts). No password or
 * hash is ever part of it.
 */
import { Alert, Box, Button, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import type { TFunction } from 'i18next';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClerkChange, ClerkHistoryEntry } from '../../../shared/domain/clerks/history';
import type { ClerkRole } from '../../../shared/domain/clerks/roles';
import type { Clerk } from '../../db/types';
import { useRepositories } from '../../state/session';
import { formatDateTime } from '../../ui/dates';

function changeText(change: ClerkChange, t: TFunction): string {
  const roles = (list: ClerkRole[]) => (list.length ? list.map((r) => t(`roles.${r}`)).join('、') : t('clerks.changes.none'));
  switch (change.kind) {
    case 'created':
      return t('clerks.changes.created', { name: change.name, department: change.department || t('clerks.changes.none'), roles: roles(change.roles) });
    case 'name':
    case 'department':
      return t(`clerks.changes.${change.kind}`, { before: change.before || t('clerks.changes.none'), after: change.after || t('clerks.changes.none') });
    case 'roles':
      return t('clerks.changes.roles', { before: roles(change.before), after: roles(change.after) });
    case 'active':
      return t(change.after ? 'clerks.changes.reactivated' : 'clerks.changes.deactivated');
    case 'password':
      return t(change.how === 'reset' ? 'clerks.changes.passwordReset' : change.how === 'set' ? 'clerks.changes.passwordSet' : 'clerks.changes.passwordChanged');
  }
}

/** `clerks`: the list shown beside it (names of the clerks the entries are about); `version` changes after every save there. */
export function ClerkHistory({ clerks, version }: { clerks: readonly Clerk[]; version: unknown }) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const [open, setOpen] = useState(false);
  const [entries, setEntries] = useState<ClerkHistoryEntry[] | null>(null);
  const load = useCallback(async () => setEntries(await repositories.clerks.history()), [repositories]);
  useEffect(() => {
    if (open) void load();
  }, [open, load, version]);
  const nameOf = (entry: ClerkHistoryEntry) => clerks.find((c) => c.id === entry.clerkId)?.name ?? (entry.change.kind === 'created' ? entry.change.name : entry.clerkId);
  return (
    <Box sx={{ mt: 1 }}>
      <Button size="small" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
        {open ? t('clerks.historyHide') : t('clerks.historyShow')}
      </Button>
      {open && entries?.length === 0 && <Alert severity="info">{t('clerks.historyEmpty')}</Alert>}
      {open && entries && entries.length > 0 && (
        <Box sx={{ overflowX: 'auto', maxHeight: 420 }}>
          <Table size="small" aria-label={t('clerks.historyTitle')} data-testid="clerk-history">
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: 150 }}>{t('history.time')}</TableCell>
                <TableCell sx={{ width: 110 }}>{t('history.user')}</TableCell>
                <TableCell sx={{ width: 110 }}>{t('clerks.historyClerk')}</TableCell>
                <TableCell>{t('history.change')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {entries.map((entry) => (
                <TableRow key={`${entry.opId}-${entry.change.kind}`} data-testid="clerk-history-row">
                  <TableCell>{formatDateTime(entry.at)}</TableCell>
                  <TableCell>{entry.by}</TableCell>
                  <TableCell>{nameOf(entry)}</TableCell>
                  <TableCell>{changeText(entry.change, t)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </Box>
  );
}
