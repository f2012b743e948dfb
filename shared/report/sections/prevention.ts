/** D7: the preventive updates (FMEA, control plan, specification, work instruction …) with document, owner, due and done, then the 举一反三 rows. */
import type { ReportContext } from '../context';
import { gridTable, heading, note, scaleWidths, spacer, type Block, type CellSpec } from '../kit';
import { isDisciplineEmpty, preventionRows } from '../rows';
import { horizontalBlocks } from './horizontal';

export function preventionSection(ctx: ReportContext): Block[] {
  const { t } = ctx;
  if (isDisciplineEmpty(ctx, 'D7')) return [heading(t.discipline('D7')), note(t.word('notFilled'))];
  const widths = scaleWidths([6, 14, 34, 18, 10, 10, 8]);
  const head: CellSpec[][] = [
    [
      { text: t('index'), kind: 'head', rowSpan: 2 },
      { text: t('kind'), kind: 'head', rowSpan: 2 },
      { text: t('description'), kind: 'head', rowSpan: 2 },
      { text: t('documentRef'), kind: 'head', rowSpan: 2 },
      { text: t('implementation'), kind: 'head', span: 3 },
    ],
    [t('owner'), t('due'), t('done')].map((text) => ({ text, kind: 'head' as const })),
  ];
  const rows = preventionRows(ctx);
  const body: CellSpec[][] = rows.map((cells) => cells.map((text, i) => ({ text, align: i === 0 || i >= 5 ? ('center' as const) : undefined })));
  const prevention = rows.length > 0 ? [gridTable(widths, [...head, ...body], { headerRows: 2, minRowHeight: 340 })] : [note(t.word('notFilled'))];
  return [heading(t.discipline('D7')), ...prevention, ...horizontalBlocks(ctx), spacer()];
}
