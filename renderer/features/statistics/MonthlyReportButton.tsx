/**
 * 打印报表 (issue 17.6): the shown period as the 客户投诉案件统计表 on paper
 * or as a PDF — the key figures against the KPI targets, the charts, the
 * breakdowns, twelve months of 客诉率 / PPM and the open and overdue cases,
 * with the 编制 / 审核 / 批准 boxes. Computed when the dialog asks for the
 * document, from the same rows, master data, basis, "now" and rules as the
 * page (computeStatistics), so the paper says what the page shows; always
 * in Chinese.
 */
import { Button } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { factoryDate, factoryMonth, type InstantRange } from '../../../shared/domain/factory-calendar';
import { repeatCounts } from '../../../shared/domain/repeats';
import type { StatsPeriod } from '../../../shared/domain/statistics/periods';
import { computeStatistics, type StatsBasis } from '../../../shared/domain/statistics/statistics';
import { renderForm, type FormContext, type Paper } from '../../../shared/forms';
import { monthlyReportData } from '../../../shared/forms/monthly-report-map';
import { ledgerStore } from '../../state/ledger-store';
import { useMasterDataStore } from '../../state/master-data-store';
import { useRepositories, useSettings } from '../../state/session';
import { ReportPrintDialog } from './ReportPrintDialog';
import { trendOption } from './charts/chartOptions';
import { chartSvgDataUrl } from './charts/chartSvg';
import { periodChartOptions } from './charts/periodCharts';
import { periodText } from './ExportWorkbookButton';
import { twelveMonthRates, zhStatisticsLabels } from './reportSources';

/** How the report names its period: 2026年11月, 2026年第4季度, 2026年, 2026-11-01 至 2026-11-15. */
export function periodTitle(period: StatsPeriod): string {
  switch (period.kind) {
    case 'month': {
      const [y, m] = period.month.split('-');
      return `${y}年${Number(m)}月`;
    }
    case 'quarter':
      return `${period.year}年第${period.quarter}季度`;
    case 'year':
      return `${period.year}年`;
    case 'range':
      return `${period.from} 至 ${period.to}`;
  }
}

/** A chart on paper: two to a row on A4 (landscape or portrait), drawn at this size and scaled to fit. */
const CHART_WIDTH = 640;
const CHART_HEIGHT = 300;

export function MonthlyReportButton({ period, range, basis, nowMs }: { period: StatsPeriod; range: InstantRange; basis: StatsBasis; nowMs: number }) {
  const { t, i18n } = useTranslation();
  const settings = useSettings();
  const repositories = useRepositories();
  const [open, setOpen] = useState(false);

  const build = async (ctx: FormContext, paper: Paper) => {
    const ledger = ledgerStore.getState();
    const rows = ledger.entries.map((e) => e.row);
    const masterData = useMasterDataStore.getState().entries;
    const stats = computeStatistics(rows, { range, masterData, basis, nowMs, closureRules: settings.deadlineRules });
    const rates = await twelveMonthRates(repositories, rows, masterData, factoryMonth(range.to - 1));
    const zh = i18n.getFixedT('zh-CN');
    const charts = periodChartOptions(stats, zh);
    const trend = trendOption(
      rates.map((r) => ({ month: r.month, complaints: r.figures.complaints, ppm: r.ppm })),
      { complaints: zh('statistics.rates.columns.complaints'), ppm: 'PPM', target: zh('statistics.charts.target') },
      settings.kpiTargets.ppm,
    );
    const image = (option: Parameters<typeof chartSvgDataUrl>[0]) => chartSvgDataUrl(option, CHART_WIDTH, CHART_HEIGHT);
    const data = monthlyReportData({
      stats,
      rows,
      masterData,
      repeats: repeatCounts(ledger.repeats(), range),
      rates,
      targets: settings.kpiTargets,
      labels: zhStatisticsLabels(i18n),
      periodTitle: periodTitle(period),
      periodRange: `${factoryDate(range.from)} 至 ${factoryDate(range.to - 1)}（工厂时间）`,
      number: `${zh('statistics.report.number')}-${periodText(period)}`,
      nowMs,
      closureRules: settings.deadlineRules,
      charts: [
        { title: zh('statistics.charts.trend'), dataUrl: image(trend) },
        { title: zh('statistics.charts.pareto'), dataUrl: image(charts.pareto) },
        { title: zh('statistics.by.customer'), dataUrl: image(charts.customers) },
        { title: zh('statistics.charts.departments'), dataUrl: image(charts.departments) },
        { title: zh('statistics.deadlines.title'), dataUrl: image(charts.onTime) },
      ],
      preparedBy: ctx.printedBy,
    });
    return renderForm('monthlyReport', data, ctx, paper);
  };

  return (
    <>
      <Button variant="outlined" onClick={() => setOpen(true)} data-testid="stats-print-report">
        {t('statistics.report.print')}
      </Button>
      {open && (
        <ReportPrintDialog
          open
          onClose={() => setOpen(false)}
          kind="monthlyReport"
          title={t('statistics.report.dialogTitle', { period: periodText(period) })}
          fileName={`${i18n.getFixedT('zh-CN')('statistics.export.fileName')}_${periodText(period)}.pdf`}
          build={build}
        />
      )}
    </>
  );
}
