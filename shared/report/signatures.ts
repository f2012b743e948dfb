/** Signature boxes 编制 / 审核 / 批准 (Prepared / Reviewed / Approved), each with the name when known, room to sign and a date line. */
import type { ReportContext } from './context';
import { gridTable, scaleWidths, type CellSpec } from './kit';
import type { Table } from 'docx';
import { formatDate } from './text';

/** The three boxes on `width` twips; `span` lets the one-table form put them on its own grid instead. */
export function signatureRows(ctx: ReportContext, spans: readonly [number, number, number] = [1, 1, 1]): CellSpec[][] {
  const { t, data } = ctx;
  const r = data.eightD.report;
  const boxes = [
    { title: t('prepared'), name: r.openedBy, date: '' },
    { title: t('reviewed'), name: '', date: '' },
    { title: t('approved'), name: r.approvedBy, date: formatDate(r.approvedAt) },
  ];
  return [
    boxes.map((b, i) => ({ text: b.title, kind: 'head' as const, span: spans[i] ?? 1 })),
    boxes.map((b, i) => ({ text: `${t.heading('signature')}${t.colon}${b.name}\n\n\n${t.heading('date')}${t.colon}${b.date || '____________'}`, span: spans[i] ?? 1 })),
  ];
}

export function signatureTable(ctx: ReportContext, width?: number): Table {
  return gridTable(scaleWidths([1, 1, 1], width), signatureRows(ctx), { minRowHeight: 500 });
}
