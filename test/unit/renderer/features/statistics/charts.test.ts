/** The 统计 page's charts rendered to SVG without a DOM (ECharts ssr): the bars, the cumulative line and the 80 % mark are there. */
import { describe, expect, it } from 'vitest';
import { pareto } from '../../../../../shared/domain/statistics/pareto';
import { breakdownOption, paretoOption, trendOption } from '../../../../../renderer/features/statistics/charts/chartOptions';
import { chartSvg, chartSvgDataUrl } from '../../../../../renderer/features/statistics/charts/chartSvg';
import type { ChartOption } from '../../../../../renderer/features/statistics/charts/echarts';

const svgOf = (option: ChartOption): string => chartSvg(option, 600, 300);

/** Bars are filled paths in the bar colour. */
const bars = (svg: string) => (svg.match(/<path d="[^"]*" fill="#1f5f8b"/g) ?? []).length;

describe('statistics charts', () => {
  const defects = [
    { key: 'id:a', label: '划伤', count: 6 },
    { key: 'id:b', label: '不通电', count: 3 },
    { key: 'id:c', label: '漏装', count: 1 },
  ];

  it('a Pareto draws one bar per group, the cumulative line and the 80 % mark', () => {
    const svg = svgOf(paretoOption(pareto(defects), (i) => i.label, { count: '件数', cumulative: '累计占比' }));
    expect(bars(svg)).toBe(3);
    expect(svg).toContain('划伤');
    expect(svg).toContain('80%');
    expect(svg).toContain('#d9822b'); // the cumulative line
  });

  it('a breakdown draws one bar per group up to its limit, each bar carrying its key for the ledger link', () => {
    const option = breakdownOption(defects, (i) => i.label, '件数', 2) as { series: { data: { key: string }[] }[] };
    expect(option.series[0]!.data.map((d) => d.key)).toEqual(['id:b', 'id:a']);
    expect(bars(svgOf(option))).toBe(2);
  });

  it('the trend draws the months as bars, PPM as a line with gaps where nothing was shipped, and the target', () => {
    const svg = svgOf(trendOption([{ month: '2026-10', complaints: 2, ppm: 120 }, { month: '2026-11', complaints: 0, ppm: null }, { month: '2026-12', complaints: 3, ppm: 80 }], { complaints: '投诉', ppm: 'PPM', target: '目标' }, 100));
    expect(bars(svg)).toBe(3); // one per month (a month without complaints is a bar of height 0)
    expect(svg).toContain('2026-11');
    expect(svg).toContain('目标 100');
  });

  it('goes on paper as an SVG data: URL the printed forms accept', () => {
    const url = chartSvgDataUrl(breakdownOption(defects, (i) => i.label, '件数'), 600, 300);
    expect(url).toMatch(/^data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+$/);
    const svg = new TextDecoder().decode(Uint8Array.from(atob(url.slice(url.indexOf(',') + 1)), (c) => c.charCodeAt(0)));
    expect(bars(svg)).toBe(3);
    expect(svg).toContain('不通电');
  });
});
