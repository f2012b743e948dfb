/**
 * 委托变更记录: who made each delegation and who ended it early, when —
 * newest first, read from the delegation records' ops like any office
 * record's history (shared/domain/history.ts).
 */
import { Alert, Box, Button, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import type { TFunction } from 'i18next';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isDelegableRole, type Delegation } from '../../../shared/domain/clerks/delegation';
import type { DelegationHistoryEntry } from '../../db';
import { useRepositories } from '../../state/session';
import { formatDateTime } from '../../ui/dates';

/** One line per change: the creation (its fields read together) or the early end. */
interface Line {
  key: string;
  at: number;
  by: string;
  text: string;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : '');

function linesOf(entries: readonly DelegationHistoryEntry[], t: TFunction): Line[] {
  const byOp = new Map<string, DelegationHistoryEntry[]>();
  for (const e of entries) byOp.set(`${e.delegationId} ${e.opId}`, [...(byOp.get(`${e.delegationId} ${e.opId}`) ?? []), e]);
  const created = new Map<string, Record<string, unknown>>();
  for (const group of byOp.values()) if (group[0]!.creation) created.set(group[0]!.delegationId, Object.fromEntries(group.map((e) => [e.field, e.newValue])));
  const lines: Line[] = [];
  for (const [key, group] of byOp) {
    const first = group[0]!;
    const fields = created.get(first.delegationId) ?? {};
    const role = isDelegableRole(fields.role) ? t(`roles.${fields.role}`) : text(fields.role);
    const names = { delegate: text(fields.delegateName), delegator: text(fields.delegatorName), role };
    if (first.creation) lines.push({ key, at: first.at, by: first.user, text: t('delegation.changes.created', { ...names, from: text(fields.from), to: text(fields.to), reason: text(fields.reason) }) });
    else if (group.some((e) => e.field === 'endedAt')) lines.push({ key, at: first.at, by: first.user, text: t('delegation.changes.ended', names) });
  }
  return lines;
}

/** `version` changes after every change of the list beside it. */
export function DelegationHistory({ version }: { version: Delegation[] | null }) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const [open, setOpen] = useState(false);
  const [entries, setEntries] = useState<DelegationHistoryEntry[] | null>(null);
  const load = useCallback(async () => setEntries(await repositories.delegations.history()), [repositories]);
  useEffect(() => {
    if (open) void load();
  }, [open, load, version]);
  const lines = entries ? linesOf(entries, t) : null;
  return (
    <Box sx={{ mt: 1 }}>
      <Button size="small" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
        {open ? t('delegation.historyHide') : t('delegation.historyShow')}
      </Button>
      {open && lines?.length === 0 && <Alert severity="info">{t('delegation.historyEmpty')}</Alert>}
      {open && lines && lines.length > 0 && (
        <Box sx={{ overflowX: 'auto', maxHeight: 420 }}>
          <Table size="small" aria-label={t('delegation.historyTitle')} data-testid="delegation-history">
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: 150 }}>{t('history.time')}</TableCell>
                <TableCell sx={{ width: 110 }}>{t('history.user')}</TableCell>
                <TableCell>{t('history.change')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {lines.map((line) => (
                <TableRow key={line.key} data-testid="delegation-history-row">
                  <TableCell>{formatDateTime(line.at)}</TableCell>
                  <TableCell>{line.by}</TableCell>
                  <TableCell>{line.text}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </Box>
  );
}
