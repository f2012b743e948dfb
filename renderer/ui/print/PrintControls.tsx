/**
 * The parts every print dialog has (a case's forms, the office's reports):
 * the printers of this PC, the printer field, the PDF preview pane and the
 * row of actions — preview, save PDF, print with the system dialog, print
 * straight to the printer, close.
 */
import { Alert, Box, Button, DialogActions, LinearProgress, MenuItem, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrinterList } from '../../../shared/ipc/print-contract';
import { getDesktopApi } from '../../platform';
import { errorMessage } from '../errors';

/** The printers of this PC, read when the dialog opens (an empty list says why). */
export function usePrinterList(open: boolean): PrinterList | null {
  const { t } = useTranslation();
  const [printers, setPrinters] = useState<PrinterList | null>(null);
  useEffect(() => {
    if (!open) return undefined;
    let live = true;
    getDesktopApi()
      .printListPrinters()
      .then((list) => live && setPrinters(list))
      .catch((e: unknown) => live && setPrinters({ printers: [], reason: errorMessage(e, t) }));
    return () => {
      live = false;
    };
  }, [open, t]);
  return printers;
}

export function PrinterField({ printer, onChange, printers }: { printer: string; onChange: (name: string) => void; printers: PrinterList | null }) {
  const { t } = useTranslation();
  return (
    <>
      <TextField select label={t('print.printer')} value={printer} onChange={(e) => onChange(e.target.value)} size="small" slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}>
        <MenuItem value="">{t('print.systemDefault')}</MenuItem>
        {printers?.printers.map((p) => (
          <MenuItem key={p.name} value={p.name}>
            {p.displayName}
            {p.isDefault ? ' ✓' : ''}
          </MenuItem>
        ))}
      </TextField>
      {printers && printers.printers.length === 0 && printers.reason && <Alert severity="info">{t('print.noPrinters', { reason: printers.reason })}</Alert>}
    </>
  );
}

/** The PDF the host made, in chromium's own viewer (a blob: URL: the CSP allows frame-src blob: for it). */
export function PdfPreviewPane({ busy, previewUrl, testId }: { busy: boolean; previewUrl: string | null; testId: string }) {
  const { t } = useTranslation();
  return (
    <Box sx={{ flex: 1, minWidth: 0, border: 1, borderColor: 'divider', bgcolor: 'grey.100', display: 'flex', flexDirection: 'column' }}>
      {busy && <LinearProgress aria-label={t('print.previewing')} />}
      {previewUrl ? (
        <iframe title={t('print.previewTitle')} src={previewUrl} data-testid={testId} style={{ flex: 1, border: 0, width: '100%', minHeight: 500 }} />
      ) : (
        <Box sx={{ m: 'auto', color: 'text.secondary' }}>{busy ? t('print.previewing') : t('print.previewTitle')}</Box>
      )}
    </Box>
  );
}

interface ActionsProps {
  busy: boolean;
  onPreview: () => void;
  onSavePdf: () => void;
  onPrint: (silent: boolean) => void;
  onClose: () => void;
  /** Test ids: `${testIds}-preview-button`, `${testIds}-save-pdf`. */
  testIds: string;
}

export function PrintDialogActions({ busy, onPreview, onSavePdf, onPrint, onClose, testIds }: ActionsProps) {
  const { t } = useTranslation();
  return (
    <DialogActions>
      <Button onClick={onPreview} disabled={busy} data-testid={`${testIds}-preview-button`}>
        {t('print.preview')}
      </Button>
      <Button onClick={onSavePdf} disabled={busy} data-testid={`${testIds}-save-pdf`}>
        {t('print.savePdf')}
      </Button>
      <Button onClick={() => onPrint(false)} disabled={busy}>
        {t('print.printDialog')}
      </Button>
      <Button variant="contained" onClick={() => onPrint(true)} disabled={busy}>
        {t('print.printSilent')}
      </Button>
      <Button onClick={onClose}>{t('print.close')}</Button>
    </DialogActions>
  );
}
