/**
 * The print dialog of a case: choose the form, paper, copies and printer;
 * preview the PDF; print (silently to the chosen printer, or through the
 * system dialog in the desktop app); save as PDF.
 *
 * An archived case (ArchivedPrint, issue 20.6 follow-up) prints from the
 * view projected from its archive file: only the forms its records fill,
 * every copy marked 归档副本, and nothing written — no print record (its
 * case is no longer in the working database: a record would replicate an
 * orphan of a removed case to every PC), no remembered printer.
 *
 * Preview: the PDF made by the host (the same bytes that are saved) is shown
 * in an <iframe> of a blob: URL. Chromium's built-in PDF viewer renders it in
 * Electron and in Debian's chromium; no PDF library (pdf.js) is bundled and
 * no page images are made. The CSP allows exactly `frame-src blob:` for it
 * (electron/services/csp.ts, renderer/index.html): a blob URL can only be
 * made by this page itself, and the form HTML never runs in the app's page.
 */
import { Alert, Box, Checkbox, Dialog, DialogContent, DialogTitle, FormControlLabel, MenuItem, TextField } from '@mui/material';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintCase } from '../../../shared/domain/case';
import type { CaseLifecycleView } from '../../../shared/domain/lifecycle/states';
import type { Deadline } from '../../../shared/domain/lifecycle/deadlines-types';
import type { ReceivingTolerance } from '../../../shared/domain/master-data/customer-rules';
import { CASE_FORM_KINDS, FORM_TITLES, PAPER_KINDS, type ArchiveCopy, type CaseFormKind, type Paper } from '../../../shared/forms';
import { PRINT_TIMEOUT_MS } from '../../../shared/ipc/print-contract';
import { DesktopApiError } from '../../../shared/ipc/result';
import { getDesktopApi } from '../../platform';
import { downloadFile } from '../../platform/saveDocument';
import { localInputToIso } from '../../ui/dates';
import { errorMessage, errorText } from '../../ui/errors';
import { notify } from '../../state/notices';
import { sessionActions, sessionNow, useClerk, useRepositories, useSettings } from '../../state/session';
import { base64ToBlob, buildForm, pdfFileName } from './buildForm';
import { deliveryNoteGroups, outboundOf } from '../../../shared/forms/outbound-forms-map';
import { announcePrinted } from './printEvents';
import { ReminderFields, replyByError, type ReminderInput } from './ReminderFields';
import { DeliveryNotePicker, pickedNotes } from './DeliveryNotePicker';
import type { PrintAction } from '../../../shared/domain/print-records';
import type { EightDReportData } from '../../../shared/report/types';
import { PdfPreviewPane, PrintDialogActions, PrinterField, usePrinterList } from '../../ui/print/PrintControls';

interface Props {
  record: ComplaintCase;
  open: boolean;
  onClose: () => void;
  /** Given: the dialog prints this 8D report (form 'eightD', chosen first); the 8D form is offered only then. */
  eightD?: EightDReportData | null;
  /** Given: an archived case, printed read-only from its archive file. */
  archived?: ArchivedPrint | null;
}

/** An archived case's view (retention/archived-case.ts), the forms it fills (archiveFormKinds) and the archive it is reprinted from. */
export interface ArchivedPrint {
  view: CaseLifecycleView;
  /** The archive file's ops (its signatures are verified against them). */
  ops: readonly unknown[];
  kinds: readonly CaseFormKind[];
  copy: ArchiveCopy;
}

export function PrintDialog({ record, open, onClose, eightD = null, archived = null }: Props) {
  const { t, i18n } = useTranslation();
  const settings = useSettings();
  const clerk = useClerk();
  const repositories = useRepositories();
  // An archived case opens on its complaint form: its 8D (when it had one) is one of the forms offered.
  const firstKind: CaseFormKind = eightD && !archived ? 'eightD' : 'complaint';
  const [kind, setKind] = useState<CaseFormKind>(firstKind);
  const [paper, setPaper] = useState<Paper>(settings.printing.forms[firstKind].paper);
  const [copies, setCopies] = useState(Math.max(1, settings.printing.forms[firstKind].copies.length));
  const [printer, setPrinter] = useState(settings.printing.forms[firstKind].printer);
  const [blankSurvey, setBlankSurvey] = useState(false);
  const [reminder, setReminder] = useState<ReminderInput>({ note: '', replyBy: '' });
  const [notePick, setNotePick] = useState<readonly string[] | null>(null);
  const printers = usePrinterList(open);
  const [view, setView] = useState<CaseLifecycleView | null>(null);
  const [deadlines, setDeadlines] = useState<readonly Deadline[]>([]);
  const [tolerance, setTolerance] = useState<ReceivingTolerance | null>(null);
  const [previewUrl, setPreviewUrl] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    let live = true;
    if (archived) {
      // As on a live case, only signatures that verify (against the file's ops and this PC's clerk directory) print as e-signed.
      setView({ ...archived.view, signatures: [] });
      setDeadlines([]);
      setTolerance(null);
      repositories.signatureChecks
        .verifiedInArchive(archived.view.signatures, archived.ops)
        .then((verified) => {
          if (live) setView({ ...archived.view, signatures: archived.view.signatures.filter((s) => verified.has(s.id)) });
        })
        .catch((error: unknown) => console.error('Could not verify the archived signatures', error));
      return () => {
        live = false;
      };
    }
    // Lifecycle records, where they exist yet; the forms print from the intake otherwise.
    // Only verified signatures are printed as e-signed (issue 16.5): an unverified one leaves its box to be signed by hand.
    Promise.all([repositories.lifecycle.getCaseFile(record.id), repositories.signatureChecks.ofCase(record.id)])
      .then(([file, checked]) => {
        if (!live) return;
        const verified = new Set(checked.filter((s) => s.check.status === 'verified').map((s) => s.id));
        setView({ ...file.view, signatures: file.view.signatures.filter((s) => verified.has(s.id)) });
        setDeadlines(file.deadlines);
        setTolerance(file.receivingTolerance);
      })
      .catch(() => {
        if (!live) return;
        setView(null);
        setDeadlines([]);
        setTolerance(null);
      });
    return () => {
      live = false;
    };
  }, [open, record.id, repositories, t, archived]);

  useEffect(() => () => {
    if (previewUrl) URL.revokeObjectURL(previewUrl);
  }, [previewUrl]);

  const chooseKind = (k: CaseFormKind) => {
    const f = settings.printing.forms[k];
    setKind(k);
    setPaper(f.paper);
    setCopies(Math.max(1, f.copies.length));
    setPrinter(f.printer);
    setPreviewUrl(null);
  };

  const outbound = kind === 'deliveryNote' || kind === 'outboundLabel';
  const noteGroups = useMemo(() => deliveryNoteGroups(record, outboundOf(view)), [record, view]);
  const notes = useMemo(() => pickedNotes(noteGroups, notePick), [noteGroups, notePick]);

  const document = useMemo(
    () => () =>
      buildForm(record, view, settings, {
        kind,
        paper,
        copies,
        blankSurvey,
        clerkName: clerk?.name ?? '',
        now: new Date(sessionNow()),
        deadlines,
        eightD,
        language: i18n.language === 'en' ? 'en' : 'zh-CN',
        reminder: { note: reminder.note.trim(), replyBy: reminder.replyBy === '' ? null : localInputToIso(reminder.replyBy) },
        receivingTolerance: tolerance,
        deliveryNotes: notes,
        ...(archived ? { archiveCopy: archived.copy } : {}),
      }),
    [record, view, deadlines, tolerance, settings, kind, paper, copies, blankSurvey, clerk, eightD, i18n.language, reminder, notes, archived],
  );

  const run = async (action: () => Promise<void>) => {
    if (kind === 'reminder' && replyByError(reminder.replyBy, sessionNow()) !== null) {
      setError(t('print.reminder.fixReplyBy'));
      return;
    }
    if (outbound && notes.length === 0) {
      setError(t('print.deliveryNotes.pickOne'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      const message = e instanceof DesktopApiError && e.code === 'timedOut' ? t('print.timedOut', { seconds: PRINT_TIMEOUT_MS / 1000 }) : errorMessage(e, t);
      setError(message);
      notify('print.failed', { message: errorText(e) }, 'error');
    } finally {
      setBusy(false);
    }
  };

  const renderPdf = async () => {
    const doc = document();
    const result = await getDesktopApi().printRenderPdf({ html: doc.html, paper: doc.paper });
    return base64ToBlob(result.pdfBase64, 'application/pdf');
  };

  /** Every print and saved PDF is recorded on the case (print history); an archived case's reprint is not (module comment). */
  const recordPrint = async (action: PrintAction, printerName: string) => {
    if (archived) return;
    const paperText = paper.kind === 'a4' ? `a4-${paper.orientation}` : paper.kind === 'custom' ? `${paper.widthMm ?? 100}x${paper.heightMm ?? 150}mm` : paper.kind;
    await repositories.print.record(record.id, { form: kind, action, printer: printerName, copies, paper: paperText });
    announcePrinted(record.id);
  };

  const preview = () =>
    run(async () => {
      setPreviewUrl(URL.createObjectURL(await renderPdf()));
    });

  const rememberPrinter = async () => {
    if (archived) return;
    const forms = settings.printing.forms;
    if (forms[kind].printer === printer && forms[kind].paper.kind === paper.kind && forms[kind].paper.orientation === paper.orientation) return;
    await sessionActions.updateSettings({ printing: { ...settings.printing, forms: { ...forms, [kind]: { ...forms[kind], printer, paper } } } });
  };

  const print = (silent: boolean) =>
    run(async () => {
      const doc = document();
      const r = await getDesktopApi().printPrint({ html: doc.html, paper: doc.paper, printer, copies: 1, silent, form: kind });
      if (!r.printed) throw new Error(r.reason ?? 'not printed');
      await recordPrint(silent ? 'print' : 'printDialog', r.printer);
      await rememberPrinter();
      notify('print.printed', undefined, 'success');
    });

  const savePdf = () =>
    run(async () => {
      const doc = document();
      const fileName = pdfFileName(FORM_TITLES[kind], kind === 'eightD' && eightD ? eightD.eightD.report.number : record.caseNumber, archived !== null);
      const info = await getDesktopApi().appInfo();
      if (info.host === 'electron') {
        const r = await getDesktopApi().printSavePdf({ html: doc.html, paper: doc.paper, fileName });
        if (r.saved) {
          await recordPrint('savePdf', '');
          notify('print.saved', undefined, 'success');
        }
        return;
      }
      // Web host: the browser downloads the PDF.
      downloadFile(await renderPdf(), fileName);
      await recordPrint('savePdf', '');
      notify('print.saved', undefined, 'success');
    });

  const isCustom = paper.kind === 'custom';
  return (
    <Dialog open={open} onClose={onClose} maxWidth="lg" fullWidth data-testid="print-dialog">
      <DialogTitle>{t('print.title', { number: record.caseNumber })}</DialogTitle>
      <DialogContent sx={{ display: 'flex', gap: 2, minHeight: 520 }}>
        <Box sx={{ width: 280, flex: 'none', display: 'flex', flexDirection: 'column', gap: 2, pt: 1 }}>
          {archived && (
            <Alert severity="info" data-testid="print-archive-notice">
              {t('print.archive.notice', { file: archived.copy.fileName, date: archived.copy.archivedOn })}
            </Alert>
          )}
          <TextField select label={t('print.form')} value={kind} onChange={(e) => chooseKind(e.target.value as CaseFormKind)} slotProps={{ htmlInput: { 'data-testid': 'print-form' } }} size="small">
            {(archived ? archived.kinds : CASE_FORM_KINDS.filter((k) => k !== 'eightD' || eightD)).map((k) => (
              <MenuItem key={k} value={k}>
                {t(`print.kinds.${k}`)}
              </MenuItem>
            ))}
          </TextField>
          {kind === 'reminder' && (
            <ReminderFields
              value={reminder}
              nowMs={sessionNow()}
              onChange={(next) => {
                setReminder(next);
                setPreviewUrl(null);
              }}
            />
          )}
          {outbound && (
            <DeliveryNotePicker
              groups={noteGroups}
              picked={notes}
              onChange={(next) => {
                setNotePick(next);
                setPreviewUrl(null);
              }}
            />
          )}
          {kind === 'survey' && <FormControlLabel control={<Checkbox checked={blankSurvey} onChange={(e) => setBlankSurvey(e.target.checked)} />} label={t('print.blankSurvey')} />}
          <TextField select label={t('print.paper')} value={paper.kind} onChange={(e) => setPaper({ ...paper, kind: e.target.value as Paper['kind'] })} size="small">
            {PAPER_KINDS.map((p) => (
              <MenuItem key={p} value={p}>
                {t(`print.papers.${p}`)}
              </MenuItem>
            ))}
          </TextField>
          {paper.kind === 'a4' && (
            <TextField select label={t('print.orientation')} value={paper.orientation} onChange={(e) => setPaper({ ...paper, orientation: e.target.value as Paper['orientation'] })} size="small">
              <MenuItem value="portrait">{t('print.portrait')}</MenuItem>
              <MenuItem value="landscape">{t('print.landscape')}</MenuItem>
            </TextField>
          )}
          {isCustom && (
            <Box sx={{ display: 'flex', gap: 1 }}>
              <TextField type="number" label={t('print.widthMm')} value={paper.widthMm ?? 100} onChange={(e) => setPaper({ ...paper, widthMm: Number(e.target.value) })} size="small" />
              <TextField type="number" label={t('print.heightMm')} value={paper.heightMm ?? 150} onChange={(e) => setPaper({ ...paper, heightMm: Number(e.target.value) })} size="small" />
            </Box>
          )}
          <TextField
            type="number"
            label={t('print.copies')}
            value={copies}
            onChange={(e) => setCopies(Math.min(10, Math.max(1, Math.round(Number(e.target.value)) || 1)))}
            helperText={kind === 'returnLabel' ? undefined : t('print.copyNames', { names: settings.printing.forms[kind].copies.slice(0, copies).join('、') || '—' })}
            size="small"
          />
          <PrinterField printer={printer} onChange={setPrinter} printers={printers} />
          {error && <Alert severity="error">{error}</Alert>}
        </Box>
        <PdfPreviewPane busy={busy} previewUrl={previewUrl} testId="print-preview" />
      </DialogContent>
      <PrintDialogActions busy={busy} onPreview={() => void preview()} onSavePdf={() => void savePdf()} onPrint={(silent) => void print(silent)} onClose={onClose} testIds="print" />
    </Dialog>
  );
}
