/** 客户满意度调查表 Customer Satisfaction Survey (DOMAIN §6): 8 questions, 10/8/6/4 points, ≥ 80 satisfied; blank or filled. */
import { SURVEY_SATISFIED_THRESHOLD } from '../../domain/lifecycle/survey';
import { html } from '../escape';
import { documentShell, fieldGrid, headerBlock, label, longTextTable, signBoxes } from '../layout';
import type { Paper } from '../paper';
import type { FormContext, RenderedForm, SurveyFormData } from '../types';

export const SURVEY_QUESTIONS: [string, string][] = [
  ['产品质量', 'Product quality'],
  ['交货及时性', 'On-time delivery'],
  ['投诉响应速度', 'Speed of response to the complaint'],
  ['处理结果', 'Result of the complaint handling'],
  ['服务态度', 'Service attitude'],
  ['沟通与信息反馈', 'Communication and feedback'],
  ['技术支持', 'Technical support'],
  ['整体满意程度', 'Overall satisfaction'],
];

export const SURVEY_SCALE: { zh: string; en: string; points: number }[] = [
  { zh: '非常满意', en: 'Very satisfied', points: 10 },
  { zh: '满意', en: 'Satisfied', points: 8 },
  { zh: '一般', en: 'Neutral', points: 6 },
  { zh: '不满意', en: 'Dissatisfied', points: 4 },
];

export function surveyTotal(answers: readonly number[]): number {
  return answers.reduce((sum, a) => sum + (SURVEY_SCALE[a]?.points ?? 0), 0);
}

export function renderSurveyForm(d: SurveyFormData, ctx: FormContext, paper: Paper): RenderedForm {
  const answers = d.answers;
  const total = answers ? surveyTotal(answers) : null;
  const rows = SURVEY_QUESTIONS.map(
    ([zh, en], q) =>
      html`<tr><td class="center">${q + 1}</td><td>${label(zh, en)}</td>${SURVEY_SCALE.map((_, a) => html`<td class="center"><span class="box">${answers && answers[q] === a ? '✔' : ''}</span></td>`)}<td class="center">${answers ? String(SURVEY_SCALE[answers[q] ?? -1]?.points ?? '') : ''}</td></tr>`,
  );
  const verdict =
    total === null ? html`<span class="box"></span> 满意 Satisfied (≥ ${SURVEY_SATISFIED_THRESHOLD}) &nbsp; <span class="box"></span> 不满意 Not satisfied` : total >= SURVEY_SATISFIED_THRESHOLD ? html`<span class="box">✔</span> 满意 Satisfied` : html`<span class="box">✔</span> 不满意 Not satisfied — 重新分析 case re-opens`;
  return documentShell(ctx, paper, `客户满意度调查表 ${d.caseNumber}`, '', () => html`
${headerBlock(ctx, '客户满意度调查表', 'Customer Satisfaction Survey', d.caseNumber)}
${fieldGrid([
  [label('投诉编号', 'Case No.'), d.caseNumber],
  [label('回访日期', 'Date'), d.surveyedAt],
  [label('客户名称', 'Customer'), d.customerName],
  [label('联系人', 'Contact'), d.contactPerson],
])}
<div style="font-size:9pt;margin-bottom:1.5mm">评分 Scoring: 非常满意 10 / 满意 8 / 一般 6 / 不满意 4；总分 ≥ ${SURVEY_SATISFIED_THRESHOLD} 为满意。请在相应方框内打 ✔。</div>
<table class="grid"><colgroup><col style="width:6%"><col style="width:36%"><col style="width:11%"><col style="width:11%"><col style="width:11%"><col style="width:11%"><col style="width:14%"></colgroup>
<thead><tr><th class="center">${label('序号', 'No.')}</th><th>${label('调查项目', 'Item')}</th>${SURVEY_SCALE.map((s) => html`<th class="center">${label(s.zh, `${s.en} ${s.points}`)}</th>`)}<th class="center">${label('得分', 'Points')}</th></tr></thead>
<tbody>${rows}<tr><th colspan="6" style="text-align:right">${label('总分', 'Total')}</th><td class="center" style="font-weight:700">${total === null ? '' : String(total)}</td></tr>
<tr><th colspan="2">${label('评价结果', 'Verdict')}</th><td colspan="5">${verdict}</td></tr></tbody></table>
${longTextTable('客户意见及建议', 'Remarks', d.remarks)}
${signBoxes([['客户签名', 'Customer'], ['回访人', 'Surveyed by'], ['审核', 'Reviewed by']])}
`);
}
