/**
 * 客户投诉案件统计表 Monthly Complaint Report (issue 17.6; seed 003 §九.10)
 * as a printed form on A4 landscape: the period, the key figures against
 * their targets, the charts (SVG images drawn by the renderer's ECharts),
 * the breakdown tables, the open and overdue cases with their responsible
 * departments, and the sign-off boxes 编制 / 审核 / 批准. Every number is
 * already a text decided by shared/forms/monthly-report-map.ts from the
 * statistics the 统计 page shows.
 */
import { html, type SafeHtml } from '../escape';
import { documentShell, fieldGrid, headerBlock, isImageDataUrl, label, section, signBoxes } from '../layout';
import type { Paper } from '../../domain/paper';
import type { FormContext, MonthlyReportData, RenderedForm, ReportTable } from '../types';
import { FORM_TITLES } from '../titles';

const EXTRA_CSS = `
table.figures td.missed { color: #b00020; font-weight: 700; }
table.figures td.note { font-size: 7.5pt; color: #333; }
.charts { display: flex; flex-wrap: wrap; gap: 3mm; margin-bottom: 2mm; }
.chart { width: calc(50% - 1.5mm); border: 0.3mm solid #000; padding: 1.5mm; margin: 0; break-inside: avoid; page-break-inside: avoid; }
.chart figcaption { font-weight: 700; font-size: 9pt; margin-bottom: 1mm; }
.chart img { display: block; width: 100%; height: auto; }
.table-note { font-size: 7.5pt; color: #333; margin: -1mm 0 2mm; }
.tables { display: flex; flex-wrap: wrap; gap: 0 3mm; }
.tables .half { width: calc(50% - 1.5mm); }
.tables .whole { width: 100%; }
table.grid tr.totals td { font-weight: 700; }
`;

/** Tables of three columns or fewer go two to a row. */
const isNarrow = (t: ReportTable): boolean => t.head.length <= 4;

function table(t: ReportTable): SafeHtml {
  const cells = (values: readonly string[]) => values.map((v, i) => html`<td class="${t.numeric.includes(i) ? 'num' : 'text'}">${v}</td>`);
  const totals = t.totals ? html`<tr class="totals">${cells(t.totals)}</tr>` : '';
  const empty = t.rows.length === 0 ? html`<tr><td colspan="${String(t.head.length)}" class="center">本期无数据 None in this period</td></tr>` : '';
  return html`<div class="${isNarrow(t) ? 'half' : 'whole'}"><div class="section">${t.title}</div><table class="grid"><colgroup>${t.widths.map((w) => html`<col style="width:${w}%">`)}</colgroup><thead><tr>${t.head.map((h) => html`<th>${h}</th>`)}</tr></thead><tbody>${t.rows.map((r) => html`<tr>${cells(r)}</tr>`)}${empty}${totals}</tbody></table>${t.note ? html`<div class="table-note">${t.note}</div>` : ''}</div>`;
}

export function renderMonthlyReport(d: MonthlyReportData, ctx: FormContext, paper: Paper): RenderedForm {
  const title = FORM_TITLES.monthlyReport;
  const figures = html`<table class="grid figures"><colgroup><col style="width:22%"><col style="width:14%"><col style="width:12%"><col style="width:52%"></colgroup>
<thead><tr><th>${label('指标', 'Figure')}</th><th>${label('数值', 'Value')}</th><th>${label('目标', 'Target')}</th><th>${label('说明（公式）', 'How it is counted')}</th></tr></thead>
<tbody>${d.figures.map((f) => html`<tr><td>${f.label}</td><td class="num${f.missed ? ' missed' : ''}">${f.value}${f.missed ? ' ▲' : ''}</td><td class="num">${f.target}</td><td class="note">${f.note}</td></tr>`)}</tbody></table>`;
  const charts = d.charts.filter((c) => isImageDataUrl(c.dataUrl));
  return documentShell(ctx, paper, `${title} ${d.periodTitle}`, EXTRA_CSS, () => html`
${headerBlock(ctx, title, 'Monthly Complaint Report', d.number)}
${fieldGrid([
  [label('统计期间', 'Period'), `${d.periodTitle}（${d.periodRange}）`],
  [label('统计口径', 'Basis'), d.basisText],
  [label('编制', 'Prepared by'), d.preparedBy],
], 3)}
${section('一、主要指标', 'Key figures')}
${figures}
<div class="table-note">▲ 未达目标 Target missed</div>
${charts.length > 0 ? html`${section('二、图表', 'Charts')}<div class="charts">${charts.map((c) => html`<figure class="chart"><figcaption>${c.title}</figcaption><img src="${c.dataUrl}" alt=""></figure>`)}</div>` : ''}
${section(charts.length > 0 ? '三、分类统计' : '二、分类统计', 'Breakdowns')}
<div class="tables">${d.tables.map(table)}</div>
${section(charts.length > 0 ? '四、未结及逾期案件' : '三、未结及逾期案件', 'Open and overdue cases')}
<div class="tables">${table(d.openCases)}</div>
${signBoxes([['编制', 'Prepared by'], ['审核', 'Reviewed by'], ['批准', 'Approved by']])}
`);
}
