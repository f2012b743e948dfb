/**
 * 导出 Excel (issue 17.6): the shown period and basis as the statistics
 * workbook (shared/workbook), saved through the host (a save dialog in the
 * desktop app, a download in the web host). The numbers are computed by the
 * same computeStatistics call as the page (same rows, master data, basis,
 * "now" and closure rules), so the file says what the page shows. The
 * builder and exceljs are loaded only when the button is clicked.
 */
import { Button } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { factoryMonth, type InstantRange } from '../../../shared/domain/factory-calendar';
import { selectedRows } from '../../../shared/domain/statistics/selection';
import type { StatsPeriod } from '../../../shared/domain/statistics/periods';
import { computeStatistics, type StatsBasis } from '../../../shared/domain/statistics/statistics';
import { repeatCounts, repeatIds } from '../../../shared/domain/repeats';
import { saveDocumentFile, XLSX_MIME_TYPE } from '../../platform/saveDocument';
import { ledgerStore } from '../../state/ledger-store';
import { useMasterDataStore } from '../../state/master-data-store';
import { notify } from '../../state/notices';
import { sessionNow, useRepositories, useSettings } from '../../state/session';
import { errorMessage } from '../../ui/errors';
import { historyEntriesOf, twelveMonthRates, zhStatisticsLabels } from './reportSources';

/** The period in a file name: 2026-11, 2026-Q4, 2026, 2026-11-01_2026-11-15. */
export function periodText(period: StatsPeriod): string {
  switch (period.kind) {
    case 'month':
      return period.month;
    case 'quarter':
      return `${period.year}-Q${period.quarter}`;
    case 'year':
      return String(period.year);
    case 'range':
      return `${period.from}_${period.to}`;
  }
}

export function ExportWorkbookButton({ period, range, basis, nowMs }: { period: StatsPeriod; range: InstantRange; basis: StatsBasis; nowMs: number }) {
  const { t, i18n } = useTranslation();
  const { deadlineRules } = useSettings();
  const repositories = useRepositories();
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    try {
      const { buildStatisticsWorkbook } = await import('../../../shared/workbook/statistics-workbook');
      const ledger = ledgerStore.getState();
      const rows = ledger.entries.map((e) => e.row);
      const masterData = useMasterDataStore.getState().entries;
      const stats = computeStatistics(rows, { range, masterData, basis, nowMs, closureRules: deadlineRules });
      const index = ledger.repeats();
      const selected = selectedRows(rows, range, basis).map((r) => r.id);
      const [rates, history] = await Promise.all([twelveMonthRates(repositories, rows, masterData, factoryMonth(range.to - 1)), historyEntriesOf(repositories, selected)]);
      const label = periodText(period);
      const bytes = await buildStatisticsWorkbook({
        stats,
        rows,
        masterData,
        repeats: repeatCounts(index, range),
        repeatIds: repeatIds(index),
        periodLabel: label,
        nowMs,
        exportedAtMs: sessionNow(),
        closureRules: deadlineRules,
        // The workbook is always Chinese, whatever language the page shows.
        labels: zhStatisticsLabels(i18n),
        rates,
        history,
      });
      const zh = i18n.getFixedT('zh-CN');
      const fileName = `${zh('statistics.export.fileName')}_${label}.xlsx`;
      const result = await saveDocumentFile({ fileName, mimeType: XLSX_MIME_TYPE, bytes });
      if (result.outcome === 'saved') notify('statistics.export.saved', { path: result.path }, 'success');
      else if (result.outcome === 'downloaded') notify('statistics.export.downloaded', { name: fileName }, 'success');
      else notify('statistics.export.cancelled', undefined, 'info');
    } catch (e) {
      notify('statistics.export.failed', { message: errorMessage(e, t) }, 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button variant="outlined" onClick={() => void run()} disabled={busy} data-testid="stats-export-xlsx">
      {t('statistics.export.button')}
    </Button>
  );
}
