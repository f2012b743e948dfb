/**
 * One archived case, read-only (issue 20.6): its intake fields, how many
 * records of each kind it had, its transitions (who moved it when), and its
 * whole history (every op the archive holds for its records, oldest first).
 * Nothing can be edited or printed from here.
 */
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArchiveContent, ArchiveIndexEntry } from '../../../shared/archive/case-archive';
import { formatDateTime } from '../../ui/dates';

const INTAKE_FIELDS = ['caseNumber', 'customerName', 'contactPerson', 'receivedAt', 'productModel', 'partNumber', 'orderNumber', 'lotNumber', 'quantityDelivered', 'quantityDefective', 'defectDescription', 'createdBy'] as const;

const wallIso = (hlc: unknown): string => (typeof hlc === 'string' ? new Date(Number(hlc.slice(0, 15))).toISOString() : '');
const show = (value: unknown): string => (value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value));

export function ArchivedCase({ entry, content, onClose }: { entry: ArchiveIndexEntry; content: ArchiveContent; onClose: () => void }) {
  const { t } = useTranslation();
  const view = useMemo(() => {
    const record = content.records.cases?.find((r) => r.id === entry.caseId) ?? {};
    const ids = new Set<string>([entry.caseId]);
    const counts: { table: string; count: number }[] = [];
    for (const [table, rows] of Object.entries(content.records)) {
      const mine = rows.filter((r) => r.caseId === entry.caseId || r.id === entry.caseId);
      for (const r of mine) ids.add(String(r.id));
      if (mine.length && table !== 'cases') counts.push({ table, count: mine.length });
    }
    const transitions = (content.records.transitions ?? []).filter((r) => r.caseId === entry.caseId).sort((a, b) => show(a.at).localeCompare(show(b.at)));
    const ops = content.ops.filter((op) => ids.has(String(op.entityId))).sort((a, b) => show(a.hlc).localeCompare(show(b.hlc)));
    return { record, counts, transitions, ops };
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
          {t('archive.lifecycle')}
        </Typography>
        {view.transitions.map((tr) => (
          <Typography key={String(tr.id)} variant="body2">
            {formatDateTime(show(tr.at))} · {show(tr.by)} · {t(`lc.steps.${show(tr.from)}` as 'lc.steps.closed', { defaultValue: show(tr.from) })} → {t(`lc.steps.${show(tr.to)}` as 'lc.steps.closed', { defaultValue: show(tr.to) })}
          </Typography>
        ))}
        <Typography variant="body2" color="text.secondary">
          {view.counts.map((c) => t('archive.records', { table: c.table, count: c.count })).join('；')}
        </Typography>
        <Typography variant="subtitle2" sx={{ mt: 2 }}>
          {t('archive.history')}
        </Typography>
        {view.ops.map((op) => (
          <Typography key={String(op.id)} variant="body2" sx={{ fontFamily: 'monospace', fontSize: 12 }}>
            {t('archive.historyLine', { at: formatDateTime(wallIso(op.hlc)), user: show(op.user), entity: show(op.entity), fields: Object.keys((op.fields as Record<string, unknown> | undefined) ?? {}).join(', ') })}
          </Typography>
        ))}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('archive.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
