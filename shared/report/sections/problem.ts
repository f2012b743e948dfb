/** D2: the customer's description, 5W2H (the 5W2H cell merged down its seven rows), affected lots and date codes, first or repeat, photos. */
import type { ReportContext } from '../context';
import { gridTable, heading, note, scaleWidths, spacer, type Block, type CellSpec } from '../kit';
import { photoBlocks } from '../photos';
import { fiveW2HFields, isDisciplineEmpty, problemFields } from '../rows';
import { fieldTable } from './fields';

export function problemSection(ctx: ReportContext): Block[] {
  const { t } = ctx;
  if (isDisciplineEmpty(ctx, 'D2')) return [heading(t.discipline('D2')), note(t.word('notFilled'))];
  const r = ctx.data.eightD.report;
  const widths = scaleWidths([10, 18, 72]);
  const fiveW2H = fiveW2HFields(ctx);
  const rows: CellSpec[][] = [
    [{ text: t('customerDescription'), kind: 'label', span: 2 }, { text: r.customerDescription }],
    ...fiveW2H.map(([key, value], i): CellSpec[] => [
      ...(i === 0 ? [{ text: t('fiveW2H'), kind: 'head' as const, rowSpan: fiveW2H.length }] : []),
      { text: t(key), kind: 'label' },
      { text: value },
    ]),
  ];
  return [
    heading(t.discipline('D2')),
    gridTable(widths, rows),
    spacer(0),
    fieldTable(ctx, [], problemFields(ctx)),
    ...photoBlocks(ctx, ctx.photos.D2),
    spacer(),
  ];
}
