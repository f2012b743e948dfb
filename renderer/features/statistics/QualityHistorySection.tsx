/**
 * 品质履历表 (issue 17.5) on the 统计 page: pick a model (or a customer) —
 * the ones with complaints, most first — and see every complaint on it in
 * order with its lot, defect, root causes, measures, 8D and effect check;
 * print it (A4 landscape, with photos) or export it to Excel. All time, or
 * only the period shown above. The lines follow their cases: an edit on any
 * of them (here or from another PC) reloads the table.
 */
import { Alert, Autocomplete, Box, Button, FormControlLabel, Link, Paper, Stack, Switch, Table, TableBody, TableCell, TableHead, TableRow, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { InstantRange } from '../../../shared/domain/factory-calendar';
import type { HistoryEntry } from '../../../shared/domain/quality-history/entry';
import { historySubjects, rowsOfSubject, type HistorySubject, type HistorySubjectKind } from '../../../shared/domain/quality-history/subject';
import { renderForm, type FormContext, type Paper as PaperSize } from '../../../shared/forms';
import { qualityHistoryFormData, qualityHistoryLines } from '../../../shared/forms/quality-history-map';
import { XLSX_MIME_TYPE, saveDocumentFile } from '../../platform/saveDocument';
import { useLedgerStore } from '../../state/ledger-store';
import { useMasterDataStore } from '../../state/master-data-store';
import { notify } from '../../state/notices';
import { sessionNow, useRepositories } from '../../state/session';
import { errorMessage } from '../../ui/errors';
import { useRecordChanges } from '../../ui/useRecordChanges';
import { ReportPrintDialog } from './ReportPrintDialog';
import { historyEntriesOf, photoThumbnails } from './reportSources';

/** At most this many complaints are shown and printed (the latest ones); more is said. */
const MAX_LINES = 1000;

export function QualityHistorySection({ range, rangeText }: { range: InstantRange | null; rangeText: string }) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const entries = useLedgerStore((s) => s.entries);
  const masterData = useMasterDataStore((s) => s.entries);
  const [kind, setKind] = useState<HistorySubjectKind>('productModel');
  const [subject, setSubject] = useState<HistorySubject | null>(null);
  const [periodOnly, setPeriodOnly] = useState(false);
  const [lines, setLines] = useState<HistoryEntry[] | null>(null);
  const [printing, setPrinting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const scope = periodOnly ? range : null;

  const rows = useMemo(() => entries.map((e) => e.row), [entries]);
  const subjects = useMemo(() => historySubjects(rows, kind, masterData, scope), [rows, kind, masterData, scope]);
  const caseRows = useMemo(() => (subject ? rowsOfSubject(rows, subject, masterData, scope) : []), [rows, subject, masterData, scope]);
  const shownIds = useMemo(() => caseRows.slice(-MAX_LINES).map((r) => r.id), [caseRows]);

  const load = useCallback(() => {
    if (shownIds.length === 0) {
      setLines(subject ? [] : null);
      return;
    }
    historyEntriesOf(repositories, shownIds)
      .then((loaded) => {
        setLines(loaded);
        setError(null);
      })
      .catch((e: unknown) => setError(errorMessage(e, t)));
  }, [repositories, shownIds, subject, t]);
  useEffect(load, [load]);
  useRecordChanges(shownIds, load);

  const chooseKind = (next: HistorySubjectKind | null) => {
    if (!next) return;
    setKind(next);
    setSubject(null);
  };

  const shown = useMemo(
    () => (subject && lines ? qualityHistoryLines({ subject, entries: lines, masterData, rangeText: '', photoUrls: new Map() }) : []),
    [subject, lines, masterData],
  );
  const rangeLabel = periodOnly ? rangeText : t('statistics.history.allTime');

  const build = async (ctx: FormContext, paper: PaperSize) => {
    if (!subject || !lines) throw new Error(t('statistics.history.pickFirst'));
    const photoUrls = await photoThumbnails(repositories, lines);
    return renderForm('qualityHistory', qualityHistoryFormData({ subject, entries: lines, masterData, rangeText: rangeLabel, photoUrls }), ctx, paper);
  };

  const exportWorkbook = async () => {
    if (!subject || !lines) return;
    try {
      const { buildQualityHistoryWorkbook } = await import('../../../shared/workbook/quality-history-sheet');
      const bytes = await buildQualityHistoryWorkbook({ entries: lines, masterData, subjectKind: kind, subjectName: subject.label, exportedAtMs: sessionNow() });
      const fileName = `品质履历表_${subject.label}.xlsx`.replace(/[\\/:*?"<>|]/g, '_');
      const result = await saveDocumentFile({ fileName, mimeType: XLSX_MIME_TYPE, bytes });
      if (result.outcome === 'saved') notify('statistics.export.saved', { path: result.path }, 'success');
      else if (result.outcome === 'downloaded') notify('statistics.export.downloaded', { name: fileName }, 'success');
    } catch (e) {
      notify('statistics.export.failed', { message: errorMessage(e, t) }, 'error');
    }
  };

  const effectOnScreen = (e: HistoryEntry) =>
    e.effect === 'effective' || e.effect === 'ineffective' ? [t(`statistics.history.effect.${e.effect}`), ...e.effectNotes].join('：') : e.effect === 'pending' ? t('statistics.history.effect.pending', { verified: e.verifiedCount, of: e.verifiableCount }) : '—';
  const partyHeader = kind === 'productModel' ? t('statistics.history.columns.customer') : t('statistics.history.columns.model');
  return (
    <Paper component="section" aria-labelledby="history-title" sx={{ p: 2.5 }} data-testid="quality-history">
      <Typography component="h2" variant="h2" id="history-title" sx={{ mb: 1 }}>
        {t('statistics.history.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {t('statistics.history.intro')}
      </Typography>
      <Stack direction="row" useFlexGap spacing={1.5} sx={{ mb: 1.5, flexWrap: 'wrap', alignItems: 'center' }}>
        <ToggleButtonGroup exclusive size="small" value={kind} onChange={(_, v: HistorySubjectKind | null) => chooseKind(v)} aria-label={t('statistics.history.by')}>
          <ToggleButton value="productModel">{t('statistics.history.byModel')}</ToggleButton>
          <ToggleButton value="customer">{t('statistics.history.byCustomer')}</ToggleButton>
        </ToggleButtonGroup>
        <Autocomplete
          data-testid="history-subject"
          size="small"
          sx={{ minWidth: 280 }}
          options={subjects}
          value={subject}
          onChange={(_, v) => setSubject(v)}
          isOptionEqualToValue={(a, b) => a.key === b.key}
          getOptionLabel={(s) => t('statistics.history.option', { name: s.label, count: s.count })}
          renderInput={(params) => <TextField {...params} label={kind === 'productModel' ? t('statistics.history.model') : t('statistics.history.customer')} />}
          noOptionsText={t('statistics.history.noSubjects')}
        />
        <FormControlLabel control={<Switch checked={periodOnly} onChange={(e) => setPeriodOnly(e.target.checked)} disabled={!range} />} label={t('statistics.history.periodOnly')} />
        <Box sx={{ flex: 1 }} />
        <Button variant="outlined" disabled={!subject || !lines || lines.length === 0} onClick={() => setPrinting(true)} data-testid="history-print">
          {t('statistics.history.print')}
        </Button>
        <Button variant="outlined" disabled={!subject || !lines || lines.length === 0} onClick={() => void exportWorkbook()} data-testid="history-export">
          {t('statistics.export.button')}
        </Button>
      </Stack>
      {error && <Alert severity="error">{error}</Alert>}
      {caseRows.length > MAX_LINES && <Alert severity="info">{t('statistics.history.capped', { shown: MAX_LINES, total: caseRows.length })}</Alert>}
      {subject && lines && (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-labelledby="history-title" data-testid="history-table">
            <TableHead>
              <TableRow>
                {(['date', 'case', 'party', 'lot', 'defect', 'occurrence', 'escape', 'temporary', 'permanent', 'eightD', 'effect', 'photos'] as const).map((c) => (
                  <TableCell key={c}>{c === 'party' ? partyHeader : t(`statistics.history.columns.${c}`)}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {shown.map((l, i) => (
                <TableRow key={lines[i]!.caseId} data-testid="history-row" sx={{ verticalAlign: 'top' }}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{l.date}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <Link component={RouterLink} to={`/cases/${lines[i]!.caseId}`}>
                      {l.caseNumber}
                    </Link>
                  </TableCell>
                  <TableCell>{l.party}</TableCell>
                  <TableCell>{l.lotNumber}</TableCell>
                  <TableCell>{l.defect}</TableCell>
                  <TableCell sx={{ whiteSpace: 'pre-line' }}>{l.occurrenceCause}</TableCell>
                  <TableCell sx={{ whiteSpace: 'pre-line' }}>{l.escapeCause}</TableCell>
                  <TableCell sx={{ whiteSpace: 'pre-line' }}>{l.temporaryMeasures}</TableCell>
                  <TableCell sx={{ whiteSpace: 'pre-line' }}>{l.permanentMeasures}</TableCell>
                  <TableCell sx={{ whiteSpace: 'pre-line' }}>{l.eightDNumbers}</TableCell>
                  <TableCell>{effectOnScreen(lines[i]!)}</TableCell>
                  <TableCell align="right">{l.photos.length || ''}</TableCell>
                </TableRow>
              ))}
              {shown.length === 0 && (
                <TableRow>
                  <TableCell colSpan={12}>{t('statistics.history.none')}</TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
        </Box>
      )}
      {printing && subject && (
        <ReportPrintDialog open onClose={() => setPrinting(false)} kind="qualityHistory" title={t('statistics.history.dialogTitle', { name: subject.label })} fileName={`品质履历表_${subject.label}.pdf`.replace(/[\\/:*?"<>|]/g, '_')} build={build} />
      )}
    </Paper>
  );
}
