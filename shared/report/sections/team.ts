/** D1: the team table — customer and supplier members marked in bold. */
import type { ReportContext } from '../context';
import { gridTable, heading, note, scaleWidths, spacer, type Block, type CellSpec } from '../kit';
import { isDisciplineEmpty, teamRows } from '../rows';

export function teamSection(ctx: ReportContext): Block[] {
  const { t } = ctx;
  if (isDisciplineEmpty(ctx, 'D1')) return [heading(t.discipline('D1')), note(t.word('notFilled'))];
  const widths = scaleWidths([6, 13, 10, 21, 18, 14, 18]);
  const head: CellSpec[][] = [
    [
      { text: t('index'), kind: 'head', rowSpan: 2 },
      { text: t('member'), kind: 'head', span: 3 },
      { text: t('from'), kind: 'head', span: 2 },
      { text: t('contact'), kind: 'head', rowSpan: 2 },
    ],
    [t('name'), t('role'), t('responsibility'), t('department'), t('organisation')].map((text) => ({ text, kind: 'head' as const })),
  ];
  const rows = teamRows(ctx);
  const body: CellSpec[][] = rows.map((r) => r.cells.map((text, i) => ({ text, align: i === 0 ? ('center' as const) : undefined, bold: r.external && (i === 1 || i === 5) })));
  return [heading(t.discipline('D1')), gridTable(widths, [...head, ...body], { headerRows: 2, minRowHeight: 340 }), spacer()];
}
