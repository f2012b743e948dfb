/**
 * The charts of a period (issue 17.4), in one place for the 统计 page and
 * the printed monthly report: Pareto by defect type, complaints by customer
 * and by responsible department (weighted), on-time rate per deadline kind.
 * `t` names things in the page's language, or in Chinese for paper.
 */
import type { TFunction } from 'i18next';
import type { Department } from '../../../../shared/domain/lifecycle/records';
import { pareto } from '../../../../shared/domain/statistics/pareto';
import type { PeriodStatistics } from '../../../../shared/domain/statistics/statistics';
import { breakdownOption, onTimeOption, paretoOption } from './chartOptions';
import type { ChartOption } from './echarts';

export interface PeriodCharts {
  pareto: ChartOption;
  customers: ChartOption;
  departments: ChartOption;
  onTime: ChartOption;
}

export function periodChartOptions(stats: PeriodStatistics, t: TFunction): PeriodCharts {
  return {
    pareto: paretoOption(pareto(stats.byDefectType), (i) => i.label || t('statistics.none'), { count: t('statistics.cases'), cumulative: t('statistics.charts.cumulative') }),
    customers: breakdownOption(stats.byCustomer, (i) => i.label || t('statistics.none'), t('statistics.cases')),
    departments: breakdownOption(stats.responsibility.byDepartment, (i) => (i.key ? t(`lc.responsibility.departments.${i.key as Department}`) : t('statistics.undecided')), t('statistics.weightedCases')),
    onTime: onTimeOption(
      stats.deadlines.byKind.map((k) => ({ label: t(`lc.deadlines.kinds.${k.kind}`), rate: k.onTimeRate })),
      t('statistics.deadlines.columns.rate'),
    ),
  };
}
