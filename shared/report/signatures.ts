/** Signature boxes 编制 / 审核 / 批准 (Prepared / Reviewed / Approved), each with the name when known, room to sign and a date line. */
import type { ReportContext } from './context';
import type { CellSpec } from './kit';
import { formatDate } from './text';

/** The header and box rows of the three boxes, each `spans[i]` grid columns wide (they sit at the end of a bigger table). */
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
