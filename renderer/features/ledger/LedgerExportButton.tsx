/**
 * 导出 Excel on the ledger: the view as it is now — its rows (search,
 * filters, sort) and columns — with the return lines of its cases, built in
 * a worker (runLedgerExport.ts) while a small dialog shows the progress and
 * can cancel, then saved through the host (a save dialog in the desktop app,
 * a download in the web host) as 台账-<factory date>.xlsx.
 */
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, Typography } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { factoryDate } from '../../../shared/domain/factory-calendar';
import { saveDocumentFile, XLSX_MIME_TYPE } from '../../platform/saveDocument';
import { ledgerStore } from '../../state/ledger-store';
import { useMasterDataStore } from '../../state/master-data-store';
import { notify } from '../../state/notices';
import { sessionNow, useRepositories } from '../../state/session';
import { errorMessage } from '../../ui/errors';
import { EXPORT_COLUMNS, exportLabels } from './exportColumns';
import { startLedgerExport, type ExportProgress, type LedgerExportJob } from './runLedgerExport';

export function LedgerExportButton({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const job = useRef<LedgerExportJob | null>(null);
  const cancelled = useRef(false);

  const cancel = () => {
    cancelled.current = true;
    job.current?.cancel();
  };
  // Leaving the ledger stops an export still running.
  useEffect(() => cancel, []);

  const run = async () => {
    cancelled.current = false;
    setProgress({ phase: 'reading' });
    try {
      // The view as it is now: later typing or sorting does not change the file.
      const rows = ledgerStore.getState().matched.map((entry) => entry.row);
      const { lines, dispositions } = await repositories.returns.linesOfCases(rows.map((row) => row.id));
      if (cancelled.current) {
        notify('ledgerExport.cancelled', undefined, 'info');
        return;
      }
      const exportedAtMs = sessionNow();
      const settings = { columns: EXPORT_COLUMNS, lines, dispositions, masterData: useMasterDataStore.getState().entries, labels: exportLabels(t), exportedAtMs };
      job.current = startLedgerExport(rows, settings, setProgress);
      const bytes = await job.current.result;
      if (!bytes) {
        notify('ledgerExport.cancelled', undefined, 'info');
        return;
      }
      setProgress(null);
      const fileName = `${t('ledgerExport.fileName')}-${factoryDate(exportedAtMs)}.xlsx`;
      const result = await saveDocumentFile({ fileName, mimeType: XLSX_MIME_TYPE, bytes });
      if (result.outcome === 'saved') notify('ledgerExport.saved', { path: result.path }, 'success');
      else if (result.outcome === 'downloaded') notify('ledgerExport.downloaded', { name: fileName }, 'success');
      else notify('ledgerExport.cancelled', undefined, 'info');
    } catch (e) {
      notify('ledgerExport.failed', { message: errorMessage(e, t) }, 'error');
    } finally {
      job.current = null;
      setProgress(null);
    }
  };

  const percent = progress?.phase === 'rows' ? Math.round((progress.done / Math.max(1, progress.total)) * 100) : 0;
  return (
    <>
      <Button variant="outlined" onClick={() => void run()} disabled={disabled || progress !== null} data-testid="ledger-export">
        {t('ledgerExport.button')}
      </Button>
      <Dialog open={progress !== null} maxWidth="xs" fullWidth aria-labelledby="ledger-export-title" data-testid="ledger-export-dialog">
        <DialogTitle id="ledger-export-title">{t('ledgerExport.title')}</DialogTitle>
        <DialogContent>
          <LinearProgress
            variant={progress?.phase === 'rows' ? 'determinate' : 'indeterminate'}
            value={percent}
            aria-label={t('ledgerExport.title')}
            data-testid="ledger-export-progress"
          />
          <Typography variant="body2" sx={{ mt: 1 }}>
            {progress?.phase === 'rows'
              ? t('ledgerExport.rows', { done: progress.done, total: progress.total })
              : progress?.phase === 'writing'
                ? t('ledgerExport.writing')
                : t('ledgerExport.reading')}
          </Typography>
        </DialogContent>
        <DialogActions>
          <Button onClick={cancel} data-testid="ledger-export-cancel">
            {t('ledgerExport.cancel')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
