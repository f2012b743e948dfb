/**
 * Which column of a 台账 sheet holds which case field (issue 18.2): the
 * fields an import fills, the header texts (with aliases, Chinese and
 * English) that name them, the suggested mapping (by header, falling back
 * to the template's position), and the layout signature a saved mapping is
 * found again by for next month's workbook. A mapping is a plain value the
 * clerk changes column by column. Pure.
 */
import { nameKey } from '../../domain/master-data/normalize';

// The fields are the domain's (PC settings keep the clerk's saved mappings: shared/domain/case-import.ts).
export { IMPORT_FIELDS, type ImportField } from '../../domain/case-import';
import { IMPORT_FIELDS, type ImportField } from '../../domain/case-import';

/** What the intake cannot do without (a defect description may come from the defect type; the defect count may read 待定). */
export const REQUIRED_FIELDS: readonly ImportField[] = ['receivedDate', 'customerName', 'productModel', 'defectDescription', 'quantityDefective'];

/** The required fields no column is mapped to: every row would be refused for them (the wizard says so before the dry run). */
export function missingRequiredFields(mapping: readonly ColumnMapping[]): ImportField[] {
  const mapped = new Set(mapping.map((m) => m.field));
  return REQUIRED_FIELDS.filter((field) => !mapped.has(field) && !(field === 'defectDescription' && mapped.has('defectType')));
}

/** The template's header per field (its column order is IMPORT_FIELDS'), then the other texts offices use for it. */
export const FIELD_HEADERS: Readonly<Record<ImportField, readonly string[]>> = {
  originalNumber: ['原投诉编号', '客诉单号', '投诉编号', '客诉编号', '投诉单号', '编号', '单号', '序号编号', 'complaint no', 'complaint number', 'original no'],
  receivedDate: ['投诉日期', '立案日期', '受理日期', '客诉日期', '反馈日期', '日期', 'date', 'complaint date', 'received'],
  customerName: ['客户名称', '客户', '客户名', 'customer', 'customer name'],
  productModel: ['型号', '机种', '产品型号', '品号', 'model', 'product model'],
  partNumber: ['料号', '料号&品名', '料号/品名', '品名', '物料编码', 'part no', 'part number', 'p/n'],
  lotNumber: ['批号', '批次', '批次号', 'lot', 'lot no', 'batch', 'date code'],
  orderNumber: ['订单号', '订单编号', 'po', 'order no', 'order number'],
  shipDate: ['出货日期', '交运日期', '交货日期', 'ship date', 'delivery date'],
  quantityDelivered: ['交货数', '交货数量', '出货数', '出货数量', '批量', 'delivered', 'delivered qty', 'lot size'],
  quantityInspected: ['抽检数', '抽检数量', '检验数', 'inspected', 'sample size'],
  quantityDefective: ['不良数', '不良数量', 'defective', 'defective qty', 'ng qty', 'ng'],
  defectType: ['不良类型', '不良分类', '缺陷类型', 'defect type'],
  defectDescription: ['不良现象', '问题描述', '不良描述', '现象描述', '投诉内容', '异常描述', 'defect', 'description', 'defect description', 'problem'],
  contactPerson: ['联系人', '客户联系人', 'contact'],
  // 客户类别 and 步骤 are the desk's own export headers: its files come back in.
  market: ['国内/国外', '内外销', '市场', '客户类别', 'market'],
  customerRequests: ['客户要求', '处理要求', 'customer request', 'request'],
  responsibleDepartments: ['责任部门', '责任单位', 'responsible department', 'responsibility'],
  status: ['状态', '结案', '处理状态', '是否结案', '结案状态', '步骤', 'status', 'closed', 'step'],
  closedDate: ['结案日期', '结案时间', '关闭日期', 'closed date', 'close date'],
};

/** Headers of columns that are never imported and never take a field by position (the annotated copy's own columns among them). */
export const IGNORED_HEADERS: readonly string[] = ['序号', 'no', '备注', 'remark', 'remarks', 'note', '原行号', '错误原因'];

/** A header text as compared: nameKey, without blanks, brackets, colons and asterisks (「客户名称*」, 「不良数 (PCS)」 keep their words). */
export function headerKey(text: string): string {
  return nameKey(text)
    .replace(/[(（][^)）]*[)）]/g, '')
    .replace(/[\s*:：.。]/g, '');
}

const FIELD_BY_HEADER: ReadonlyMap<string, ImportField> = new Map(
  IMPORT_FIELDS.flatMap((field) => FIELD_HEADERS[field].map((header) => [headerKey(header), field] as const)),
);

const IGNORED: ReadonlySet<string> = new Set(IGNORED_HEADERS.map(headerKey));

/** The field a header text names, or undefined. */
export function fieldOfHeader(text: string): ImportField | undefined {
  const key = headerKey(text);
  return key === '' ? undefined : FIELD_BY_HEADER.get(key);
}

/** One column of a sheet and the field it goes to (null: not imported). */
export interface ColumnMapping {
  /** 1-based column. */
  column: number;
  /** The header as shown (two header rows joined: 数量 / 不良数). */
  header: string;
  field: ImportField | null;
  /** Why: its header names the field, the template has the field at this position, a saved mapping, or the clerk chose. */
  by: 'header' | 'position' | 'saved' | 'clerk' | 'none';
}

export interface HeaderColumn {
  column: number;
  /** The header texts of this column, top row first (one or two). */
  texts: string[];
}

/** Header → field for each column; a header naming no field (nor one of IGNORED_HEADERS) takes the template's field at its position if no other column has that field. */
export function suggestMapping(columns: readonly HeaderColumn[]): ColumnMapping[] {
  const byHeader = columns.map((c) => [...c.texts].reverse().map(fieldOfHeader).find((f) => f !== undefined) ?? null);
  const taken = new Set<ImportField>();
  const mapping = columns.map((c, i): ColumnMapping => {
    let field = byHeader[i] ?? null;
    if (field !== null && taken.has(field)) field = null; // the first column of a field keeps it
    if (field !== null) taken.add(field);
    return { column: c.column, header: headerText(c), field, by: field ? 'header' : 'none' };
  });
  for (const [i, entry] of mapping.entries()) {
    if (entry.field !== null || byHeader[i] !== null || entry.header === '' || columns[i]!.texts.some((t) => IGNORED.has(headerKey(t)))) continue;
    const positional = IMPORT_FIELDS[entry.column - 1];
    if (positional && !taken.has(positional)) {
      taken.add(positional);
      entry.field = positional;
      entry.by = 'position';
    }
  }
  return mapping;
}

const headerText = (c: HeaderColumn): string => [...new Set(c.texts.map((t) => t.trim()).filter((t) => t !== ''))].join(' / ');

/** The clerk maps `column` to `field` (null: not imported); another column holding that field lets it go. */
export function remapColumn(mapping: readonly ColumnMapping[], column: number, field: ImportField | null): ColumnMapping[] {
  return mapping.map((m) => {
    if (m.column === column) return { ...m, field, by: 'clerk' };
    if (field !== null && m.field === field) return { ...m, field: null, by: 'clerk' };
    return m;
  });
}

/** The layout of a sheet as its normalised header texts in order: the same for next month's workbook of the same office. */
export function layoutSignature(columns: readonly HeaderColumn[]): string {
  return columns.map((c) => c.texts.map(headerKey).join('/')).join('|');
}

/** A mapping kept for a layout (stored by the wizard, e.g. in the PC's settings). */
export type { SavedMapping } from '../../domain/case-import';
import type { SavedMapping } from '../../domain/case-import';

export function saveMapping(columns: readonly HeaderColumn[], mapping: readonly ColumnMapping[]): SavedMapping {
  return { signature: layoutSignature(columns), fields: Object.fromEntries(mapping.map((m) => [m.column, m.field])) };
}

/** The saved mapping of this layout applied, or the suggested one when none was saved for it. */
export function mappingFor(columns: readonly HeaderColumn[], saved: readonly SavedMapping[]): ColumnMapping[] {
  const signature = layoutSignature(columns);
  const found = saved.find((s) => s.signature === signature);
  const suggested = suggestMapping(columns);
  if (!found) return suggested;
  return suggested.map((m) => {
    const field = found.fields[m.column];
    return field === undefined ? m : { ...m, field, by: 'saved' };
  });
}
