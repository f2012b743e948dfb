/**
 * One archived case, read-only (issue 20.6): its intake fields, the outcome
 * (decision and amount, responsibility by department, costs, measures), how
 * many records of each kind it had, its transitions (who moved it when), and
 * the change history of its fields as the case page shows it (ui/history).
 * Nothing can be edited here; its forms are printed read-only through the
 * print button the page is given (`printButton`, from renderer/app).
 */
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArchiveContent, ArchiveIndexEntry } from '../../../shared/archive/case-archive';
import { buildHistory } from '../../../shared/domain/history';
import { formatYuan } from '../../../shared/domain/lifecycle/money';
import type { Op } from '../../../shared/sync/op';
import { formatDateTime } from '../../ui/dates';
import { HistoryTable, shownHistory } from '../../ui/history/HistoryTable';

const INTAKE_FIELDS = ['caseNumber', 'originalNumber', 'customerName', 'contactPerson', 'receivedAt', 'productModel', 'partNumber', 'orderNumber', 'lotNumber', 'quantityDelivered', 'quantityDefective', 'defectDescription', 'createdBy'] as const;

type Row = Record<string, unknown>;
const live = (rows: readonly Row[] | undefined, caseId: string): Row[] => (rows ?? []).filter((r) => r.caseId === caseId && r.deleted !== true);
const fen = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
const show = (value: unknown): string => (value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value));

export function ArchivedCase({ entry, content, onClose, printButton }: { entry: ArchiveIndexEntry; content: ArchiveContent; onClose: () => void; printButton?: ReactNode }) {
  const { t } = useTranslation();
  const view = useMemo(() => {
    const record = content.records.cases?.find((r) => r.id === entry.caseId) ?? {};
    const counts: { table: string; count: number }[] = [];
    for (const [table, rows] of Object.entries(content.records)) {
      const mine = rows.filter((r) => (r.caseId === entry.caseId || r.id === entry.caseId) && r.deleted !== true);
      if (mine.length && table !== 'cases' && table !== 'caseLifecycles') counts.push({ table, count: mine.length });
    }
    const transitions = (content.records.transitions ?? []).filter((r) => r.caseId === entry.caseId).sort((a, b) => show(a.at).localeCompare(show(b.at)));
    const lifecycle = content.records.caseLifecycles?.find((r) => r.id === entry.caseId) ?? null;
    const shares = live(content.records.responsibilityShares, entry.caseId);
    const costFen = live(content.records.costs, entry.caseId).reduce((n, c) => n + fen(c.amountFen), 0);
    const actions = live(content.records.caseActions, entry.caseId);
    // The case's own fields, as the case page's 变更记录 shows them.
    const history = shownHistory(buildHistory(content.ops.filter((op) => op.entity === 'case' && op.entityId === entry.caseId) as unknown as Op[]));
    return { record, counts, transitions, lifecycle, shares, costFen, actions, history };
  }, [entry, content]);

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="archived-case-title">
      <DialogTitle id="archived-case-title">{t('archive.detailTitle', { number: entry.caseNumber })}</DialogTitle>
      <DialogContent dividers data-testid="archived-case">
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('archive.readOnly')}
        </Alert>
        <Typography variant="subtitle2">{t('archive.fields')}</Typography>
        <Table size="small">
          <TableBody>
            {INTAKE_FIELDS.map((f) => (
              <TableRow key={f}>
                <TableCell sx={{ width: 200 }}>{t(`fields.${f}`)}</TableCell>
                <TableCell>{f === 'receivedAt' ? formatDateTime(show(view.record[f])) : show(view.record[f])}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Typography variant="subtitle2" sx={{ mt: 2 }}>
          {t('archive.outcome')}
        </Typography>
        <Typography variant="body2" data-testid="archived-outcome">
          {view.lifecycle?.decision ? t('archive.decision', { decision: t(`lc.decision.options.${show(view.lifecycle.decision)}` as 'lc.decision.options.A', { defaultValue: show(view.lifecycle.decision) }), amount: view.lifecycle.decisionAmountFen == null ? '—' : formatYuan(fen(view.lifecycle.decisionAmountFen)) }) : t('archive.noDecision')}
        </Typography>
        {view.shares.length > 0 && (
          <Typography variant="body2">
            {t('archive.responsibility', {
              shares: view.shares.map((s) => `${t(`lc.responsibility.departments.${show(s.department)}` as 'lc.responsibility.departments.production', { defaultValue: show(s.department) })} ${show(s.percent)}%${s.supplierName ? `（${show(s.supplierName)}）` : ''}`).join('、'),
            })}
          </Typography>
        )}
        <Typography variant="body2">{t('archive.costs', { amount: formatYuan(view.costFen) })}</Typography>
        {view.actions.map((a) => (
          <Typography key={show(a.id)} variant="body2">
            {t('archive.action', { description: show(a.description), owner: show(a.owner), status: t(`lc.measures.statuses.${show(a.status)}` as 'lc.measures.statuses.open', { defaultValue: show(a.status) }) })}
          </Typography>
        ))}
        <Typography variant="body2" color="text.secondary">
          {view.counts.map((c) => t('archive.records', { table: t(`archive.tables.${c.table}` as 'archive.tables.costs', { defaultValue: c.table }), count: c.count })).join('；')}
        </Typography>
        <Typography variant="subtitle2" sx={{ mt: 2 }}>
          {t('archive.lifecycle')}
        </Typography>
        {view.transitions.map((tr) => (
          <Typography key={String(tr.id)} variant="body2">
            {formatDateTime(show(tr.at))} · {show(tr.by)} · {t(`lc.steps.${show(tr.from)}` as 'lc.steps.closed', { defaultValue: show(tr.from) })} → {t(`lc.steps.${show(tr.to)}` as 'lc.steps.closed', { defaultValue: show(tr.to) })}
          </Typography>
        ))}
        <Typography variant="subtitle2" sx={{ mt: 2, mb: 1 }}>
          {t('archive.history')}
        </Typography>
        {view.history.length > 0 ? <HistoryTable entries={view.history} /> : <Typography color="text.secondary">{t('history.empty')}</Typography>}
      </DialogContent>
      <DialogActions>
        {printButton}
        <Button onClick={onClose}>{t('archive.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
