/**
 * The empty import template (issue 18.3): a 台账 sheet with the headers the
 * import knows (in IMPORT_FIELDS' order, so even a renamed column is found
 * by its position; the required ones marked *), and a 说明 sheet explaining
 * each column, the date styles and the separators the import accepts.
 * Chinese like every workbook of the desk. Pure.
 */
import { FIELD_HEADERS, IMPORT_FIELDS, REQUIRED_FIELDS, type ImportField } from './mapping';
import { BOLD } from '../sheet-kit';
import { XlsxWorkbook } from '../xlsx-writer';

const EXPLAINED: Readonly<Record<ImportField, readonly [explanation: string, example: string]>> = {
  originalNumber: ['贵司原有的投诉编号。再次导入时按此编号找到已导入的案件（更新而不重复）；没有编号时按 客户 + 投诉日期 + 型号 + 批号 匹配。', 'KS-1907-001'],
  receivedDate: ['收到投诉的日期，可带时间。', '2019-07-09'],
  customerName: ['客户名称、简称、代码或别名（按字典匹配，字典里没有的会列出，由您新建或对应到已有客户）。', '华为'],
  productModel: ['产品型号 / 机种（按字典匹配）。', 'QX-210A'],
  partNumber: ['料号或品名。', 'A-100 外壳'],
  lotNumber: ['批号 / 批次号 / Date code。', 'L190705'],
  orderNumber: ['订单编号。', 'PO-88231'],
  shipDate: ['交运 / 出货日期，不能晚于投诉日期。', '2019-07-01'],
  quantityDelivered: ['交货数量（整数，可写千位分隔符）。', '12,345'],
  quantityInspected: ['抽检数量，不能多于交货数。', '200'],
  quantityDefective: ['不良数量，不能多于抽检数（或交货数）。客户仍在加工、数量未定时写「待定」。', '15'],
  defectType: ['不良类型（按字典匹配，如 划伤、不通电）。不填时按不良现象匹配。', '划伤'],
  defectDescription: ['不良现象 / 问题描述（客户原话）。', '外壳划伤 2 处'],
  contactPerson: ['客户联系人。', '王工'],
  market: ['国内 或 国外（内销 / 外销 / 出口）。不填时取客户字典中的设置。', '国内'],
  customerRequests: ['客户要求，可写多项：退货、换货、返修、折让、赔款、8D、说明。', '退货、8D'],
  responsibleDepartments: ['责任部门，可写多个（按字典匹配）。', '品质部、生产部'],
  status: ['已结案 / 结案 / 是 表示已结案；处理中 / 未结案 / 否 或空白表示未结案。', '已结案'],
  closedDate: ['结案日期；填写即视为已结案。不能早于投诉日期，也不能晚于今天。', '2019-07-20'],
};

const NOTES: readonly string[] = [
  '日期可写成：2019-07-09、2019/7/9、2019.07.09、2019年7月9日、20190709，或 Excel 日期格式；7/9、7月9日 这类不带年份的日期取工作表名或文件名中的年份（如 2019年客诉台账.xlsx）。',
  '数量可带千位分隔符和全角数字（１２,３４５），也可带单位（pcs、个、只）。',
  '一个单元格写多项时用 、 ， , ; ； 或换行分隔。',
  '可以每月一张工作表（1月 … 12月）；名为 汇总 / 统计 的工作表和 合计 / 总计 / 小计 行不导入。',
  '列名可用两行（如 数量 下面 交货数、不良数）；列的顺序不限。',
  '一个投诉有多条退货明细时，可把 原投诉编号（或 客户 和 投诉日期）合并单元格跨这几行。',
  '带 * 的列必填。导入前会先试算：有错误的行不导入，可另存为带「错误原因」列的副本，改好后再导入。',
];

export async function importTemplate(): Promise<Uint8Array> {
  const workbook = new XlsxWorkbook();
  workbook.creator = '客诉退货台';
  const headerOf = (field: ImportField) => `${FIELD_HEADERS[field][0]!}${REQUIRED_FIELDS.includes(field) ? '*' : ''}`;
  const dates: readonly ImportField[] = ['receivedDate', 'shipDate', 'closedDate'];
  const ledger = workbook.addSheet(
    '台账',
    IMPORT_FIELDS.map((field) => ({ width: field === 'defectDescription' ? 30 : 14, ...(dates.includes(field) ? { style: { numFmt: 'yyyy-mm-dd' } } : {}) })),
    { frozenRows: 1 },
  );
  ledger.addRow(IMPORT_FIELDS.map(headerOf), BOLD);

  const notes = workbook.addSheet('说明', [{ width: 14 }, { width: 80, style: { wrap: true, vertical: 'top' } }, { width: 18 }]);
  notes.addRow(['列名', '说明', '示例'], BOLD);
  for (const field of IMPORT_FIELDS) {
    const [explanation, example] = EXPLAINED[field];
    notes.addRow([headerOf(field), `${explanation}${FIELD_HEADERS[field].length > 1 ? ` 也认：${FIELD_HEADERS[field].slice(1).join('、')}。` : ''}`, example]);
  }
  notes.addRow([]);
  for (const note of NOTES) notes.addRow(['', note]);
  return workbook.toBytes();
}
