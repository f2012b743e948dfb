/** 8D report data for the Word builder tests and benchmark: a full realistic report, an empty one, hostile text, and generated PNG/JPEG photos. */
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import type { EightD, EightDBundle, EightDCause } from '../../../../shared/domain/eightd/records';
import type { RevisionRow } from '../../../../shared/domain/eightd/revisions';
import type { EightDPhoto, EightDReportData } from '../../../../shared/report/types';

/** XML special characters, control characters XML 1.0 forbids, emoji, RTL text. */
export const HOSTILE = `<w:t>&amp; "dq" 'sq' </w:p>\u0001\u0008\u000B\u001F\uFFFE 😀🔧 مرحبا بالعالم עברית ${'\uD800'}end`;
/** What HOSTILE must read as in the document: the forbidden characters gone, the rest as typed. */
export const HOSTILE_CLEAN = `<w:t>&amp; "dq" 'sq' </w:p> 😀🔧 مرحبا بالعالم עברית end`;
export const LONG_TAIL = '长文本结尾标记LONGTAIL';
/** 20,000 characters of Chinese ending with LONG_TAIL. */
export const LONG = (() => {
  const unit = '客户反映该批次产品外壳划伤及变形，部分产品通电后指示灯不亮，怀疑运输中包装防护不足导致挤压。';
  const body = unit.repeat(Math.ceil(20_000 / unit.length)).slice(0, 20_000 - LONG_TAIL.length);
  return body + LONG_TAIL;
})();

const ids = { caseId: 'case-1', reportId: 'r-1' };

export function emptyReport(): EightD {
  return {
    id: ids.reportId, caseId: ids.caseId, number: '8D20261123001', title: '', openedAt: '2026-11-23T09:30:00+08:00', openedBy: '',
    customerDescription: '', what: '', where: '', when: '', who: '', why: '', how: '', howMany: '', affectedLots: '', affectedDateCodes: '', occurrence: '',
    containmentDueAt: '2026-11-24T09:30:00+08:00', containmentRepliedAt: null, occurrenceRootCause: '', escapeRootCause: '',
    rootCauseDueDate: '', correctiveDueDate: '', closureDueDate: '', approvedBy: '', approvedAt: null, approvalComment: '', teamRecognition: '',
    closedAt: null, closedBy: '', deleted: false,
  };
}

function cause(id: string, analysis: EightDCause['analysis'], category: EightDCause['category'], description: string, whys: string[], isRootCause: boolean, verification = ''): EightDCause {
  return { id, ...ids, reportId: ids.reportId, analysis, category, description, whys, isRootCause, verification, deleted: false };
}

export function fullBundle(): EightDBundle {
  const base = { ...ids, deleted: false };
  return {
    report: {
      ...emptyReport(),
      title: '外壳划伤及指示灯不亮',
      openedBy: '张伟',
      customerDescription: '客户来料检验发现 HX-2200A 外壳划伤 8 台，通电后指示灯不亮 4 台，共 12 台不良，抽检 200 台。',
      what: '外壳划伤、指示灯不亮', where: '客户来料检验（IQC）', when: '2026-11-20 上午', who: '客户 IQC 王工', why: '外观及功能不符合规格 SPEC-HX-07',
      how: '目视检查 + 通电测试', howMany: '12 / 200（6%）', affectedLots: 'L2610-03, L2610-04', affectedDateCodes: '2642, 2643', occurrence: 'first',
      containmentRepliedAt: '2026-11-23T20:00:00+08:00',
      occurrenceRootCause: '包装内衬厚度 3 mm 不足以承受运输挤压；LED 焊接温度曲线设置偏低导致虚焊。',
      escapeRootCause: '出货检验只抽检外观，未做跌落/挤压测试；功能测试未覆盖指示灯。',
      rootCauseDueDate: '2026-11-27', correctiveDueDate: '2026-12-10', closureDueDate: '2026-12-31',
      approvedBy: '刘品质', approvedAt: '2026-12-20T15:00:00+08:00', approvalComment: '措施有效，同意结案。', teamRecognition: '感谢小组成员两周内完成分析与改善。',
      closedAt: '2026-12-21T10:00:00+08:00', closedBy: '张伟',
    },
    members: [
      { id: 'm1', ...base, reportId: ids.reportId, name: '张伟', role: 'leader', department: '品质部', organisation: 'internal', responsibility: '组织协调、报告', contact: '138 0000 0001' },
      { id: 'm2', ...base, reportId: ids.reportId, name: '陈工', role: 'member', department: '生产部', organisation: 'internal', responsibility: '原因分析', contact: '分机 2203' },
      { id: 'm3', ...base, reportId: ids.reportId, name: '王经理', role: 'member', department: '深圳市宏达电器 IQC', organisation: 'customer', responsibility: '确认围堵结果', contact: 'wang@hongda.example' },
      { id: 'm4', ...base, reportId: ids.reportId, name: '李厂长', role: 'member', department: '佛山包装材料厂', organisation: 'supplier', responsibility: '包装改善', contact: '0757-8888 0000' },
      { id: 'm5', ...base, reportId: ids.reportId, name: '刘品质', role: 'champion', department: '质量管理部', organisation: 'internal', responsibility: '批准', contact: '' },
    ],
    containment: [
      { id: 'c1', ...base, reportId: ids.reportId, description: '客户处库存全检，挑出不良品', location: 'customer', owner: '王经理', startedOn: '2026-11-23', finishedOn: '2026-11-24', quantityInspected: 4800, quantityDefective: 35, result: '目视 + 通电测试，不良隔离待退' },
      { id: 'c2', ...base, reportId: ids.reportId, description: '成品仓库存全检', location: 'finished_goods', owner: '陈工', startedOn: '2026-11-23', finishedOn: '2026-11-23', quantityInspected: 1200, quantityDefective: 6, result: '不良返修' },
      { id: 'c3', ...base, reportId: ids.reportId, description: '在途货物拦截', location: 'in_transit', owner: '物流 赵', startedOn: '2026-11-23', finishedOn: '', quantityInspected: 0, quantityDefective: 0, result: '' },
    ],
    causes: [
      cause('k1', 'occurrence', 'material', '包装内衬厚度不足（3 mm）', ['外壳划伤', '运输中挤压', '内衬太薄', '规格未规定厚度'], true, '挤压试验复现'),
      cause('k2', 'occurrence', 'method', 'LED 焊接温度曲线偏低', ['指示灯不亮', 'LED 虚焊', '回流焊温度低', '换线后未确认曲线', '作业指导书无确认步骤'], true, '切片分析'),
      cause('k3', 'occurrence', 'man', '新员工包装手法不规范', [], false),
      cause('k4', 'escape', 'measurement', '出货检验未做挤压测试', ['划伤未被发现', '无挤压测试', '检验规范未要求'], true, '评审检验规范'),
      cause('k5', 'escape', 'method', '功能测试未覆盖指示灯', ['指示灯不亮流出', '测试程序缺项'], true),
      cause('k6', 'occurrence', 'environment', '仓库湿度偏高', [], false),
    ],
    correctives: [
      { id: 'a1', ...base, reportId: ids.reportId, causeId: 'k1', description: '内衬加厚至 5 mm 并在包装规格中规定', owner: '李厂长', dueDate: '2026-11-30', status: 'verified', implementedOn: '2026-11-29', verificationResult: '挤压试验 20 箱无划伤', verifiedBy: '陈工', verifiedOn: '2026-12-05' },
      { id: 'a2', ...base, reportId: ids.reportId, causeId: 'k2', description: '回流焊温度曲线重新设定，换线首件确认', owner: '陈工', dueDate: '2026-12-02', status: 'verified', implementedOn: '2026-12-01', verificationResult: '连续 3 批切片合格', verifiedBy: '张伟', verifiedOn: '2026-12-08' },
      { id: 'a3', ...base, reportId: ids.reportId, causeId: '', description: '出货检验增加挤压及指示灯测试', owner: '张伟', dueDate: '2026-12-10', status: 'implemented', implementedOn: '2026-12-09', verificationResult: '', verifiedBy: '', verifiedOn: '' },
    ],
    prevention: [
      { id: 'p1', ...base, reportId: ids.reportId, kind: 'fmea', description: 'PFMEA 增加包装挤压失效模式', documentRef: 'PFMEA-HX220 Rev.C', owner: '陈工', dueDate: '2026-12-15', done: true },
      { id: 'p2', ...base, reportId: ids.reportId, kind: 'control_plan', description: '控制计划增加回流焊曲线确认', documentRef: 'CP-HX220 Rev.D', owner: '陈工', dueDate: '2026-12-15', done: true },
      { id: 'p3', ...base, reportId: ids.reportId, kind: 'work_instruction', description: '换线作业指导书增加曲线确认步骤', documentRef: 'WI-SMT-012 Rev.B', owner: '张伟', dueDate: '2026-12-20', done: false },
      { id: 'p4', ...base, reportId: ids.reportId, kind: 'specification', description: '包装规格规定内衬厚度 ≥ 5 mm', documentRef: 'PK-SPEC-220 Rev.A', owner: '李厂长', dueDate: '2026-12-20', done: false },
    ],
    checks: [
      { id: 'h1', ...base, reportId: ids.reportId, kind: 'model', subject: 'HX-2300B', basis: 'samePart', scope: '成品仓 1200 台', result: 'checked', checkedBy: '陈工', checkedOn: '2026-11-25', note: '未发现划伤', containmentId: '' },
      { id: 'h2', ...base, reportId: ids.reportId, kind: 'material', subject: '内衬 PK-220 粉色款', basis: 'sameSupplier', scope: '材料仓、车间', result: 'affected', checkedBy: '李厂长', checkedOn: '2026-11-26', note: '同批内衬厚度 3 mm', containmentId: 'c2' },
      { id: 'h3', ...base, reportId: ids.reportId, kind: 'lot', subject: 'L2610-05', basis: 'sameProcess', scope: '', result: 'notAffected', checkedBy: '陈工', checkedOn: '2026-11-26', note: '已换新内衬', containmentId: '' },
    ],
  };
}

/** A real PNG of a colour gradient with optional noise (noise makes it photo-sized: it does not compress). */
export function makePng(width: number, height: number, seed = 1, noise = 0): Uint8Array {
  const png = new PNG({ width, height });
  let s = seed;
  const rand = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) % 256);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const n = noise ? (rand() % noise) - noise / 2 : 0;
      png.data[i] = Math.max(0, Math.min(255, ((x * 255) / width + seed * 40 + n) % 256));
      png.data[i + 1] = Math.max(0, Math.min(255, (y * 255) / height + n));
      png.data[i + 2] = Math.max(0, Math.min(255, 160 + n));
      png.data[i + 3] = 255;
    }
  }
  return new Uint8Array(PNG.sync.write(png));
}

/** A real 320×240 baseline JPEG (cut from a rendered page with pdftoppm -jpeg, committed). */
export function jpegFixture(): Uint8Array {
  return new Uint8Array(readFileSync(new URL('../../../fixtures/eightd/photo-320x240.jpg', import.meta.url)));
}

export function photo(discipline: EightDPhoto['discipline'], fileName: string, bytes: Uint8Array, caption = '', mimeType = fileName.endsWith('.jpg') ? 'image/jpeg' : 'image/png'): EightDPhoto {
  return { discipline, fileName, mimeType, bytes, caption };
}

let photoCache: EightDPhoto[] | null = null;

/** Photos of the full report (made once: encoding PNGs in JS is slow): PNG, JPEG, tall, wide, a damaged PNG and a GIF. */
export function fullPhotos(): EightDPhoto[] {
  photoCache ??= [
    photo('D2', 'scratch-1.png', makePng(800, 600, 1), '外壳划伤（客户照片）'),
    photo('D2', 'led-off.jpg', jpegFixture(), '指示灯不亮'),
    
    photo('D4', 'liner-3mm.png', makePng(600, 900, 2), '内衬厚度 3 mm（竖图）'),
    photo('D6', 'liner-5mm.png', makePng(1200, 400, 3), '改善后内衬 5 mm（宽图）'),
    photo('D6', 'broken.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]), '损坏的文件'),
    photo('D6', 'drawing.gif', new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0]), 'GIF 不支持', 'image/gif'),
  ];
  return photoCache.map((p) => ({ ...p }));
}

/** The revision table of a report approved as Rev.0, re-opened and approved again as Rev.1. */
export const REVISIONS: RevisionRow[] = [
  { revision: 0, date: '2026-12-10T15:00:00+08:00', reason: '', by: '刘品质', approvedAt: '2026-12-10T15:00:00+08:00', approvedBy: '刘品质' },
  { revision: 1, date: '2026-12-15T09:00:00+08:00', reason: '客户要求补充粉色、蓝色内衬的举一反三结果', by: '刘品质', approvedAt: '2026-12-20T15:00:00+08:00', approvedBy: '刘品质' },
];

export function reportData(bundle: EightDBundle, photos: EightDPhoto[] = [], revisions: RevisionRow[] = []): EightDReportData {
  return {
    companyName: '东莞市华信精密电子有限公司',
    logoDataUrl: '',
    case: {
      caseNumber: '2611-B-007', customerName: '深圳市宏达电器有限公司', productModel: 'HX-2200A', partNumber: 'P-220-001', lotNumber: 'L2610-03',
      receivedAt: '2026-11-20T09:30:00+08:00', quantityDelivered: 5000, quantityDefective: 12, defectDescription: '外壳划伤，指示灯不亮，12 台不良。',
    },
    eightD: bundle,
    revisions,
    photos,
    generatedAt: '2026-12-21T11:00:00+08:00',
    generatedBy: '李娜',
  };
}

export const fullData = (): EightDReportData => reportData({ ...fullBundle(), report: { ...fullBundle().report, revision: 1 } }, fullPhotos(), REVISIONS);
export const minimalData = (): EightDReportData => reportData({ report: emptyReport(), members: [], containment: [], causes: [], correctives: [], prevention: [], checks: [] });

/** Every free text of the full report set to `text` (numbers and enums kept). */
export function hostileData(text: string): EightDReportData {
  const b = fullBundle();
  const skip = new Set(['id', 'caseId', 'reportId', 'number', 'openedAt', 'containmentDueAt', 'containmentRepliedAt', 'approvedAt', 'closedAt', 'occurrence', 'causeId', 'role', 'organisation', 'location', 'analysis', 'category', 'status', 'kind', 'dueDate', 'startedOn', 'finishedOn', 'implementedOn', 'verifiedOn', 'rootCauseDueDate', 'correctiveDueDate', 'closureDueDate']);
  const fill = <T extends object>(o: T): T => {
    const r = o as Record<string, unknown>;
    for (const [k, v] of Object.entries(r)) if (typeof v === 'string' && !skip.has(k)) r[k] = text;
    return o;
  };
  fill(b.report);
  for (const c of b.causes) c.whys = c.whys.map(() => text);
  [...b.members, ...b.containment, ...b.causes, ...b.correctives, ...b.prevention].forEach(fill);
  const d = reportData(b, [photo('D2', `${text.slice(0, 40)}.png`, makePng(64, 48), text)]);
  d.case = { ...d.case, customerName: text, defectDescription: text };
  return d;
}
