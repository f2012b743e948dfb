/**
 * 统计: the office's numbers for a period (a month, quarter, year or range
 * of factory dates): key figures, breakdowns, deadlines; 客诉率 and PPM by
 * month against what was shipped, and the shipments they are computed from.
 */
import { Alert, Box, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { factoryDate, factoryMonth, type InstantRange } from '../../../shared/domain/factory-calendar';
import { periodRange, type StatsPeriod } from '../../../shared/domain/statistics/periods';
import type { StatsBasis } from '../../../shared/domain/statistics/statistics';
import { ExportWorkbookButton } from './ExportWorkbookButton';
import { MonthlyReportButton } from './MonthlyReportButton';
import { OverviewSection } from './OverviewSection';
import { PeriodPicker } from './PeriodPicker';
import { ReportIssueLine } from './ReportIssueLine';
import { useStatistics } from './useStatistics';
import { useNow } from '../../ui/useNow';
import { RatesSection } from './RatesSection';
import { ShipmentsSection } from './ShipmentsSection';
import { QualityHistorySection } from './QualityHistorySection';

function Overview({ range, basis, nowMs }: { range: InstantRange; basis: StatsBasis; nowMs: number }) {
  return <OverviewSection view={useStatistics(range, basis, nowMs)} />;
}

export function StatisticsPage() {
  const { t } = useTranslation();
  const now = useNow(60 * 60_000);
  const [lastMonth, setLastMonth] = useState(() => factoryMonth(now));
  const [shipmentMonth, setShipmentMonth] = useState(lastMonth);
  const [period, setPeriod] = useState<StatsPeriod>(() => ({ kind: 'month', month: factoryMonth(now) }));
  const [basis, setBasis] = useState<StatsBasis>('received');
  const range = useMemo(() => periodRange(period), [period]);
  return (
    <Box sx={{ maxWidth: 1200, display: 'flex', flexDirection: 'column', gap: 2.5 }}>
      <Typography variant="h1" component="h1">
        {t('statistics.title')}
      </Typography>
      <PeriodPicker period={period} onPeriod={setPeriod} basis={basis} onBasis={setBasis} thisMonth={factoryMonth(now)} />
      {range && (
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          <ExportWorkbookButton period={period} range={range} basis={basis} nowMs={now} />
          <MonthlyReportButton period={period} range={range} basis={basis} nowMs={now} />
          {period.kind === 'month' && <ReportIssueLine month={period.month} />}
        </Box>
      )}
      {range ? <Overview range={range} basis={basis} nowMs={now} /> : <Alert severity="warning">{t('statistics.period.invalid')}</Alert>}
      <RatesSection lastMonth={lastMonth} onLastMonthChange={setLastMonth} />
      <QualityHistorySection range={range} rangeText={range ? `${factoryDate(range.from)} 至 ${factoryDate(range.to - 1)}` : ''} />
      <ShipmentsSection month={shipmentMonth} onMonthChange={setShipmentMonth} />
    </Box>
  );
}
