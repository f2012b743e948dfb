/**
 * 导入台账 on the ledger: a button and the full-screen wizard — pick the
 * .xlsx, check the column mapping and the defaults, see the dry run (and
 * save the refused rows annotated), confirm, watch the progress, read the
 * result. Also 下载导入模板. Nothing is written before 确认导入.
 */
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { annotatedCopy } from '../../../../shared/workbook/ledger-import/annotate';
import { importTemplate } from '../../../../shared/workbook/ledger-import/template';
import { saveDocumentFile, XLSX_MIME_TYPE } from '../../../platform/saveDocument';
import { notify } from '../../../state/notices';
import { errorMessage } from '../../../ui/errors';
import { ImportDryRunStep } from './ImportDryRunStep';
import { ImportMappingStep } from './ImportMappingStep';
import { NotWrittenList } from './NotWrittenList';
import { useProblemText } from './problemText';
import { useLedgerImport, writesNothing } from './useLedgerImport';

async function save(fileName: string, bytes: Uint8Array): Promise<void> {
  const result = await saveDocumentFile({ fileName, mimeType: XLSX_MIME_TYPE, bytes });
  if (result.outcome === 'saved') notify('ledgerImport.wizard.saved', { path: result.path }, 'success');
  else if (result.outcome === 'downloaded') notify('ledgerImport.wizard.downloaded', { name: fileName }, 'success');
}

function Wizard({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const wizard = useLedgerImport();
  const { state, workbook } = wizard;
  const failed = (e: unknown) => notify('ledgerImport.wizard.failed', { message: errorMessage(e, t) }, 'error');
  const run = (work: () => Promise<void>) => () => void work().catch(failed);

  const downloadTemplate = run(async () => save(`${t('ledgerImport.wizard.templateName')}.xlsx`, await importTemplate()));
  const downloadAnnotated = run(async () => {
    if (!workbook || state.step !== 'dryRun') return;
    const bytes = await annotatedCopy(workbook.content, workbook.prepared.sheets, state.plan.refused, problemText.reason);
    await save(`${workbook.fileName.replace(/\.xlsx$/i, '')}-${t('ledgerImport.wizard.annotatedName')}.xlsx`, bytes);
  });
  const progress = state.step === 'writing' && state.progress ? state.progress : null;
  const nothingToWrite = state.step === 'dryRun' && writesNothing(state.plan);

  return (
    <>
      <DialogTitle id="ledger-import-title">{t('ledgerImport.wizard.title')}</DialogTitle>
      <DialogContent dividers>
        {state.step === 'pick' && (
          <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, alignItems: 'flex-start' }}>
            <Button variant="contained" component="label" disabled={state.reading}>
              {t('ledgerImport.wizard.pick')}
              <input
                hidden
                type="file"
                accept=".xlsx,.xls"
                data-testid="ledger-import-file"
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  e.target.value = '';
                  if (file) run(() => wizard.read(file))();
                }}
              />
            </Button>
            {state.reading && <LinearProgress sx={{ width: '100%' }} aria-label={t('ledgerImport.wizard.reading')} />}
            {state.refusal && (
              <Alert severity="error" data-testid="ledger-import-refusal">
                {t(`ledgerImport.refusal.${state.refusal.code}`, { ...state.refusal.params })}
              </Alert>
            )}
            <Button variant="text" onClick={downloadTemplate} data-testid="ledger-import-template">
              {t('ledgerImport.wizard.template')}
            </Button>
          </Box>
        )}
        {state.step === 'mapping' && workbook && <ImportMappingStep workbook={workbook} defaults={wizard.defaults} onDefaults={wizard.setDefaults} onRemap={wizard.remap} />}
        {state.step === 'dryRun' && <ImportDryRunStep plan={state.plan} unknown={wizard.unknown} nameMappings={wizard.nameMappings} onMap={(name, id) => run(() => wizard.mapName(name, id))()} />}
        {state.step === 'writing' && (
          <Box>
            <LinearProgress variant={progress ? 'determinate' : 'indeterminate'} value={progress ? (progress.rowsWritten / Math.max(1, progress.total)) * 100 : 0} aria-label={t('ledgerImport.wizard.confirm')} data-testid="ledger-import-progress" />
            {progress && <Typography variant="body2">{t('ledgerImport.wizard.writing', { done: progress.rowsWritten, total: progress.total })}</Typography>}
          </Box>
        )}
        {state.step === 'done' && (
          <>
            <Alert severity="success" data-testid="ledger-import-result">
              {t('ledgerImport.wizard.result', { ...state.result })}
            </Alert>
            <NotWrittenList items={state.notWritten} linked />
          </>
        )}
      </DialogContent>
      <DialogActions>
        {state.step === 'dryRun' && state.plan.refused.length > 0 && (
          <Button onClick={downloadAnnotated} data-testid="ledger-import-annotated">
            {t('ledgerImport.wizard.annotated')}
          </Button>
        )}
        {state.step === 'dryRun' && <Button onClick={wizard.back}>{t('ledgerImport.wizard.back')}</Button>}
        <Button onClick={onClose} disabled={state.step === 'writing'}>
          {t(state.step === 'done' ? 'ledgerImport.wizard.close' : 'common.cancel')}
        </Button>
        {state.step === 'mapping' && (
          <Button variant="contained" onClick={run(wizard.dryRun)} data-testid="ledger-import-dry-run">
            {t('ledgerImport.wizard.dryRun')}
          </Button>
        )}
        {state.step === 'dryRun' && (
          <Button variant="contained" disabled={nothingToWrite} onClick={run(() => wizard.confirm(state.plan))} data-testid="ledger-import-confirm">
            {t(nothingToWrite ? 'ledgerImport.wizard.nothingToWrite' : 'ledgerImport.wizard.confirm')}
          </Button>
        )}
      </DialogActions>
    </>
  );
}

export function LedgerImportButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="outlined" onClick={() => setOpen(true)} data-testid="ledger-import">
        {t('ledgerImport.wizard.open')}
      </Button>
      <Dialog open={open} fullScreen aria-labelledby="ledger-import-title" data-testid="ledger-import-dialog">
        {open && <Wizard onClose={() => setOpen(false)} />}
      </Dialog>
    </>
  );
}
