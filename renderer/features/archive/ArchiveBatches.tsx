/**
 * The archive batches (issue 20.6): file, count, who made it when, whether
 * the removal is confirmed and by whom, what this PC removed and the late
 * changes it kept aside. For an admin (`admin`): 确认从所有电脑移除 — the
 * signing dialog names the count and the file; the file is read back and
 * verified first — and 作废 for an unconfirmed batch.
 */
import { Alert, Box, Button, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArchiveBatch } from '../../../shared/domain/retention/batch';
import type { LateOpsOfBatch, RemovalReport } from '../../db';
import { notify } from '../../state/notices';
import { retentionActions } from '../../state/retention';
import { useRepositories } from '../../state/session';
import { formatDateTime } from '../../ui/dates';
import { SignDialog, type SignOutcome } from '../../ui/signing/SignDialog';
import { ValidationFailedError } from '../../db';
import { archiveFailureText } from './batchText';

interface Row {
  batch: ArchiveBatch;
  removal: RemovalReport | null;
}

export function ArchiveBatches({ admin = false, refresh = 0, onChanged }: { admin?: boolean; refresh?: number; onChanged?: () => void }) {
  const { t } = useTranslation();
  const repos = useRepositories();
  const [rows, setRows] = useState<Row[] | null>(null);
  const [late, setLate] = useState<LateOpsOfBatch[]>([]);
  const [confirming, setConfirming] = useState<ArchiveBatch | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const load = useCallback(async () => {
    const batches = await repos.archive.batches();
    setRows(await Promise.all(batches.map(async (batch) => ({ batch, removal: await repos.archive.removal(batch.id) }))));
    setLate(await repos.archive.lateOps());
  }, [repos]);
  useEffect(() => {
    void load();
  }, [load, refresh]);
  useEffect(() => repos.changes.subscribe(() => void load()), [repos, load]);

  const sign = async (batch: ArchiveBatch, password: string): Promise<SignOutcome> => {
    try {
      const report = await retentionActions.confirm(repos, batch, password, t('retention.confirmMeaning', { count: batch.caseIds.length, file: batch.fileName }));
      notify('retention.confirmedNotice', { count: report.cases }, 'success');
      onChanged?.();
      await load();
      return null;
    } catch (error) {
      if (error instanceof ValidationFailedError && error.fieldErrors.password) return { fieldErrors: error.fieldErrors };
      return { message: archiveFailureText(error, t) };
    }
  };
  const discard = async (batch: ArchiveBatch) => {
    setFailure(null);
    try {
      await repos.archive.discard(batch.id);
      notify('retention.discardedNotice', undefined, 'info');
      await load();
    } catch (error) {
      setFailure(archiveFailureText(error, t));
    }
  };

  return (
    <Box data-testid="archive-batches">
      <Typography variant="subtitle2">{t('retention.batches')}</Typography>
      {rows && rows.length === 0 && <Typography variant="body2">{t('retention.noBatches')}</Typography>}
      {failure && <Alert severity="error">{failure}</Alert>}
      <List dense>
        {rows?.map(({ batch, removal }) => {
          const kept = late.find((l) => l.batchId === batch.id);
          const status = batch.deleted ? t('retention.discarded') : batch.confirmedAt ? t('retention.confirmed', { by: batch.confirmedByName ?? '', at: formatDateTime(batch.confirmedAt) }) : t('retention.unconfirmed');
          return (
            <ListItem key={batch.id} data-testid="archive-batch" alignItems="flex-start" secondaryAction={
              admin && !batch.deleted && !batch.confirmedAt ? (
                <Box>
                  <Button variant="contained" color="warning" size="small" onClick={() => setConfirming(batch)} data-testid="archive-confirm">
                    {t('retention.confirm')}
                  </Button>
                  <Button size="small" sx={{ ml: 1 }} onClick={() => void discard(batch)}>
                    {t('retention.discard')}
                  </Button>
                </Box>
              ) : undefined
            }>
              <ListItemText
                primary={t('retention.batchLine', { file: batch.fileName, count: batch.caseIds.length, by: batch.createdByName, at: formatDateTime(batch.createdAt) })}
                secondary={[status, t('retention.batchFolder', { folder: batch.folder }), removal ? t('retention.removedHere', { cases: removal.cases, records: removal.records }) : '', kept ? t('retention.lateOps', { ops: kept.ops, cases: kept.cases }) : ''].filter(Boolean).join(' · ')}
                sx={{ pr: admin ? 36 : 0 }}
              />
            </ListItem>
          );
        })}
      </List>
      {confirming && (
        <SignDialog meaning={t('retention.confirmMeaning', { count: confirming.caseIds.length, file: confirming.fileName })} role="admin" onSign={(password) => sign(confirming, password)} onClose={() => setConfirming(null)}>
          <Alert severity="warning">{t('retention.confirmText', { count: confirming.caseIds.length, file: confirming.fileName })}</Alert>
        </SignDialog>
      )}
    </Box>
  );
}
