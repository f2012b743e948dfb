/**
 * Texts of the printed 8D report (templates/eightD.ts) in 中文 and English,
 * and how one is chosen: one language, or both (中文 with the English below
 * or beside it, as the other forms print their labels).
 */
import type { CauseAnalysis, CauseCategory, ContainmentLocation, CorrectiveStatus, MemberOrganisation, MemberRole, PreventionKind } from '../../domain/eightd/records';
import { html, type SafeHtml } from '../escape';
import { label } from '../layout';
import type { EightDFormData } from '../types';

export type Pair = readonly [zh: string, en: string];
export type Lang = Pick<EightDFormData, 'language' | 'bilingual'>;

/** A heading or label cell: 中文<br><small>English</small> when bilingual, else the one language. */
export function tl(o: Lang, [zh, en]: Pair): SafeHtml {
  if (o.bilingual) return label(zh, en);
  return html`${o.language === 'en' ? en : zh}`;
}

/** A value text (role, status …): "组长 Leader" when bilingual, else the one language. */
export function tv(o: Lang, [zh, en]: Pair): string {
  if (o.bilingual) return zh === en ? zh : `${zh} ${en}`;
  return o.language === 'en' ? en : zh;
}

export const ROLE: Record<MemberRole, Pair> = { leader: ['组长', 'Leader'], member: ['组员', 'Member'], champion: ['倡导者', 'Champion'] };
export const ORGANISATION: Record<MemberOrganisation, Pair> = { internal: ['本公司', 'Internal'], customer: ['客户', 'Customer'], supplier: ['供应商', 'Supplier'] };
export const LOCATION: Record<ContainmentLocation, Pair> = {
  customer: ['客户处', 'At customer'],
  in_transit: ['在途', 'In transit'],
  finished_goods: ['成品仓', 'Finished goods'],
  work_in_progress: ['在制品', 'Work in progress'],
  supplier: ['供应商处', 'At supplier'],
  other: ['其他', 'Other'],
};
export const CATEGORY: Record<CauseCategory, Pair> = {
  man: ['人', 'Man'],
  machine: ['机', 'Machine'],
  material: ['料', 'Material'],
  method: ['法', 'Method'],
  measurement: ['测', 'Measurement'],
  environment: ['环', 'Environment'],
};
export const ANALYSIS: Record<CauseAnalysis, Pair> = { occurrence: ['发生原因', 'Occurrence'], escape: ['流出原因', 'Escape'] };
export const STATUS: Record<CorrectiveStatus, Pair> = { planned: ['计划中', 'Planned'], implemented: ['已实施', 'Implemented'], verified: ['已验证', 'Verified'] };
export const PREVENTION: Record<PreventionKind, Pair> = {
  fmea: ['FMEA', 'FMEA'],
  control_plan: ['控制计划', 'Control plan'],
  specification: ['规格/标准', 'Specification'],
  work_instruction: ['作业指导书', 'Work instruction'],
  design: ['设计变更', 'Design change'],
  training: ['培训', 'Training'],
  other: ['其他', 'Other'],
};
export const OCCURRENCE: Record<'' | 'first' | 'repeat', Pair> = { '': ['', ''], first: ['首次发生', 'First time'], repeat: ['重复发生', 'Repeat'] };

/** The headings of the eight disciplines. */
export const DISCIPLINE_TITLE = {
  D1: ['D1 成立小组', 'D1 Team'],
  D2: ['D2 问题描述', 'D2 Problem description'],
  D3: ['D3 临时围堵措施', 'D3 Containment actions'],
  D4: ['D4 根本原因分析', 'D4 Root cause analysis'],
  D5: ['D5 永久纠正措施', 'D5 Permanent corrective actions'],
  D6: ['D6 实施与效果验证', 'D6 Implementation and verification'],
  D7: ['D7 预防再发生', 'D7 Prevent recurrence'],
  D8: ['D8 批准、表彰与结案', 'D8 Approval, recognition and closure'],
} as const satisfies Record<string, Pair>;

/** Labels of the fields and table columns. */
export const L = {
  title: ['8D 报告', '8D Report'],
  number: ['8D 编号', '8D No.'],
  caseNumber: ['投诉编号', 'Case No.'],
  customer: ['客户名称', 'Customer'],
  subject: ['主题', 'Subject'],
  model: ['产品型号', 'Model'],
  part: ['料号', 'Part No.'],
  lot: ['批次号', 'Lot'],
  received: ['投诉日期', 'Complaint received'],
  quantities: ['交货数 / 不良数', 'Delivered / defective'],
  opened: ['开立', 'Opened'],
  containmentDue: ['围堵回复期限', 'Containment reply due'],
  containmentReplied: ['围堵已回复', 'Containment replied'],
  rootCauseDue: ['原因分析期限', 'Root cause due'],
  correctiveDue: ['纠正措施期限', 'Corrective actions due'],
  closureDue: ['结案期限', 'Closure due'],
  defect: ['不良现象', 'Defect'],
  no: ['序号', 'No.'],
  name: ['姓名', 'Name'],
  role: ['角色', 'Role'],
  department: ['部门/公司', 'Department / company'],
  organisation: ['来自', 'From'],
  responsibility: ['职责', 'Responsibility'],
  contact: ['联系方式', 'Contact'],
  customerDescription: ['客户描述', "Customer's description"],
  what: ['What 何事', 'What'],
  where: ['Where 何地', 'Where'],
  when: ['When 何时', 'When'],
  who: ['Who 何人', 'Who'],
  why: ['Why 为何', 'Why'],
  how: ['How 如何发现', 'How'],
  howMany: ['How many 多少', 'How many'],
  affectedLots: ['涉及批次', 'Affected lots'],
  affectedDateCodes: ['涉及 Date code', 'Affected date codes'],
  occurrence: ['首次/重复', 'First / repeat'],
  action: ['措施', 'Action'],
  location: ['范围', 'Where'],
  owner: ['负责人', 'Owner'],
  started: ['开始', 'Started'],
  finished: ['完成', 'Finished'],
  inspected: ['检查数', 'Inspected'],
  defective: ['不良数', 'Defective'],
  result: ['方法与结果', 'Method and result'],
  total: ['合计', 'Total'],
  category: ['类别 5M1E', 'Category 5M1E'],
  analysis: ['分析', 'Analysis'],
  cause: ['原因', 'Cause'],
  whys: ['5-Why 分析', '5 Whys'],
  why1: ['为什么', 'Why'],
  rootCause: ['根本原因', 'Root cause'],
  verification: ['验证', 'Verification'],
  occurrenceRootCause: ['发生根本原因', 'Occurrence root cause'],
  escapeRootCause: ['流出根本原因', 'Escape root cause'],
  fishbone: ['鱼骨图（5M1E）', 'Fishbone (5M1E)'],
  chains: ['5-Why 原因链', '5-Why chains'],
  forCause: ['对应原因', 'For cause'],
  allCauses: ['全部', 'All'],
  due: ['计划日期', 'Due'],
  status: ['状态', 'Status'],
  implemented: ['实施日期', 'Implemented'],
  verificationResult: ['验证方法与结果', 'Verification and result'],
  verifiedBy: ['验证人', 'Verified by'],
  verifiedOn: ['验证日期', 'Verified on'],
  preventionKind: ['更新内容', 'Updates'],
  documentRef: ['文件编号/版本', 'Document / revision'],
  done: ['完成', 'Done'],
  approvedBy: ['批准人（品质最高负责人）', 'Approved by (head of quality)'],
  approvedAt: ['批准日期', 'Approved on'],
  approvalComment: ['批准意见', 'Approval comment'],
  recognition: ['团队表彰', 'Team recognition'],
  closedBy: ['结案人', 'Closed by'],
  closedAt: ['结案日期', 'Closed on'],
  photos: ['照片', 'Photos'],
  notEmbedded: ['附件（未嵌入）', 'Attachment (not embedded)'],
  prepared: ['编制', 'Prepared by'],
  reviewed: ['审核', 'Reviewed by'],
  approved: ['批准', 'Approved by'],
  date: ['日期', 'Date'],
  generated: ['生成', 'Generated'],
} as const satisfies Record<string, Pair>;
