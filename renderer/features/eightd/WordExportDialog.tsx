/**
 * 导出 Word: choose the revision (the current one, or an approved earlier
 * one printed as it was when approved), the layout (EIGHT_D_LAYOUTS) and bilingual headings —
 * both remembered in settings.eightD; the case customer's own layout (its
 * master entry) is preselected and named, but not remembered — build the .docx here in the renderer
 * (shared/report) with the photos' bytes, and save it through the host (a
 * save dialog that remembers the folder; a download in the web host). The
 * outcome is told: saved where, downloaded, or not saved.
 */
import { Alert, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, LinearProgress, MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildEightDDocx, EIGHT_D_LAYOUTS } from '../../../shared/report';
import { currentRevision, revisionLabel } from '../../../shared/domain/eightd/revisions';
import { formatDate } from '../../ui/dates';
import { isLanguage } from '../../i18n';
import { errorMessage } from '../../ui/errors';
import { notify } from '../../state/notices';
import { DOCX_MIME_TYPE, saveDocumentFile } from '../../platform/saveDocument';
import { sessionActions, useClerk, useSettings } from '../../state/session';
import { useEightD } from './eightDFileContext';
import { docxFileName, gatherReportData } from './reportData';
import { useCustomerLayout } from './useCustomerLayout';

export function WordExportDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const settings = useSettings();
  const clerk = useClerk();
  const { file, caseRecord, repositories } = useEightD();
  // Preselected once the case customer's entry is read: its own layout, else this PC's last used one.
  const preselected = useCustomerLayout(repositories, caseRecord.customerId, settings.eightD.layout);
  const [picked, setPicked] = useState<string | null>(null);
  const layout = picked ?? preselected?.layout ?? '';
  const customer = preselected?.source === 'customer' ? preselected : null;
  const [bilingual, setBilingual] = useState(settings.eightD.bilingual);
  const report = file.bundle.report;
  const current = currentRevision(report);
  // '' = the report as it is now; otherwise the number of an approved earlier revision.
  const [revision, setRevision] = useState('');
  const earlier = file.revisions.filter((r) => r.revision !== current || report.approvedAt === null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      // The PC remembers the clerk's own pick, not a customer's required layout (the next customer may have none).
      const remembered = customer && layout === customer.layout ? settings.eightD.layout : layout;
      if (remembered !== settings.eightD.layout || bilingual !== settings.eightD.bilingual) {
        await sessionActions.updateSettings({ eightD: { ...settings.eightD, layout: remembered, bilingual } });
      }
      const picked = revision === '' ? undefined : Number(revision);
      const { data, photosMissing } = await gatherReportData(repositories, file, caseRecord, settings, clerk?.name ?? '', picked);
      const bytes = await buildEightDDocx(data, { layout, bilingual, language });
      const fileName = docxFileName(picked === undefined ? report.number : `${report.number}-${revisionLabel(picked)}`);
      const result = await saveDocumentFile({ fileName, mimeType: DOCX_MIME_TYPE, bytes });
      if (photosMissing > 0) notify('eightD.export.photosMissing', { count: photosMissing }, 'warning');
      if (result.outcome === 'saved') notify('eightD.export.saved', { path: result.path }, 'success');
      else if (result.outcome === 'downloaded') notify('eightD.export.downloaded', { name: fileName }, 'success');
      else notify('eightD.export.cancelled', undefined, 'info');
      if (result.outcome !== 'cancelled') onClose();
    } catch (e) {
      setError(t('eightD.export.failed', { message: errorMessage(e, t) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} maxWidth="xs" fullWidth aria-labelledby="ed-export-title" data-testid="ed-export-dialog">
      <DialogTitle id="ed-export-title">{t('eightD.export.title', { number: file.bundle.report.number })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {earlier.length > 0 && (
            <TextField select size="small" label={t('eightD.export.revision')} value={revision} onChange={(e) => setRevision(e.target.value)} data-testid="ed-export-revision">
              <MenuItem value="">{t(report.approvedAt === null ? 'eightD.export.revisionCurrentInWork' : 'eightD.export.revisionCurrent', { label: revisionLabel(current) })}</MenuItem>
              {earlier.map((r) => (
                <MenuItem key={r.revision} value={String(r.revision)}>
                  {t('eightD.export.revisionApproved', { label: revisionLabel(r.revision), date: formatDate(r.approvedAt) })}
                </MenuItem>
              ))}
            </TextField>
          )}
          <TextField
            select
            size="small"
            label={t('eightD.export.layout')}
            value={layout}
            onChange={(e) => setPicked(e.target.value)}
            disabled={!preselected}
            helperText={EIGHT_D_LAYOUTS.find((l) => l.id === layout)?.description[language]}
            data-testid="ed-export-layout"
          >
            {EIGHT_D_LAYOUTS.map((l) => (
              <MenuItem key={l.id} value={l.id}>
                {l.name[language]}
              </MenuItem>
            ))}
          </TextField>
          {customer && (
            <Alert severity="info" data-testid="ed-export-customer-layout">
              {layout === customer.layout
                ? t('eightD.export.customerLayout', { customer: customer.customerName || caseRecord.customerName })
                : t('eightD.export.customerLayoutOther', { customer: customer.customerName || caseRecord.customerName, layout: EIGHT_D_LAYOUTS.find((l) => l.id === customer.layout)?.name[language] ?? customer.layout })}
            </Alert>
          )}
          <FormControlLabel control={<Checkbox checked={bilingual} onChange={(e) => setBilingual(e.target.checked)} />} label={t('eightD.export.bilingual')} />
          {busy && <LinearProgress aria-label={t('eightD.export.building')} />}
          {error && (
            <Alert severity="error" role="alert">
              {error}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {t('eightD.common.cancel')}
        </Button>
        <Button variant="contained" onClick={() => void run()} disabled={busy || !layout}>
          {t('eightD.export.export')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
