/** Key/value tables: field name cells shaded, two fields per row, long texts on a row of their own. */
import type { Table } from 'docx';
import type { ReportContext } from '../context';
import { gridTable, scaleWidths, type CellSpec, type GridTableOptions } from '../kit';
import type { Field } from '../rows';
import { CONTENT_WIDTH } from '../theme';

/** Label, value, label, value — 18 / 32 / 18 / 32 %. */
export const FIELD_GRID = [18, 32, 18, 32] as const;

/** Rows of two fields each on a 4-column grid (`spans` scales them onto a wider grid). */
export function fieldRows(ctx: ReportContext, fields: readonly Field[], spans: readonly [number, number] = [1, 1]): CellSpec[][] {
  const rows: CellSpec[][] = [];
  for (let i = 0; i < fields.length; i += 2) {
    const row: CellSpec[] = [];
    for (const field of fields.slice(i, i + 2)) row.push({ text: ctx.t(field[0]), kind: 'label', span: spans[0] }, { text: field[1], span: spans[1] });
    if (row.length === 2) row[1] = { ...row[1], span: spans[1] * 2 + spans[0] };
    rows.push(row);
  }
  return rows;
}

/** One row per field: its name, then its (long) text over the rest of the width. */
export function wideFieldRows(ctx: ReportContext, fields: readonly Field[], spans: readonly [number, number] = [1, 3]): CellSpec[][] {
  return fields.map(([key, value]) => [{ text: ctx.t(key), kind: 'label', span: spans[0] }, { text: value, span: spans[1] }]);
}

export function fieldTable(ctx: ReportContext, fields: readonly Field[], wide: readonly Field[] = [], options: GridTableOptions = {}): Table {
  return gridTable(scaleWidths(FIELD_GRID, CONTENT_WIDTH), [...fieldRows(ctx, fields), ...wideFieldRows(ctx, wide)], options);
}
