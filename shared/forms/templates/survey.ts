/**
 * 客户满意度调查表 Customer Satisfaction Survey (form ZWX-PZ202-02A, DOMAIN §6): 8 questions, question 8 in
 * three sub-items = 10 rated items, 10/8/6/4 points, satisfied from the threshold; blank or filled. The
 * wording and threshold are the office's survey form (shared/domain/lifecycle/survey-form.ts; the built-in
 * one is the paper form's): its Chinese, and its English where the office set one.
 */
import { SURVEY_ITEMS, SURVEY_MAX_SCORE } from '../../domain/lifecycle/survey';
import { DEFAULT_SURVEY_FORM, englishOf, type SurveyText } from '../../domain/lifecycle/survey-form';
import { html } from '../escape';
import { documentShell, fieldGrid, headerBlock, label, longTextTable, signLine } from '../layout';
import type { Paper } from '../../domain/paper';
import type { FormContext, RenderedForm, SurveyFormData } from '../types';
import { FORM_TITLES } from '../titles';

/** A wording as printed: the Chinese, then the English (if any) in the smaller English style. */
const printed = (prefix: string, text: SurveyText) => {
  const en = englishOf(text);
  return html`${prefix}${text.zh}${en === null ? '' : html` <span class="en">${en}</span>`}`;
};

export const SURVEY_SCALE: { zh: string; en: string; points: number }[] = [
  { zh: '很满意', en: 'Very satisfied', points: 10 },
  { zh: '满意', en: 'Satisfied', points: 8 },
  { zh: '一般', en: 'Neutral', points: 6 },
  { zh: '不满意', en: 'Dissatisfied', points: 4 },
];

export function surveyTotal(answers: readonly number[]): number {
  return answers.reduce((sum, a) => sum + (SURVEY_SCALE[a]?.points ?? 0), 0);
}

export function renderSurveyForm(d: SurveyFormData, ctx: FormContext, paper: Paper): RenderedForm {
  const form = d.form ?? DEFAULT_SURVEY_FORM;
  const threshold = form.satisfiedThreshold;
  const answers = d.answers;
  const total = answers ? surveyTotal(answers) : null;
  const satisfied = total === null ? null : (d.satisfied ?? total >= threshold);
  const cells = (item: number) =>
    html`${SURVEY_SCALE.map((_, a) => html`<td class="center"><span class="box">${answers && answers[item] === a ? '✔' : ''}</span></td>`)}<td class="center">${answers ? String(SURVEY_SCALE[answers[item] ?? -1]?.points ?? '') : ''}</td>`;
  const rows = SURVEY_ITEMS.map((item, i) => {
    const number = item.sub === null ? String(item.question) : '';
    const head = item.sub === 'A' ? html`<tr><td class="center">${String(item.question)}</td><td colspan="6">${printed('', form.q8Stem)}</td></tr>` : '';
    // English on the same line as the question: the whole form stays on one sheet.
    return html`${head}<tr><td class="center">${number}</td><td${item.sub ? html` style="padding-left:6mm"` : ''}>${printed(item.sub ? `${item.sub}. ` : '', form.items[item.id])}</td>${cells(i)}</tr>`;
  });
  const verdict =
    total === null ? html`<span class="box"></span> 满意 Satisfied (≥ ${threshold}) &nbsp; <span class="box"></span> 不满意 Not satisfied` : satisfied ? html`<span class="box">✔</span> 满意 Satisfied` : html`<span class="box">✔</span> 不满意 Not satisfied — 重新分析 case re-opens`;
  return documentShell(ctx, paper, `${FORM_TITLES.survey} ${d.caseNumber}`, '', () => html`
${headerBlock(ctx, FORM_TITLES.survey, 'Customer Satisfaction Survey', d.caseNumber)}
${fieldGrid([
  [label('投诉编号', 'Case No.'), d.caseNumber],
  [label('回访日期', 'Date'), d.surveyedAt],
  [label('客户名称', 'Customer'), d.customerName],
  [label('联系人', 'Contact'), d.contactPerson],
])}
<div style="font-size:9pt;margin-bottom:1.5mm">请在所选取的方格内打 ✔。注：每项 10 分，其中很满意 10 分，满意 8 分，一般 6 分，不满意 4 分（满分 ${String(SURVEY_MAX_SCORE)}）；${String(threshold)} 分以上为满意。</div>
<table class="grid"><colgroup><col style="width:5%"><col style="width:51%"><col style="width:9%"><col style="width:9%"><col style="width:9%"><col style="width:9%"><col style="width:8%"></colgroup>
<thead><tr><th class="center">${label('序号', 'No.')}</th><th>${label('调查项目', 'Item')}</th>${SURVEY_SCALE.map((s) => html`<th class="center">${label(s.zh, `${s.points}`)}</th>`)}<th class="center">${label('得分', 'Points')}</th></tr></thead>
<tbody>${rows}<tr><th colspan="6" style="text-align:right">${label('总分', 'Total')}</th><td class="center" style="font-weight:700">${total === null ? '' : String(total)}</td></tr>
<tr><th colspan="2">${label('评价结果', 'Verdict')}</th><td colspan="5">${verdict}</td></tr></tbody></table>
${longTextTable('不足之处及其他建议', 'Shortcomings & suggestions', d.remarks)}
${signLine([['客户签名', 'Customer'], ['回访人', 'Surveyed by'], ['审核', 'Reviewed by']])}
`);
}
