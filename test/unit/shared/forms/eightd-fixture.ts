/** A realistic 8D (case 2611-B-007, all eight disciplines filled, photos in D2/D4/D6) for the data mapping, template and PDF tests. */
import type { ComplaintCase } from '../../../../shared/domain/case';
import { eightDPhotoOwner, type EightDBundle, type PhotoDiscipline } from '../../../../shared/domain/eightd/records';
import type { AttachmentRecord } from '../../../../shared/domain/lifecycle/records';
import type { EightDReportData } from '../../../../shared/report/types';

/** A valid 2×1 PNG (red, blue). */
export const TINY_PNG = Uint8Array.from(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR4AWP4z8Dwn4Hh/38AD/kD/dtv74kAAAAASUVORK5CYII=', 'base64'),
);

export const CASE: ComplaintCase = {
  id: 'case-1',
  caseNumber: '2611-B-007',
  stationCode: 'B',
  customerName: '深圳市宏达电器有限公司',
  contactPerson: '王经理',
  contactChannel: 'phone',
  contactDetail: '0755-26881234',
  receivedAt: '2026-11-20T09:30:00+08:00',
  market: 'domestic',
  productModel: 'HX-2200A',
  partNumber: 'P-220-001',
  orderNumber: 'SO-20261015-88',
  lotNumber: 'L2610-03',
  shipDate: '2026-10-18',
  quantityDelivered: 5000,
  quantityInspected: 200,
  quantityDefective: 12,
  quantityPending: false,
  defectDescription: '外壳划伤，指示灯不亮，12 台不良。',
  foundAt: 'incoming_inspection',
  occurrence: 'first',
  customerRequests: ['return', 'report_8d'],
  customerId: '',
  productModelId: '',
  defectTypeId: '',
  originalNumber: '',
  createdAt: '2026-11-20T09:35:00+08:00',
  createdBy: '李娜',
  updatedAt: '2026-11-20T09:35:00+08:00',
  updatedBy: '李娜',
  deleted: false,
};

const ids = { reportId: 'r-1', caseId: 'case-1', deleted: false } as const;

export const BUNDLE: EightDBundle = {
  report: {
    id: 'r-1',
    caseId: 'case-1',
    number: '8D20261120001',
    title: 'HX-2200A 外壳划伤及指示灯不亮',
    openedAt: '2026-11-20T10:00:00+08:00',
    openedBy: '李娜',
    customerDescription: '来料检验抽检 200 台，发现 12 台外壳划伤，其中 4 台通电后指示灯不亮。',
    what: '外壳划伤、指示灯不亮',
    where: '客户来料检验（深圳工厂 IQC）',
    when: '2026-11-19 到货当日',
    who: '客户 IQC 王工',
    why: '影响外观及功能，客户无法上线',
    how: '目视检查及通电测试',
    howMany: '抽检 200 台，不良 12 台（6.00%）',
    affectedLots: 'L2610-03, L2610-04',
    affectedDateCodes: '2642, 2643',
    occurrence: 'first',
    containmentDueAt: '2026-11-21T10:00:00+08:00',
    containmentRepliedAt: '2026-11-20T18:30:00+08:00',
    occurrenceRootCause: '包装内衬厚度 3 mm 不足，运输堆叠挤压导致外壳划伤；LED 焊接温度曲线偏低导致虚焊。',
    escapeRootCause: '出货检验只做外观抽检，未做跌落及通电全检。',
    rootCauseDueDate: '2026-11-27',
    correctiveDueDate: '2026-12-10',
    closureDueDate: '2026-12-20',
    approvedBy: '赵总监',
    approvedAt: '2026-12-15T16:00:00+08:00',
    approvalComment: '措施有效，同意结案。',
    teamRecognition: '感谢团队在 24 小时内完成围堵。',
    closedAt: '2026-12-16T09:00:00+08:00',
    closedBy: '赵总监',
    deleted: false,
  },
  members: [
    { ...ids, id: 'm-1', name: '张伟', role: 'leader', department: '品质部', organisation: 'internal', responsibility: '组织协调、原因分析', contact: '138 0013 8000' },
    { ...ids, id: 'm-2', name: '陈工', role: 'member', department: '生产部', organisation: 'internal', responsibility: '围堵、返工', contact: '分机 8021' },
    { ...ids, id: 'm-3', name: '王经理', role: 'member', department: '深圳市宏达电器有限公司', organisation: 'customer', responsibility: '客户端确认', contact: '0755-26881234' },
    { ...ids, id: 'm-4', name: '刘厂长', role: 'champion', department: '佛山包装材料厂', organisation: 'supplier', responsibility: '包装改进', contact: '0757-8888 1234' },
  ],
  containment: [
    { ...ids, id: 'k-1', description: '客户处库存挑选', location: 'customer', owner: '陈工', startedOn: '2026-11-20', finishedOn: '2026-11-21', quantityInspected: 4800, quantityDefective: 35, result: '目视 + 通电全检，不良品隔离退回' },
    { ...ids, id: 'k-2', description: '成品仓库存全检', location: 'finished_goods', owner: '仓储科 周', startedOn: '2026-11-20', finishedOn: '', quantityInspected: 2000, quantityDefective: 6, result: '进行中' },
  ],
  causes: [
    { ...ids, id: 'c-1', analysis: 'occurrence', category: 'material', description: '包装内衬厚度不足', whys: ['外壳划伤', '运输中产品互相挤压', '内衬只有 3 mm', '包装规格未考虑堆叠高度', '包装设计未做运输试验'], isRootCause: true, verification: '跌落及堆叠试验复现' },
    { ...ids, id: 'c-2', analysis: 'occurrence', category: 'machine', description: '回流焊温度曲线偏低', whys: ['指示灯不亮', 'LED 虚焊', '峰值温度 228 ℃ 低于要求'], isRootCause: true, verification: '切片分析确认' },
    { ...ids, id: 'c-3', analysis: 'escape', category: 'measurement', description: '出货检验未做通电测试', whys: ['不良流出', '出货只做外观抽检', '检验指导书未要求通电'], isRootCause: true, verification: '检验记录核查' },
    { ...ids, id: 'c-4', analysis: 'occurrence', category: 'man', description: '新员工包装手法', whys: ['怀疑手法不当'], isRootCause: false, verification: '现场观察，排除' },
  ],
  correctives: [
    { ...ids, id: 'a-1', causeId: 'c-1', description: '内衬加厚至 5 mm，增加隔板', owner: '刘厂长', dueDate: '2026-11-30', status: 'verified', implementedOn: '2026-11-28', verificationResult: '跌落试验 20 次无划伤', verifiedBy: '张伟', verifiedOn: '2026-12-05' },
    { ...ids, id: 'a-2', causeId: 'c-2', description: '回流焊峰值温度调整为 240 ℃', owner: '陈工', dueDate: '2026-11-25', status: 'implemented', implementedOn: '2026-11-24', verificationResult: '', verifiedBy: '', verifiedOn: '' },
  ],
  prevention: [
    { ...ids, id: 'p-1', kind: 'fmea', description: '更新 PFMEA：增加运输损伤失效模式', documentRef: 'PFMEA-QX200 Rev.C', owner: '张伟', dueDate: '2026-12-10', done: true },
    { ...ids, id: 'p-2', kind: 'work_instruction', description: '出货检验指导书增加通电测试', documentRef: 'WI-QC-015 Rev.B', owner: '品质部', dueDate: '2026-12-12', done: false },
  ],
  checks: [
    { ...ids, id: 'h-1', kind: 'model', subject: 'QX-300 同款外壳', basis: 'samePart', scope: '成品仓', result: 'affected', checkedBy: '张伟', checkedOn: '2026-11-26', note: '发现 3 台划伤', containmentId: 'k-1' },
    { ...ids, id: 'h-2', kind: 'material', subject: '蓝色卡扣', basis: 'sameSupplier', scope: '材料仓', result: 'notAffected', checkedBy: '张伟', checkedOn: '2026-11-26', note: '', containmentId: '' },
  ],
};

export function attachment(id: string, d: PhotoDiscipline, fileName: string, addedAt: string, extra: Partial<AttachmentRecord> = {}): AttachmentRecord {
  return { id, caseId: 'case-1', ownerId: eightDPhotoOwner('r-1', d), fileName, mimeType: 'image/png', size: 100, sha256: id.padEnd(64, '0'), thumbnailSha256: null, addedAt, addedBy: '李娜', deleted: false, ...extra };
}

export const REPORT: EightDReportData = {
  companyName: '东莞市华信精密电子有限公司',
  logoDataUrl: '',
  case: {
    caseNumber: CASE.caseNumber,
    customerName: CASE.customerName,
    productModel: CASE.productModel,
    partNumber: CASE.partNumber,
    lotNumber: CASE.lotNumber,
    receivedAt: CASE.receivedAt,
    quantityDelivered: CASE.quantityDelivered,
    quantityDefective: CASE.quantityDefective,
    defectDescription: CASE.defectDescription,
  },
  eightD: { ...BUNDLE, report: { ...BUNDLE.report, revision: 1 } },
  revisions: [
    { revision: 0, date: '2026-11-28T15:00:00+08:00', reason: '', by: '王部长', approvedAt: '2026-11-28T15:00:00+08:00', approvedBy: '王部长' },
    { revision: 1, date: '2026-12-02T09:00:00+08:00', reason: '补充 QX-300 举一反三结果', by: '王部长', approvedAt: null, approvedBy: '' },
  ],
  photos: [
    { discipline: 'D2', fileName: '外壳划伤.png', mimeType: 'image/png', bytes: TINY_PNG, caption: '外壳划伤' },
    { discipline: 'D4', fileName: '切片.png', mimeType: 'image/png', bytes: TINY_PNG, caption: '焊点切片' },
    { discipline: 'D6', fileName: '跌落试验.png', mimeType: 'image/png', bytes: TINY_PNG, caption: '跌落试验' },
    { discipline: 'D6', fileName: '记录.pdf', mimeType: 'application/pdf', bytes: Uint8Array.from([0x25, 0x50, 0x44, 0x46]), caption: '试验记录' },
  ],
  generatedAt: '2026-12-16T10:00:00+08:00',
  generatedBy: '李娜',
};
