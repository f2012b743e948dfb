/**
 * D4: the fishbone as a table (a row per 5M1E bone 人机料法测环, a column each
 * for why it occurred and why it escaped), the 5-Why chains, the verified
 * root causes, and the photos.
 */
import { CAUSE_CATEGORIES } from '../../domain/eightd/records';
import type { ReportContext } from '../context';
import { gridTable, heading, note, scaleWidths, spacer, subheading, type Block, type CellSpec } from '../kit';
import { photoBlocks } from '../photos';
import { categoryName, fishboneCell, isDisciplineEmpty, rootCauseFields, whyRows } from '../rows';
import { fieldTable } from './fields';

export function fishboneTable(ctx: ReportContext): Block {
  const { t } = ctx;
  const widths = scaleWidths([16, 42, 42]);
  const rows: CellSpec[][] = [
    [{ text: t('category'), kind: 'head', rowSpan: 2 }, { text: t('causes'), kind: 'head', span: 2 }],
    [{ text: t('occurrenceCauses'), kind: 'head' }, { text: t('escapeCauses'), kind: 'head' }],
    ...CAUSE_CATEGORIES.map((category): CellSpec[] => [
      { text: categoryName(ctx, category), kind: 'label', align: 'center' },
      { text: fishboneCell(ctx, 'occurrence', category) },
      { text: fishboneCell(ctx, 'escape', category) },
    ]),
  ];
  return gridTable(widths, rows, { headerRows: 2, minRowHeight: 400 });
}

export function whyTable(ctx: ReportContext): Block {
  const { t } = ctx;
  const widths = scaleWidths([6, 12, 20, 35, 9, 18]);
  const head: CellSpec[] = [t('index'), t('analysis'), t('cause'), t('whyChain'), t('rootCause'), t('verification')].map((text) => ({ text, kind: 'head' }));
  const rows = whyRows(ctx);
  const body: CellSpec[][] = rows.length
    ? rows.map((cells) => cells.map((text, i) => ({ text, align: i === 0 || i === 1 || i === 4 ? ('center' as const) : undefined })))
    : [widths.map(() => ({ text: '' }))];
  return gridTable(widths, [head, ...body], { headerRows: 1, minRowHeight: 340 });
}

export function rootCauseSection(ctx: ReportContext): Block[] {
  const { t } = ctx;
  if (isDisciplineEmpty(ctx, 'D4')) return [heading(t.discipline('D4')), note(t.word('notFilled'))];
  return [
    heading(t.discipline('D4')),
    subheading(t.heading('fishbone')),
    fishboneTable(ctx),
    subheading(t.heading('fiveWhy')),
    whyTable(ctx),
    spacer(0),
    fieldTable(ctx, [], rootCauseFields(ctx)),
    ...photoBlocks(ctx, ctx.photos.D4),
    spacer(),
  ];
}
