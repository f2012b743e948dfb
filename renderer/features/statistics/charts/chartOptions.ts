/**
 * The 统计 page's charts as ECharts options, from the statistics (pure: no
 * DOM, no React — rendered by EChart.tsx, and to SVG in tests). Each bar
 * carries the group's key (`data[i].key`) so a click can open the ledger.
 */
import { PARETO_MARK, type ParetoItem } from '../../../../shared/domain/statistics/pareto';
import type { BreakdownItem } from '../../../../shared/domain/statistics/tally';
import type { ChartOption } from './echarts';

const BLUE = '#1f5f8b';
const ORANGE = '#d9822b';
const GREY = '#7a8794';

export interface BarDatum {
  value: number;
  key: string;
  label: string;
}

const bars = (items: readonly BreakdownItem[], label: (i: BreakdownItem) => string, limit: number): BarDatum[] =>
  items.slice(0, limit).map((i) => ({ value: i.count, key: i.key, label: label(i) }));

/** Horizontal bars, largest on top (a breakdown: by customer, by department …). */
export function breakdownOption(items: readonly BreakdownItem[], label: (i: BreakdownItem) => string, valueName: string, limit = 10): ChartOption {
  const data = bars(items, label, limit).reverse();
  return {
    animation: false,
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item' },
    xAxis: { type: 'value', name: valueName, minInterval: 1 },
    yAxis: { type: 'category', data: data.map((d) => d.label), axisLabel: { width: 120, overflow: 'truncate' } },
    series: [{ type: 'bar', data, barMaxWidth: 28, itemStyle: { color: BLUE }, label: { show: true, position: 'right' } }],
  };
}

/** Pareto: bars largest first, the cumulative share as a line on a 0–100 % axis, and the 80 % mark. */
export function paretoOption(items: readonly ParetoItem[], label: (i: BreakdownItem) => string, names: { count: string; cumulative: string }, limit = 12): ChartOption {
  const shown = items.slice(0, limit);
  return {
    animation: false,
    grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    legend: { top: 0, data: [names.count, names.cumulative] },
    xAxis: { type: 'category', data: shown.map(label), axisLabel: { interval: 0, rotate: shown.length > 6 ? 30 : 0, width: 90, overflow: 'truncate' } },
    yAxis: [
      { type: 'value', name: names.count, minInterval: 1 },
      { type: 'value', name: names.cumulative, min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    ],
    series: [
      { name: names.count, type: 'bar', barMaxWidth: 48, data: shown.map((i) => ({ value: i.count, key: i.key, label: label(i) })), itemStyle: { color: BLUE } },
      {
        name: names.cumulative,
        type: 'line',
        yAxisIndex: 1,
        data: shown.map((i) => Math.round(i.cumulative * 1000) / 10),
        itemStyle: { color: ORANGE },
        markLine: { symbol: 'none', silent: true, lineStyle: { color: GREY, type: 'dashed' }, label: { position: 'insideStartTop', formatter: `${PARETO_MARK * 100}%` }, data: [{ yAxis: PARETO_MARK * 100 }] },
      },
    ],
  };
}

export interface TrendPoint {
  month: string;
  complaints: number;
  /** null: nothing shipped (no point drawn). */
  ppm: number | null;
}

/** Monthly complaints as bars, PPM as a line on its own axis, and the PPM target as a dashed line (when set). */
export function trendOption(points: readonly TrendPoint[], names: { complaints: string; ppm: string; target: string }, ppmTarget: number | null): ChartOption {
  return {
    animation: false,
    grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    legend: { top: 0, data: [names.complaints, names.ppm] },
    xAxis: { type: 'category', data: points.map((p) => p.month) },
    yAxis: [
      { type: 'value', name: names.complaints, minInterval: 1 },
      { type: 'value', name: names.ppm, min: 0 },
    ],
    series: [
      { name: names.complaints, type: 'bar', barMaxWidth: 36, data: points.map((p) => p.complaints), itemStyle: { color: BLUE } },
      {
        name: names.ppm,
        type: 'line',
        yAxisIndex: 1,
        connectNulls: false,
        data: points.map((p) => (p.ppm === null ? null : Math.round(p.ppm))),
        itemStyle: { color: ORANGE },
        ...(ppmTarget === null ? {} : { markLine: { symbol: 'none', silent: true, lineStyle: { color: '#c0392b', type: 'dashed' }, label: { formatter: `${names.target} ${ppmTarget}` }, data: [{ yAxis: ppmTarget }] } }),
      },
    ],
  };
}

/** On-time rate per deadline kind, 0–100 %. */
export function onTimeOption(items: readonly { label: string; rate: number | null }[], name: string): ChartOption {
  const shown = items.filter((i) => i.rate !== null);
  return {
    animation: false,
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item', valueFormatter: (v: unknown) => `${String(v)}%` },
    xAxis: { type: 'value', name, min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: shown.map((i) => i.label) },
    series: [{ type: 'bar', barMaxWidth: 28, data: shown.map((i) => Math.round((i.rate ?? 0) * 1000) / 10), itemStyle: { color: BLUE }, label: { show: true, position: 'right', formatter: '{c}%' } }],
  };
}
