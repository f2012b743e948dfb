/** D3: containment actions with dates and quantities (grouped headers), totals, and the reply to the customer against its deadline. */
import type { ReportContext } from '../context';
import { gridTable, heading, note, scaleWidths, spacer, type Block, type CellSpec } from '../kit';
import { containmentRows, containmentTotals, isDisciplineEmpty, replyFields } from '../rows';
import { fieldTable } from './fields';

export function containmentSection(ctx: ReportContext): Block[] {
  const { t } = ctx;
  const reply = fieldTable(ctx, replyFields(ctx));
  if (isDisciplineEmpty(ctx, 'D3')) return [heading(t.discipline('D3')), note(t.word('notFilled')), reply, spacer()];
  const widths = scaleWidths([5, 18, 9, 9, 10, 10, 9, 9, 21]);
  const head: CellSpec[][] = [
    [
      { text: t('index'), kind: 'head', rowSpan: 2 },
      { text: t('action'), kind: 'head', rowSpan: 2 },
      { text: t('location'), kind: 'head', rowSpan: 2 },
      { text: t('owner'), kind: 'head', rowSpan: 2 },
      { text: t('dates'), kind: 'head', span: 2 },
      { text: t('quantity'), kind: 'head', span: 2 },
      { text: t('result'), kind: 'head', rowSpan: 2 },
    ],
    [t('started'), t('finished'), t('inspected'), t('defective')].map((text) => ({ text, kind: 'head' as const })),
  ];
  const rows = containmentRows(ctx);
  const body: CellSpec[][] = rows.map((cells) => cells.map((text, i) => ({ text, align: i === 0 || (i >= 4 && i <= 7) ? ('center' as const) : undefined })));
  const totals = containmentTotals(ctx);
  const totalRow: CellSpec[] = [
    { text: t('total'), kind: 'label', span: 6, align: 'right' },
    { text: totals.inspected, align: 'center', bold: true },
    { text: totals.defective, align: 'center', bold: true },
    { text: '' },
  ];
  return [
    heading(t.discipline('D3')),
    gridTable(widths, [...head, ...body, totalRow], { headerRows: 2, minRowHeight: 340 }),
    spacer(0),
    reply,
    spacer(),
  ];
}
