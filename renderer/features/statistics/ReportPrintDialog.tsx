/**
 * The print dialog of an office report (the monthly report, the 品质履历表:
 * issue 17): A4 portrait or landscape, the printer, a preview of the PDF
 * the host makes (the same bytes that are saved), print silently or
 * through the system dialog, save as PDF. Like the case's PrintDialog, but
 * the document is built by the caller (it reads the statistics) and no
 * print record goes on a case.
 */
import { Alert, Box, Dialog, DialogContent, DialogTitle, MenuItem, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormContext, Paper, RenderedForm, ReportFormKind } from '../../../shared/forms';
import { PRINT_TIMEOUT_MS } from '../../../shared/ipc/print-contract';
import { DesktopApiError } from '../../../shared/ipc/result';
import { decodeBase64 } from '../../../shared/base64';
import { getDesktopApi } from '../../platform';
import { saveDocumentFile } from '../../platform/saveDocument';
import { notify } from '../../state/notices';
import { sessionActions, sessionNow, useClerk, useSettings } from '../../state/session';
import { errorMessage, errorText } from '../../ui/errors';
import { formContextOf } from '../../ui/print/formContext';
import { PdfPreviewPane, PrintDialogActions, PrinterField, usePrinterList } from '../../ui/print/PrintControls';

interface Props {
  open: boolean;
  onClose: () => void;
  kind: ReportFormKind;
  /** The dialog's title, e.g. 打印月报 — 2026-11. */
  title: string;
  /** The PDF's file name (…pdf). */
  fileName: string;
  /** Builds the document with the print settings' context on the chosen paper. */
  build: (ctx: FormContext, paper: Paper) => Promise<RenderedForm>;
}

export function ReportPrintDialog({ open, onClose, kind, title, fileName, build }: Props) {
  const { t } = useTranslation();
  const settings = useSettings();
  const clerk = useClerk();
  const [paper, setPaper] = useState<Paper>(settings.printing.forms[kind].paper);
  const [printer, setPrinter] = useState(settings.printing.forms[kind].printer);
  const printers = usePrinterList(open);
  const [previewUrl, setPreviewUrl] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => () => {
    if (previewUrl) URL.revokeObjectURL(previewUrl);
  }, [previewUrl]);

  // A report is one copy: the office files the signed one.
  const document = () => build(formContextOf(settings, kind, 1, new Date(sessionNow()), clerk?.name ?? ''), paper);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(e instanceof DesktopApiError && e.code === 'timedOut' ? t('print.timedOut', { seconds: PRINT_TIMEOUT_MS / 1000 }) : errorMessage(e, t));
      notify('print.failed', { message: errorText(e) }, 'error');
    } finally {
      setBusy(false);
    }
  };

  const pdfBytes = async () => {
    const doc = await document();
    return decodeBase64((await getDesktopApi().printRenderPdf({ html: doc.html, paper: doc.paper })).pdfBase64);
  };

  const preview = () =>
    run(async () => {
      setPreviewUrl(URL.createObjectURL(new Blob([await pdfBytes()], { type: 'application/pdf' })));
    });

  const print = (silent: boolean) =>
    run(async () => {
      const doc = await document();
      const r = await getDesktopApi().printPrint({ html: doc.html, paper: doc.paper, printer, copies: 1, silent, form: kind });
      if (!r.printed) throw new Error(r.reason ?? 'not printed');
      const forms = settings.printing.forms;
      if (forms[kind].printer !== printer || forms[kind].paper.orientation !== paper.orientation) {
        await sessionActions.updateSettings({ printing: { ...settings.printing, forms: { ...forms, [kind]: { ...forms[kind], printer, paper } } } });
      }
      notify('print.printed', undefined, 'success');
    });

  const savePdf = () =>
    run(async () => {
      const result = await saveDocumentFile({ fileName, mimeType: 'application/pdf', bytes: await pdfBytes() });
      if (result.outcome !== 'cancelled') notify('print.saved', undefined, 'success');
    });

  const choosePaper = (next: Paper) => {
    setPaper(next);
    setPreviewUrl(null);
  };

  return (
    <Dialog open={open} onClose={onClose} maxWidth="lg" fullWidth data-testid="report-print-dialog">
      <DialogTitle>{title}</DialogTitle>
      <DialogContent sx={{ display: 'flex', gap: 2, minHeight: 520 }}>
        <Box sx={{ width: 260, flex: 'none', display: 'flex', flexDirection: 'column', gap: 2, pt: 1 }}>
          <TextField select label={t('print.orientation')} value={paper.orientation} onChange={(e) => choosePaper({ kind: 'a4', orientation: e.target.value as Paper['orientation'] })} size="small">
            <MenuItem value="portrait">{t('print.portrait')}</MenuItem>
            <MenuItem value="landscape">{t('print.landscape')}</MenuItem>
          </TextField>
          <PrinterField printer={printer} onChange={setPrinter} printers={printers} />
          {error && <Alert severity="error">{error}</Alert>}
        </Box>
        <PdfPreviewPane busy={busy} previewUrl={previewUrl} testId="report-print-preview" />
      </DialogContent>
      <PrintDialogActions busy={busy} onPreview={() => void preview()} onSavePdf={() => void savePdf()} onPrint={(silent) => void print(silent)} onClose={onClose} testIds="report-print" />
    </Dialog>
  );
}
