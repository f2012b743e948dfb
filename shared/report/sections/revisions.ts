/** The revision table under the header (issue 19.6): every approved revision up to the printed one, the one in work last. */
import type { ReportContext } from '../context';
import { gridTable, scaleWidths, spacer, subheading, type Block, type CellSpec } from '../kit';
import { revisionHistoryRows } from '../rows';

export function revisionSection(ctx: ReportContext): Block[] {
  const { t } = ctx;
  const rows = revisionHistoryRows(ctx);
  if (rows.length === 0) return [];
  const widths = scaleWidths([10, 14, 44, 14, 18]);
  const head: CellSpec[] = [t('revision'), t('revisionDate'), t('revisionReason'), t('revisedBy'), t('revisionApproved')].map((text) => ({ text, kind: 'head' }));
  const body: CellSpec[][] = rows.map((cells) => cells.map((text, i) => ({ text, align: i <= 1 ? ('center' as const) : undefined })));
  return [subheading(t.heading('revisionHistory')), gridTable(widths, [head, ...body], { headerRows: 1, minRowHeight: 320 }), spacer()];
}
