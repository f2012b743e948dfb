/**
 * Layout 'customer-form': the whole 8D as one bordered grid of 24 equal
 * columns in the style of customers' 8D sheets — the revision table, a dark band per discipline,
 * column headers, rows — then the signature row; the photos follow in an
 * appendix on a new page, cited from their discipline by figure number.
 */
import { PageBreak, Paragraph } from 'docx';
import { CAUSE_CATEGORIES, type PhotoDiscipline } from '../../domain/eightd/records';
import type { ReportContext } from '../context';
import { gridTable, heading, scaleWidths, type Block, type CellSpec } from '../kit';
import { photoBlocks } from '../photos';
import {
  approvalFields,
  categoryName,
  checkRows,
  closureTexts,
  containmentRows,
  containmentTotals,
  correctiveRows,
  fishboneCell,
  fiveW2HFields,
  headerFields,
  preventionRows,
  problemFields,
  replyFields,
  revisionHistoryRows,
  rootCauseFields,
  teamRows,
  whyRows,
} from '../rows';
import { fieldRows, wideFieldRows } from '../sections/fields';
import { titleBlock } from '../sections/report-header';
import { signatureRows } from '../signatures';
import type { Discipline } from '../../domain/eightd/records';
import type { LabelKey } from '../labels';
import type { EightDLayout } from './layout';

/** 24 narrow columns: fine enough that dates get the width they need. */
const COLUMNS = 24;
const FIELD_SPANS = [4, 8] as const;
const WIDE_SPANS = [4, 20] as const;

function band(text: string): CellSpec[] {
  return [{ text, kind: 'band', span: COLUMNS }];
}

/** Column headers and rows of a list, each column `spans[i]` wide; one empty row when the list is empty. */
function list(ctx: ReportContext, heads: LabelKey[], spans: number[], rows: string[][], center: number[] = [0]): CellSpec[][] {
  const head = heads.map((key, i): CellSpec => ({ text: ctx.t(key), kind: 'head', span: spans[i] ?? 1 }));
  const body = (rows.length ? rows : [spans.map(() => '')]).map((cells) =>
    spans.map((span, i): CellSpec => ({ text: cells[i] ?? '', span, ...(center.includes(i) ? { align: 'center' as const } : {}) })),
  );
  return [head, ...body];
}

function photoNote(ctx: ReportContext, d: PhotoDiscipline): CellSpec[][] {
  const embedded = ctx.photos[d].filter((p) => p.image);
  if (embedded.length === 0) return [];
  const figures = embedded.map((p) => `${ctx.t.word('photo')} ${p.figure}`).join(', ');
  return [[{ text: ctx.t('photos'), kind: 'label', span: WIDE_SPANS[0] }, { text: `${ctx.t.word('seeAppendix')}${ctx.t.colon}${figures}`, span: WIDE_SPANS[1] }]];
}

function disciplineRows(ctx: ReportContext, d: Discipline): CellSpec[][] {
  const { t } = ctx;
  const title = band(t.discipline(d));
  switch (d) {
    case 'D1':
      return [title, ...list(ctx, ['index', 'name', 'role', 'responsibility', 'department', 'organisation', 'contact'], [2, 4, 2, 4, 4, 4, 4], teamRows(ctx).map((r) => r.cells), [0, 2])];
    case 'D2': {
      const r = ctx.data.eightD.report;
      return [
        title,
        ...wideFieldRows(ctx, [['customerDescription', r.customerDescription]], WIDE_SPANS),
        ...fieldRows(ctx, [...fiveW2HFields(ctx), ...problemFields(ctx)], FIELD_SPANS),
        ...photoNote(ctx, 'D2'),
      ];
    }
    case 'D3': {
      const totals = containmentTotals(ctx);
      return [
        title,
        ...list(ctx, ['index', 'action', 'location', 'owner', 'started', 'finished', 'inspected', 'defective', 'result'], [2, 5, 2, 2, 3, 3, 2, 2, 3], containmentRows(ctx), [0, 4, 5, 6, 7]),
        [{ text: t('total'), kind: 'label', span: 17, align: 'right' }, { text: totals.inspected, align: 'center', bold: true, span: 2 }, { text: totals.defective, align: 'center', bold: true, span: 2 }, { text: '', span: 3 }],
        ...fieldRows(ctx, replyFields(ctx), FIELD_SPANS),
      ];
    }
    case 'D4':
      return [
        title,
        [{ text: t('category'), kind: 'head', span: 4 }, { text: t('occurrenceCauses'), kind: 'head', span: 10 }, { text: t('escapeCauses'), kind: 'head', span: 10 }],
        ...CAUSE_CATEGORIES.map((c): CellSpec[] => [
          { text: categoryName(ctx, c), kind: 'label', span: 4, align: 'center' },
          { text: fishboneCell(ctx, 'occurrence', c), span: 10 },
          { text: fishboneCell(ctx, 'escape', c), span: 10 },
        ]),
        ...list(ctx, ['index', 'analysis', 'cause', 'whyChain', 'rootCause', 'verification'], [2, 3, 4, 9, 2, 4], whyRows(ctx), [0, 1, 4]),
        ...wideFieldRows(ctx, rootCauseFields(ctx), WIDE_SPANS),
        ...photoNote(ctx, 'D4'),
      ];
    case 'D5':
      return [
        band(`${t.discipline('D5')}  ·  ${t.discipline('D6')}`),
        ...list(
          ctx,
          ['index', 'action', 'addressedCause', 'owner', 'due', 'status', 'verificationResult', 'verifiedBy'],
          [2, 5, 4, 2, 3, 2, 3, 3],
          correctiveRows(ctx).map((r) => [r.no, r.action, r.cause, r.owner, r.due, r.status, r.result, r.verifiedBy]),
          [0, 4, 5, 7],
        ),
        ...photoNote(ctx, 'D6'),
      ];
    case 'D6':
      return [];
    case 'D7': {
      const checks = checkRows(ctx);
      return [
        title,
        ...list(ctx, ['index', 'kind', 'description', 'documentRef', 'owner', 'due', 'done'], [2, 4, 7, 4, 2, 3, 2], preventionRows(ctx), [0, 5, 6]),
        ...(checks.length > 0
          ? [band(t.heading('horizontal')), ...list(ctx, ['index', 'checkKind', 'checkSubject', 'checkBasis', 'checkScope', 'checkResult', 'checkedBy', 'checkNote'], [2, 2, 4, 2, 3, 4, 3, 4], checks, [0, 1])]
          : []),
      ];
    }
    case 'D8':
      return [title, ...fieldRows(ctx, approvalFields(ctx), FIELD_SPANS), ...wideFieldRows(ctx, closureTexts(ctx), WIDE_SPANS)];
  }
}

function appendix(ctx: ReportContext): Block[] {
  const all = [...ctx.photos.D2, ...ctx.photos.D4, ...ctx.photos.D6];
  if (all.length === 0) return [];
  return [new Paragraph({ children: [new PageBreak()] }), heading(ctx.t.heading('appendix')), ...photoBlocks(ctx, all)];
}

export const customerFormLayout: EightDLayout = {
  id: 'customer-form',
  name: { 'zh-CN': '客户表单（单表）', en: 'Customer form (one grid)' },
  description: {
    'zh-CN': '整份 8D 为一张带边框的大表，图片放在附录',
    en: 'The whole 8D as one bordered grid; photos in an appendix',
  },
  render(ctx): Block[] {
    const revisions = revisionHistoryRows(ctx);
    const rows: CellSpec[][] = [
      ...fieldRows(ctx, headerFields(ctx), FIELD_SPANS),
      ...wideFieldRows(ctx, [['defectDescription', ctx.data.case.defectDescription]], WIDE_SPANS),
      ...(revisions.length > 0 ? [band(ctx.t.heading('revisionHistory')), ...list(ctx, ['revision', 'revisionDate', 'revisionReason', 'revisedBy', 'revisionApproved'], [3, 3, 10, 3, 5], revisions, [0, 1])] : []),
      ...(['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8'] as const).flatMap((d) => disciplineRows(ctx, d)),
      ...signatureRows(ctx, [8, 8, 8]),
    ];
    const grid = gridTable(scaleWidths(Array.from({ length: COLUMNS }, () => 1)), rows, { minRowHeight: 320 });
    return [...titleBlock(ctx), grid, ...appendix(ctx)];
  },
};
