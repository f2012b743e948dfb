/** D7 举一反三 / 水平展开: the related models, lots and materials checked, each with its result (an affected one cites its D3 action). */
import type { ReportContext } from '../context';
import { gridTable, scaleWidths, subheading, type Block, type CellSpec } from '../kit';
import { checkRows } from '../rows';

export function horizontalBlocks(ctx: ReportContext): Block[] {
  const { t } = ctx;
  const rows = checkRows(ctx);
  if (rows.length === 0) return [];
  const widths = scaleWidths([5, 8, 18, 10, 15, 16, 12, 16]);
  const head: CellSpec[] = [t('index'), t('checkKind'), t('checkSubject'), t('checkBasis'), t('checkScope'), t('checkResult'), t('checkedBy'), t('checkNote')].map((text) => ({ text, kind: 'head' }));
  const body: CellSpec[][] = rows.map((cells) => cells.map((text, i) => ({ text, align: i === 0 || i === 1 ? ('center' as const) : undefined })));
  return [subheading(t.heading('horizontal')), gridTable(widths, [head, ...body], { headerRows: 1, minRowHeight: 340 })];
}
