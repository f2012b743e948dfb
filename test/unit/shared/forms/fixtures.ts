/** Realistic, very long and hostile view models for every printed form (shared by the template and the PDF tests). */
import type { CaseFormKind, FormContext, FormDataByKind } from '../../../../shared/forms';

/** The view models of the case forms (the office's reports have their own fixtures: report-fixtures.ts). */
export type CaseFormData = { [K in CaseFormKind]: FormDataByKind[K] };
import type { Paper } from '../../../../shared/domain/paper';
import { REPORT } from './eightd-fixture';

export const HOSTILE = `<script>alert("x")</script></td></tr></table><img src=x onerror=alert(1)> & 'quote' "dq"`;
export const LONG = Array.from({ length: 60 }, (_, i) => `第${i + 1}段：客户反映该批次产品在来料检验时发现外壳有明显划伤及变形，部分产品通电后指示灯不亮，怀疑运输过程中包装防护不足导致挤压，另有少量产品焊点虚焊。`).join('\n');

export const CTX: FormContext = {
  companyName: '东莞市华信精密电子有限公司',
  logoDataUrl: '',
  formNumber: 'QR-025',
  revision: 'A/1',
  copies: ['第一联 品质部存', '第二联 客服部存'],
  printedAt: '2026-11-23 17:40',
  printedBy: '李娜',
};

export const A4: Paper = { kind: 'a4', orientation: 'portrait' };
export const LABEL: Paper = { kind: 'label100x150', orientation: 'portrait' };

export const DATA: CaseFormData = {
  complaint: {
    caseNumber: '2611-B-007', customerName: '深圳市宏达电器有限公司', contactPerson: '王经理', contact: '电话 0755-26881234', receivedAt: '2026-11-20 09:30', market: '国内',
    productModel: 'HX-2200A', partNumber: 'P-220-001', orderNumber: 'SO-20261015-88', lotNumber: 'L2610-03', shipDate: '2026-10-18', quantityDelivered: '5000', quantityInspected: '200',
    quantityDefective: '12', defectRate: '6.00%', foundAt: '客户来料检验', occurrence: '首次', customerRequests: '退货、8D 报告', defectDescription: '外壳划伤，指示灯不亮，12 台不良。',
    severity: '严重', category: '产品质量', analysis: '包装内衬厚度不足，运输中挤压。', decisionPath: 'C', decisionNote: '客户不接受返修，作退货处理。', rmaNumber: 'RMA2611-B-003',
    returnCarrier: '顺丰速运', returnTrackingNumber: 'SF1234567890', responsibility: '生产/分厂 60%；采购/供应商 40%（佛山包装材料厂）', actions: '加厚内衬至 5 mm（张工 2026-11-30）',
    signed: { approved: '', finance: '', quality: '', generalManager: '' },
  },
  returnLabel: { caseNumber: '2611-B-007', rmaNumber: 'RMA2611-B-003', customerName: '深圳市宏达电器有限公司', productModel: 'HX-2200A', quantity: '12', reason: '外壳划伤，指示灯不亮', date: '2026-11-23', boxOf: '1/2' },
  inspection: {
    caseNumber: '2611-B-007', rmaNumber: 'RMA2611-B-003', customerName: '深圳市宏达电器有限公司', receivedDate: '2026-11-25', inspectedDate: '2026-11-26', inspector: '陈工',
    lines: [
      { productModel: 'HX-2200A', partNumber: 'P-220-001', lotNumber: 'L2610-03', quantityApproved: '12', quantityReceived: '12', quantityDefective: '10', result: '不合格', notes: '外壳划伤 6，指示灯不亮 4', disposition: '返修 8、报废 2' },
      { productModel: 'HX-2200B', partNumber: 'P-220-002', lotNumber: 'L2610-04', quantityApproved: '3', quantityReceived: '3', quantityDefective: '0', result: '合格', notes: '', disposition: '折价销售 3' },
    ],
    conclusion: '包装不良导致外壳划伤；指示灯不良为 LED 虚焊。',
  },
  survey: { caseNumber: '2611-B-007', customerName: '深圳市宏达电器有限公司', contactPerson: '王经理', surveyedAt: '2026-12-05', answers: [0, 0, 1, 0, 0, 1, 0, 0, 2, 3], remarks: '处理及时，希望加强包装。', surveyor: '李娜' },
  reminder: {
    caseNumber: '2611-B-007', customerName: '深圳市宏达电器有限公司', productModel: 'HX-2200A', toDepartment: '生产/分厂、采购/供应商', asOf: '2026-11-30 10:00', requestedBy: '李娜', replyBy: '2026-12-01 10:00', note: '请尽快提交原因分析。',
    items: [
      { what: '部门回复（原因分析） Department answer', department: '生产/分厂、采购/供应商', dueAt: '2026-11-26 10:00', status: 'overdue', overdue: '2 个工作日 1.5 小时' },
      { what: '结案 Closure', department: '品质', dueAt: '2026-12-03 09:30', status: 'dueSoon', overdue: '剩余 7 小时' },
    ],
  },
  creditNote: {
    caseNumber: '2611-B-007', customerName: '深圳市宏达电器有限公司', orderNumber: 'SO-20261015-88', totalFen: 1234560, reason: '外观不良，客户同意折价接收。',
    lines: [{ productModel: 'HX-2200A', quantity: '100', unitPrice: '123.46', amount: '12,345.60' }],
  },
  supplierChargeback: {
    caseNumber: '2611-B-007', supplierName: '佛山包装材料厂', productModel: 'HX-2200A', partNumber: 'PK-220', lotNumber: 'PK2610', responsibilityPercent: '40%', amountFen: 250000, reason: '包装内衬厚度不符合规格。',
    costDetails: [{ item: '运费', amount: '1,200.00' }, { item: '返修费', amount: '1,300.00' }],
  },
  eightD: { report: REPORT, language: 'zh-CN', bilingual: true },
  defectCauseNotice: {
    caseNumber: '2611-B-007', customerName: '深圳市宏达电器有限公司', productModel: 'HX-2200A', partNumber: 'P-220-001', orderNumber: 'SO-20261015-88', lotNumber: 'L2610-03', receivedAt: '2026-11-20 09:30',
    foundAt: '客户来料检验', quantityDelivered: '5000', quantityInspected: '200', quantityDefective: '12', defectRate: '6.00%', severity: '严重',
    defectDescription: '外壳划伤，指示灯不亮，12 台不良。', analysis: '包装内衬厚度不足，运输中挤压；指示灯为 LED 虚焊。', toDepartment: '生产/分厂、采购/供应商',
    departments: [
      { department: '生产/分厂', percent: '60%', supplierName: '', note: 'LED 焊接温度设定偏低' },
      { department: '采购/供应商', percent: '40%', supplierName: '佛山包装材料厂', note: '内衬厚度 3 mm，规格要求 5 mm' },
    ],
    replyBy: '2026-11-26 10:00', issuedBy: '陈工', issuedAt: '2026-11-23',
  },
  responsibilityAssessment: {
    caseNumber: '2611-B-007', rmaNumber: 'RMA2611-B-003', customerName: '深圳市宏达电器有限公司', productModel: 'HX-2200A、HX-2200B', orderNumber: 'SO-20261015-88', lotNumber: 'L2610-03、L2610-04',
    receivedDate: '2026-11-25', inspectedDate: '2026-11-26', inspector: '陈工',
    lines: [
      { productModel: 'HX-2200A', partNumber: 'P-220-001', lotNumber: 'L2610-03', quantityApproved: '12', quantityReceived: '12', quantityDefective: '10', result: '不合格', notes: '外壳划伤；划伤 6，指示灯不亮 4', disposition: '返修 8、报废 2', storageLocation: 'Q-03' },
      { productModel: 'HX-2200B', partNumber: 'P-220-002', lotNumber: 'L2610-04', quantityApproved: '3', quantityReceived: '3', quantityDefective: '0', result: '合格', notes: '客户误判', disposition: '折价销售 3', storageLocation: 'Q-03' },
    ],
    departments: [
      { department: '生产/分厂', percent: '60%', supplierName: '', note: 'LED 焊接温度设定偏低，虚焊 4 台' },
      { department: '采购/供应商', percent: '40%', supplierName: '佛山包装材料厂', note: '内衬厚度不符合规格，划伤 6 台' },
    ],
    totalPercent: '100%', reasoning: '退回 15 台中 10 台不良：划伤为包装内衬厚度不足所致，指示灯不亮为 LED 虚焊；HX-2200B 3 台检验合格。',
  },
  finishedGoodsReturn: {
    caseNumber: '2611-B-007', rmaNumber: 'RMA2611-B-003', customerName: '深圳市宏达电器有限公司', orderNumber: 'SO-20261015-88', carrier: '顺丰速运', trackingNumber: 'SF1234567890',
    receivedDate: '2026-11-25', receivedBy: '赵仓管',
    lines: [
      { productModel: 'HX-2200A', partNumber: 'P-220-001', lotNumber: 'L2610-03', quantityApproved: '12', quantityReceived: '12', quantityDefective: '10', result: '不合格', notes: '外壳划伤', disposition: '返修 8、报废 2', storageLocation: 'Q-03' },
      { productModel: 'HX-2200B', partNumber: 'P-220-002', lotNumber: 'L2610-04', quantityApproved: '3', quantityReceived: '2', quantityDefective: '0', result: '合格', notes: '指示灯不亮', disposition: '折价销售 2', storageLocation: 'Q-04' },
    ],
    totalApproved: '15', totalReceived: '14', reason: '外壳划伤；指示灯不亮', basis: '客户投诉处理单 2611-B-007；初步判定 C 退货；孙总（总经理）2026-11-24 核准',
  },
  receiptConfirmation: {
    caseNumber: '2611-B-007', rmaNumber: 'RMA2611-B-003', customerName: '深圳市宏达电器有限公司', contactPerson: '王经理', orderNumber: 'SO-20261015-88', receivedDate: '2026-11-25', receivedBy: '赵仓管',
    tolerance: '超收 +3% / 短收 -2%（客户约定）',
    lines: [
      { productModel: 'HX-2200A', partNumber: 'P-220-001', lotNumber: 'L2610-03', quantityApproved: '200', quantityReceived: '205', difference: '+5 (+2.5%)', allowedRange: '196 – 206', verdict: '允收范围内' },
      { productModel: 'HX-2200B', partNumber: 'P-220-002', lotNumber: 'L2610-04', quantityApproved: '100', quantityReceived: '96', difference: '-4 (-4%)', allowedRange: '98 – 103', verdict: '短收，超出允收' },
    ],
  },
  deliveryNote: {
    caseNumber: '2611-B-007', rmaNumber: 'RMA2611-B-003', customerName: '深圳市宏达电器有限公司', contactPerson: '王经理', contact: '0755-26881234', orderNumber: 'SO-20261015-88',
    notes: [
      { number: '2611-B-007-20261120', shippedOn: '2026-11-20', carrier: '顺丰', trackingNumbers: 'SF1234500001', advance: true, lines: [{ productModel: 'HX-2200A', partNumber: 'P-220-001', lotNumber: 'L2610-03', kind: '换货（新品）', quantity: '6', repairOrders: '', note: '先换后退' }] },
      { number: 'DN-88021', shippedOn: '2026-11-28', carrier: '德邦', trackingNumbers: 'DB77001', advance: false, lines: [{ productModel: 'HX-2200A', partNumber: 'P-220-001', lotNumber: 'L2610-03', kind: '返修品', quantity: '8', repairOrders: 'FX-2611-01', note: '' }] },
    ],
  },
  outboundLabel: {
    labels: [
      { caseNumber: '2611-B-007', rmaNumber: 'RMA2611-B-003', customerName: '深圳市宏达电器有限公司', productModel: 'HX-2200A', kind: '换货（新品）', quantity: '6', deliveryNoteNumber: '2611-B-007-20261120', carrier: '顺丰', trackingNumber: 'SF1234500001', date: '2026-11-20' },
      { caseNumber: '2611-B-007', rmaNumber: 'RMA2611-B-003', customerName: '深圳市宏达电器有限公司', productModel: 'HX-2200A', kind: '返修品', quantity: '8', deliveryNoteNumber: 'DN-88021', carrier: '德邦', trackingNumber: 'DB77001', date: '2026-11-28' },
    ],
  },
};

/** Keys of the 8D input that are codes, ids or dates, not free text. */
const EIGHT_D_CODES = /^(id|reportId|caseId|causeId|caseNumber|number|role|organisation|location|category|analysis|status|kind|occurrence|discipline|mimeType|language|logoDataUrl)$|(At|On|Date)$/;

/** Every free-text string of the 8D input (nested records, 5-Why lists) set to `text`. */
function eightDWithText(value: unknown, text: string, key = ''): unknown {
  if (typeof value === 'string') return EIGHT_D_CODES.test(key) ? value : text;
  if (Array.isArray(value)) return value.map((v) => eightDWithText(v, text, key));
  if (value instanceof Uint8Array || value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, eightDWithText(v, text, k)]));
}

/** The keys of the forms' row lists. */
const ARRAY_KEYS = ['lines', 'items', 'costDetails', 'departments', 'notes', 'labels'];

/** The same form with every free-text field set to `text`. */
export function withText<K extends CaseFormKind>(kind: K, text: string): FormDataByKind[K] {
  if (kind === 'eightD') return { ...DATA.eightD, report: eightDWithText(DATA.eightD.report, text) } as FormDataByKind[K];
  const d = structuredClone(DATA[kind]) as unknown as Record<string, unknown>;
  const skip = new Set(['caseNumber', 'decisionPath', 'answers', 'totalFen', 'amountFen']);
  for (const [k, v] of Object.entries(d)) if (typeof v === 'string' && !skip.has(k)) d[k] = text;
  for (const arrKey of ARRAY_KEYS) {
    const arr = d[arrKey];
    if (Array.isArray(arr)) d[arrKey] = arr.map((row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'string' && !skip.has(k) ? text : v])));
  }
  return d as unknown as FormDataByKind[K];
}

/** Many rows (a long inspection / reminder table). */
export function manyRows<K extends CaseFormKind>(kind: K, n: number): FormDataByKind[K] {
  const d = structuredClone(DATA[kind]) as unknown as Record<string, unknown>;
  for (const arrKey of ARRAY_KEYS) {
    const arr = d[arrKey];
    if (Array.isArray(arr) && arr.length > 0) d[arrKey] = Array.from({ length: n }, (_, i) => ({ ...(arr[i % arr.length] as object) }));
  }
  return d as unknown as FormDataByKind[K];
}

/** The document's text with tags removed and entities decoded (what a reader sees). */
export function visibleText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<svg[\s\S]*?<\/svg>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#96;/g, '`')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}
