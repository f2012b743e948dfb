/**
 * D8: approval by the head of quality, team recognition, closure, and the
 * signature boxes — one table that is kept together with its heading, so the
 * sign-off never stands alone on the last page. Its grid is the union of the
 * field grid (18/32/18/32 %) and the three equal signature boxes.
 */
import type { ReportContext } from '../context';
import { gridTable, heading, scaleWidths, type Block, type CellSpec } from '../kit';
import { approvalFields, closureTexts, type Field } from '../rows';
import { signatureRows } from '../signatures';

/** Column edges at 18, 33⅓, 50, 66⅔, 68 and 100 % of the width. */
const GRID = [18, 46 / 3, 50 / 3, 50 / 3, 4 / 3, 32];

function pairRow(ctx: ReportContext, [a, b]: readonly Field[]): CellSpec[] {
  return [
    { text: a ? ctx.t(a[0]) : '', kind: 'label', span: 1 },
    { text: a?.[1] ?? '', span: 2 },
    { text: b ? ctx.t(b[0]) : '', kind: 'label', span: 2 },
    { text: b?.[1] ?? '', span: 1 },
  ];
}

export function closureSection(ctx: ReportContext): Block[] {
  const approval = approvalFields(ctx);
  const rows: CellSpec[][] = [
    pairRow(ctx, approval.slice(0, 2)),
    pairRow(ctx, approval.slice(2, 4)),
    ...closureTexts(ctx).map(([key, value]): CellSpec[] => [{ text: ctx.t(key), kind: 'label' }, { text: value, span: 5 }]),
    ...signatureRows(ctx, [2, 2, 2]),
  ];
  return [heading(ctx.t.discipline('D8')), gridTable(scaleWidths(GRID), rows, { minRowHeight: 360, keepTogether: true })];
}
