/** Workbooks made with exceljs that look like the 台账 offices keep, for the ledger import tests. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

export type SheetSpec = {
  name: string;
  rows: ExcelJS.CellValue[][];
  /** Ranges like 'A3:A5' (exceljs mergeCells). */
  merges?: string[];
};

export async function workbookOf(sheets: SheetSpec[], edit?: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const ws = wb.addWorksheet(spec.name);
    spec.rows.forEach((row, i) => {
      row.forEach((value, c) => {
        if (value !== null && value !== undefined) ws.getCell(i + 1, c + 1).value = value;
      });
    });
    for (const range of spec.merges ?? []) ws.mergeCells(range);
  }
  edit?.(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** An Excel date cell for a local day (exceljs writes a Date's UTC fields as the Excel serial). */
export const excelDay = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

/** A 1×1 PNG. */
export const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

/** The workbook with the first sheet's rows replaced by `count` rows of one number each (made as XML: exceljs would take long to write them). */
export async function withManyRows(count: number): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await workbookOf([{ name: '1月', rows: [['客户']] }]));
  const path = 'xl/worksheets/sheet1.xml';
  const xml = await zip.file(path)!.async('string');
  const rows: string[] = [];
  for (let r = 1; r <= count; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
  zip.file(path, xml.replace(/<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/, `<sheetData>${rows.join('')}</sheetData>`));
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

/**
 * 「2019年客诉台账.xlsx」 as offices keep it: a 汇总 sheet; 1月 with a title
 * row, a two-row header (数量 merged over 交货数 / 不良数, the others merged
 * down), a complaint over two return lines (its number, date, customer,
 * model, department, state merged over both) and a 合计 row; 7月 with a
 * Chinese and an English header row and dates typed as text (7/9 without a
 * year); a notes sheet without a table.
 */
export function ledger2019(): SheetSpec[] {
  return [
    { name: '汇总', rows: [['月份', '投诉数', '不良数'], ['1月', 3, 24], ['7月', 4, 232]] },
    {
      name: '1月',
      rows: [
        ['2019年1月客诉台账'],
        ['原投诉编号', '投诉日期', '客户名称', '机种', '料号&品名', '批号', '不良现象', '数量', null, '责任部门', '状态', '结案日期'],
        [null, null, null, null, null, null, null, '交货数', '不良数'],
        ['KS-1901-001', excelDay(2019, 1, 8), '华为', 'QX-210A', 'A-100 外壳', 'L190101', '划伤', '1,000', 12, '品质部、生产部', '已结案', '2019/1/20'],
        ['KS-1901-002', '2019.01.15', '美的', 'QX-300', 'B-200', 'L190105', '不通电', 500, 5, '工程部', '处理中', null],
        ['KS-1901-003', '2019年1月22日', '华为', 'QX-210A', 'A-100', 'L190110', '毛刺', 200, 3, '品质部', '已结案', excelDay(2019, 1, 30)],
        [null, null, null, null, 'A-101', 'L190111', '毛刺', 300, 4],
        ['合计', null, null, null, null, null, null, { formula: 'SUM(H4:H7)', result: 2000 }, { formula: 'SUM(I4:I7)', result: 24 }],
      ],
      merges: ['A1:L1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3', 'F2:F3', 'G2:G3', 'H2:I2', 'J2:J3', 'K2:K3', 'L2:L3', 'A6:A7', 'B6:B7', 'C6:C7', 'D6:D7', 'J6:J7', 'K6:K7', 'L6:L7'],
    },
    {
      name: '7月',
      rows: [
        ['客诉单号', '立案日期', '客户', '型号', '批次', '问题描述', '交货数量', '不良数量', '客户要求', '结案'],
        ['Complaint No.', 'Date', 'Customer', 'Model', 'Lot', 'Description', 'Delivered', 'Defective', 'Request', 'Status'],
        ['KS-1907-001', '7/9', 'ｈｕａｗｅｉ', 'qx-210a', 'L190705', '异响', '１２,３４５', 15, '退货、8D', '是'],
        ['KS-1907-002', '2019-07-09', '美的', 'QX-300', 'L190706', '色差', 100, 200, '换货', '否'],
        ['KS-1907-003', null, '华为', 'QX-210A', 'L190707', '脏污', 10, 1, null, null],
        [null, '2019/7/20', '华为', 'QX-210A', 'L190720', '脏污', 50, 2, '退货', null],
      ],
    },
    { name: 'Sheet3', rows: [['填表说明：每月一张表'], ['日期请写 2019-07-09']] },
  ];
}
