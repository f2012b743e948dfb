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
import type { InstantRange } from '../../../shared/domain/factory-calendar';
import type { StatsPeriod } from '../../../shared/domain/statistics/periods';
import { computeStatistics, type StatsBasis } from '../../../shared/domain/statistics/statistics';
import { repeatCounts, repeatIds } from '../../../shared/domain/repeats';
import type { WorkbookLabels } from '../../../shared/workbook/statistics-workbook';
import { saveDocumentFile, XLSX_MIME_TYPE } from '../../platform/saveDocument';
import { ledgerStore } from '../../state/ledger-store';
import { useMasterDataStore } from '../../state/master-data-store';
import { notify } from '../../state/notices';
import { sessionNow, useSettings } from '../../state/session';
import { errorMessage } from '../../ui/errors';

/** The zh-CN texts the workbook prints enum values with. */
type LabelKey = 'lc.triage.severities' | 'lc.triage.complaintCategories' | 'lc.responsibility.departments' | 'lc.costs.kinds' | 'lc.deadlines.kinds' | 'lc.steps' | 'choices.market';

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
      // The workbook is always Chinese, whatever language the page shows.
      const zh = i18n.getFixedT('zh-CN');
      const map = (key: LabelKey): Record<string, string> => zh(key, { returnObjects: true });
      const labels: WorkbookLabels = {
        severity: map('lc.triage.severities'),
        category: map('lc.triage.complaintCategories'),
        department: map('lc.responsibility.departments'),
        costKind: map('lc.costs.kinds'),
        deadlineKind: map('lc.deadlines.kinds'),
        state: map('lc.steps'),
        market: map('choices.market'),
      };
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
        labels,
      });
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
