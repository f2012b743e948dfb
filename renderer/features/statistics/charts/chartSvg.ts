/**
 * A chart drawn for paper (the monthly report, issue 17.6): the same
 * ECharts option as on the page, rendered to an SVG string without a DOM
 * (ssr), animation off, as a data: URL image the printed document embeds
 * (the forms' CSP allows images from data: only).
 */
import { encodeBase64 } from '../../../../shared/base64';
import { utf8Encode } from '../../../../shared/utf8';
import { echarts, type ChartOption } from './echarts';

export function chartSvg(option: ChartOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...option, animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

export function chartSvgDataUrl(option: ChartOption, width: number, height: number): string {
  return `data:image/svg+xml;base64,${encodeBase64(utf8Encode(chartSvg(option, width, height)))}`;
}
