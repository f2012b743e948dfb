/**
 * The one ECharts of the app (issue 17.4): only the pieces the 统计 page
 * draws (bars, lines, the 80 % mark), tree-shaken, with the SVG renderer —
 * crisp on paper and renderable without a DOM (ssr) for tests and print.
 */
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);

export { echarts };
export type { EChartsCoreOption as ChartOption } from 'echarts/core';
