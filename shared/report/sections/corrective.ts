/** D5: the permanent corrective actions (owner, due, status); D6: their implementation and verification (result, verifier), and the photos. */
import type { ReportContext } from '../context';
import { gridTable, heading, note, scaleWidths, spacer, type Block, type CellSpec } from '../kit';
import { photoBlocks } from '../photos';
import { correctiveRows, isDisciplineEmpty, type CorrectiveRow } from '../rows';

const center = 'center' as const;

function plannedTable(ctx: ReportContext, rows: CorrectiveRow[]): Block {
  const { t } = ctx;
  const widths = scaleWidths([6, 38, 20, 12, 12, 12]);
  const head: CellSpec[][] = [
    [
      { text: t('index'), kind: 'head', rowSpan: 2 },
      { text: t('action'), kind: 'head', rowSpan: 2 },
      { text: t('addressedCause'), kind: 'head', rowSpan: 2 },
      { text: t('implementation'), kind: 'head', span: 3 },
    ],
    [t('owner'), t('due'), t('status')].map((text) => ({ text, kind: 'head' as const })),
  ];
  const body = rows.map((r): CellSpec[] => [{ text: r.no, align: center }, { text: r.action }, { text: r.cause }, { text: r.owner }, { text: r.due, align: center }, { text: r.status, align: center }]);
  return gridTable(widths, [...head, ...body], { headerRows: 2, minRowHeight: 340 });
}

function verifiedTable(ctx: ReportContext, rows: CorrectiveRow[]): Block {
  const { t } = ctx;
  const widths = scaleWidths([6, 30, 13, 35, 16]);
  const head: CellSpec[][] = [
    [
      { text: t('index'), kind: 'head', rowSpan: 2 },
      { text: t('action'), kind: 'head', rowSpan: 2 },
      { text: t('implementedOn'), kind: 'head', rowSpan: 2 },
      { text: t('verificationGroup'), kind: 'head', span: 2 },
    ],
    [t('verificationResult'), t('verifiedBy')].map((text) => ({ text, kind: 'head' as const })),
  ];
  const body = rows.map((r): CellSpec[] => [{ text: r.no, align: center }, { text: r.action }, { text: r.implemented, align: center }, { text: r.result }, { text: r.verifiedBy, align: center }]);
  return gridTable(widths, [...head, ...body], { headerRows: 2, minRowHeight: 340 });
}

export function correctiveSection(ctx: ReportContext): Block[] {
  const { t } = ctx;
  const rows = correctiveRows(ctx);
  const notFilled = note(t.word('notFilled'));
  return [
    heading(t.discipline('D5')),
    ...(isDisciplineEmpty(ctx, 'D5') ? [notFilled] : [plannedTable(ctx, rows), spacer()]),
    heading(t.discipline('D6')),
    ...(isDisciplineEmpty(ctx, 'D6') ? [note(t.word('notFilled'))] : [...(rows.length ? [verifiedTable(ctx, rows)] : []), ...photoBlocks(ctx, ctx.photos.D6), spacer()]),
  ];
}
