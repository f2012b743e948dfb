/**
 * The 8D page's outputs: 导出 Word (the layout dialog) and 打印 / PDF — the
 * case's print dialog given this report (form 'eightD'), with the photos'
 * bytes read first. The print dialog is the print feature's, handed in by
 * the route (renderer/app composes features).
 */
import DescriptionIcon from '@mui/icons-material/Description';
import PrintIcon from '@mui/icons-material/Print';
import { Button, Stack } from '@mui/material';
import { lazy, Suspense, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintCase } from '../../../shared/domain/case';
import type { EightDReportData } from '../../../shared/report/types';
import { errorText } from '../../ui/errors';
import { notify } from '../../state/notices';
import { useClerk, useSettings } from '../../state/session';
import { useEightD } from './eightDFileContext';
import { gatherReportData } from './reportData';

// The Word builder (the docx package, ~0.5 MB) loads when the export dialog first opens, not with the app.
const WordExportDialog = lazy(() => import('./WordExportDialog').then((m) => ({ default: m.WordExportDialog })));

/** The case's print dialog, opened on this 8D report. */
export type EightDPrintDialog = ComponentType<{ record: ComplaintCase; eightD: EightDReportData; open: boolean; onClose: () => void }>;

export function EightDToolbar({ printDialog: PrintDialog }: { printDialog: EightDPrintDialog }) {
  const { t } = useTranslation();
  const settings = useSettings();
  const clerk = useClerk();
  const { file, caseRecord, repositories } = useEightD();
  const [exporting, setExporting] = useState(false);
  const [printing, setPrinting] = useState<EightDReportData | null>(null);
  const [reading, setReading] = useState(false);

  const print = async () => {
    setReading(true);
    try {
      const { data, photosMissing } = await gatherReportData(repositories, file, caseRecord, settings, clerk?.name ?? '');
      if (photosMissing > 0) notify('eightD.export.photosMissing', { count: photosMissing }, 'warning');
      setPrinting(data);
    } catch (e) {
      notify('eightD.export.failed', { message: errorText(e) }, 'error');
    } finally {
      setReading(false);
    }
  };

  return (
    <Stack direction="row" spacing={1}>
      <Button variant="contained" startIcon={<DescriptionIcon />} onClick={() => setExporting(true)} data-testid="ed-export-word">
        {t('eightD.export.word')}
      </Button>
      <Button variant="outlined" startIcon={<PrintIcon />} onClick={() => void print()} disabled={reading} data-testid="ed-print">
        {t('eightD.export.print')}
      </Button>
      {exporting && (
        <Suspense fallback={null}>
          <WordExportDialog open={exporting} onClose={() => setExporting(false)} />
        </Suspense>
      )}
      {printing && <PrintDialog record={caseRecord} eightD={printing} open onClose={() => setPrinting(null)} />}
    </Stack>
  );
}
