/**
 * The period's charts (issue 17.4): Pareto by defect type with its
 * cumulative line and the 80 % mark, complaints by customer and by
 * responsible department (weighted), and the on-time rate per deadline kind.
 * A bar opens the ledger on its cases (received basis: opener).
 */
import { Box, Paper, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodStatistics } from '../../../shared/domain/statistics/statistics';
import type { BreakdownItem } from '../../../shared/domain/statistics/tally';
import { periodChartOptions } from './charts/periodCharts';
import { EChart } from './charts/EChart';
import type { LinkedGroup } from './ledgerLink';

function ChartBox({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper component="section" aria-labelledby={id} sx={{ p: 2, flex: '1 1 460px', minWidth: 360 }}>
      <Typography component="h3" variant="h3" id={id} sx={{ mb: 1 }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

interface Props {
  stats: PeriodStatistics;
  /** Opens the ledger on a group's cases; undefined when the basis does not allow it. */
  opener: (group: LinkedGroup) => ((item: BreakdownItem) => boolean) | undefined;
}

export function ChartsSection({ stats, opener }: Props) {
  const { t } = useTranslation();
  const clickOf = (group: LinkedGroup) => {
    const open = opener(group);
    return open ? (d: { key: string; label: string }) => void open({ key: d.key, label: d.label, count: 0 }) : undefined;
  };
  const { pareto: paretoChart, customers, departments, onTime } = useMemo(() => periodChartOptions(stats, t), [stats, t]);
  return (
    <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }} data-testid="stats-charts">
      <ChartBox id="chart-pareto" title={t('statistics.charts.pareto')}>
        <EChart option={paretoChart} height={300} label={t('statistics.charts.pareto')} onBarClick={clickOf('defectType')} testId="chart-pareto" />
      </ChartBox>
      <ChartBox id="chart-customers" title={t('statistics.by.customer')}>
        <EChart option={customers} height={300} label={t('statistics.by.customer')} onBarClick={clickOf('customer')} testId="chart-customers" />
      </ChartBox>
      <ChartBox id="chart-departments" title={t('statistics.charts.departments')}>
        <EChart option={departments} height={260} label={t('statistics.charts.departments')} onBarClick={clickOf('department')} testId="chart-departments" />
      </ChartBox>
      <ChartBox id="chart-on-time" title={t('statistics.deadlines.title')}>
        <EChart option={onTime} height={260} label={t('statistics.deadlines.title')} testId="chart-on-time" />
      </ChartBox>
    </Box>
  );
}
