/** The writer's sample workbook, read back by exceljs (xlsx-writer.test.ts) and LibreOffice (xlsx-writer-libreoffice.test.ts). */
import { XlsxWorkbook } from '../../../../shared/workbook/xlsx-writer';

/** 2026-11-23 10:30 at the factory, as excel-date.ts makes it (UTC fields = wall clock). */
export const WALL = new Date(Date.UTC(2026, 10, 23, 10, 30));

export async function sample(): Promise<Uint8Array> {
  const wb = new XlsxWorkbook();
  wb.creator = '客诉退货台';
  wb.title = '测试';
  wb.created = WALL;
  wb.modified = WALL;
  const ws = wb.addSheet('明细', [{ width: 16, style: { numFmt: '@' } }, { width: 10, style: { numFmt: '0' } }, { width: 17, style: { numFmt: 'yyyy-mm-dd hh:mm' } }, { width: 12, style: { numFmt: '0.00' } }], { frozenRows: 1 });
  ws.addRow(['案件编号', '不良数', '受理时间', '金额'], { bold: true, fill: 'FFE8EEF7', borderBottom: true, vertical: 'middle' });
  ws.addRow(['=1+1', 12, WALL, 1234.5]);
  ws.addRow(['<b>&"客户"</b>\u0007', Number.NaN, null, Infinity]);
  ws.addRow(['', 0, undefined, -0.25], { bold: true }, [undefined, undefined, undefined, { numFmt: '0.0%' }]);
  ws.autoFilter(4, 4);
  wb.addSheet('明细', [{ width: 8 }]).addRow(['同名']);
  wb.addSheet('a/b:c*?[x]', []).addRow([1]);
  return wb.toBytes();
}
