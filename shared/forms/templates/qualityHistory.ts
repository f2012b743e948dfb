/**
 * 品质履历表 Quality History (issue 17.5) as a printed form: the model's (or
 * customer's) every complaint in order — date, case, the other party, lot,
 * defect, root causes (occurrence / escape), temporary and permanent
 * measures, 8D numbers, the effect check — with up to two photo thumbnails
 * per complaint, on A4 landscape with the header repeated on every page.
 */
import { html } from '../escape';
import { documentShell, fieldGrid, headerBlock, isImageDataUrl, label } from '../layout';
import type { Paper } from '../../domain/paper';
import type { FormContext, QualityHistoryFormData, RenderedForm } from '../types';
import { FORM_TITLES } from '../titles';

const EXTRA_CSS = `
table.history { font-size: 8pt; }
table.history th { font-size: 8pt; }
table.history td.photos img { display: block; max-width: 100%; max-height: 22mm; margin: 0 auto 0.5mm; }
table.history td.photos span { display: block; font-size: 6.5pt; text-align: center; overflow-wrap: anywhere; }
table.history tr.empty td { text-align: center; padding: 4mm; }
`;

/** Photos printed per complaint: more would make one complaint's row taller than a page. */
const PHOTOS_PER_LINE = 2;

export function renderQualityHistory(d: QualityHistoryFormData, ctx: FormContext, paper: Paper): RenderedForm {
  const head = [
    label('序号', 'No.'),
    label('日期', 'Date'),
    label('投诉编号', 'Case'),
    label(d.partyLabel),
    label('批号', 'Lot'),
    label('不良现象', 'Defect'),
    label('不良数', 'Qty'),
    label('发生原因', 'Occurrence'),
    label('流出原因', 'Escape'),
    label('临时措施', 'Containment'),
    label('永久措施', 'Corrective'),
    label('8D 编号', '8D'),
    label('效果确认', 'Effect'),
    label('照片', 'Photos'),
  ];
  const widths = [3.5, 6.5, 7.5, 7, 6, 10, 4, 9, 8, 8.5, 10, 7, 6, 7];
  const rows =
    d.lines.length === 0
      ? html`<tr class="empty"><td colspan="${head.length}">没有投诉记录 No complaints</td></tr>`
      : d.lines.map(
          (l, i) => html`<tr>
<td class="num">${String(i + 1)}</td><td>${l.date}</td><td>${l.caseNumber}</td><td class="text">${l.party}</td><td class="text">${l.lotNumber}</td><td class="text">${l.defect}</td><td class="num">${l.quantityDefective}</td>
<td class="text">${l.occurrenceCause}</td><td class="text">${l.escapeCause}</td><td class="text">${l.temporaryMeasures}</td><td class="text">${l.permanentMeasures}</td><td class="text">${l.eightDNumbers}</td><td class="text">${l.effect}</td>
<td class="photos">${l.photos.slice(0, PHOTOS_PER_LINE).map((p) => html`${isImageDataUrl(p.dataUrl) ? html`<img src="${p.dataUrl}" alt="">` : ''}<span>${p.caption}</span>`)}${l.photos.length > PHOTOS_PER_LINE ? html`<span>另有 ${String(l.photos.length - PHOTOS_PER_LINE)} 张</span>` : ''}</td>
</tr>`,
        );
  const title = FORM_TITLES.qualityHistory;
  return documentShell(ctx, paper, `${title} ${d.subjectName}`, EXTRA_CSS, () => html`
${headerBlock(ctx, title, 'Quality History', d.subjectName)}
${fieldGrid([
  [label(d.subjectLabel), d.subjectName],
  [label('期间', 'Period'), d.rangeText],
  [label('汇总', 'Summary'), d.summary],
], 3)}
<table class="grid history"><colgroup>${widths.map((w) => html`<col style="width:${w}%">`)}</colgroup><thead><tr>${head.map((h) => html`<th>${h}</th>`)}</tr></thead><tbody>${rows}</tbody></table>
`);
}
