/**
 * Every fixed text of the 8D outputs in 简体中文 and English: headings, field
 * and column names, and the words for the record enums. The one table for the
 * Word document and the printed form (shared/forms/templates/eightD.ts), so a
 * clerk reads the same words in both. shared/ cannot use the renderer's
 * i18next, so the outputs keep this small table of their own. `createLabels`
 * picks the language for the Word builder, or "中文 / English" when bilingual.
 */
import type {
  CauseAnalysis,
  CauseCategory,
  ContainmentLocation,
  CorrectiveStatus,
  Discipline,
  HorizontalBasis,
  HorizontalKind,
  HorizontalResult,
  MemberOrganisation,
  MemberRole,
  PreventionKind,
} from '../domain/eightd/records';
import type { EightDExportOptions } from './types';

/** [简体中文, English] */
export type LabelPair = readonly [string, string];

export const LABELS = {
  title: ['8D 报告', '8D Report'],
  subtitle: ['纠正与预防措施报告', 'Corrective and Preventive Action Report'],
  eightDNumber: ['8D 编号', '8D No.'],
  caseNumber: ['投诉编号', 'Case No.'],
  customer: ['客户', 'Customer'],
  subject: ['主题', 'Subject'],
  productModel: ['产品型号', 'Model'],
  partNumber: ['料号', 'Part No.'],
  lotNumber: ['批次号', 'Lot No.'],
  quantities: ['不良数/交货数', 'Defective / delivered'],
  defectDescription: ['不良现象', 'Defect'],
  receivedAt: ['投诉日期', 'Complaint received'],
  openedAt: ['开立日期', 'Opened'],
  openedBy: ['开立人', 'Opened by'],
  /** Printed form: when and by whom, in one field. */
  opened: ['开立', 'Opened'],
  containmentDue: ['围堵回复期限', 'Containment reply due'],
  containmentReplied: ['围堵已回复', 'Containment replied'],
  rootCauseDue: ['根本原因期限', 'Root cause due'],
  correctiveDue: ['纠正措施期限', 'Corrective actions due'],
  closureDue: ['结案期限', 'Closure due'],
  approvedAt: ['批准日期', 'Approved on'],
  closedAt: ['结案日期', 'Closed on'],
  /** The 8D's own revision (Rev.n) in the header; not the form's document revision. */
  reportRevision: ['8D 版本', '8D revision'],
  revision: ['版本', 'Revision'],

  revisionHistory: ['修订记录', 'Revision history'],
  revisionDate: ['修订日期', 'Date'],
  revisionReason: ['修订原因', 'Reason for revision'],
  revisedBy: ['修订人', 'Revised by'],
  revisionApproved: ['批准', 'Approved'],
  initialIssue: ['初版', 'Initial issue'],
  inWork: ['修订中，未批准', 'in work, not approved'],

  horizontal: ['举一反三 / 水平展开', 'Horizontal deployment'],
  checkKind: ['对象', 'Item'],
  checkSubject: ['型号/批次/物料', 'Model / lot / material'],
  checkBasis: ['关联', 'Related by'],
  checkScope: ['检查范围', 'Scope'],
  checkResult: ['结论', 'Result'],
  checkedBy: ['检查人/日期', 'Checked by / on'],
  checkNote: ['说明', 'Note'],
  toCheck: ['待检查', 'to check'],

  index: ['序号', 'No.'],
  name: ['姓名', 'Name'],
  role: ['角色', 'Role'],
  department: ['部门/公司', 'Department / company'],
  organisation: ['所属', 'Organisation'],
  responsibility: ['职责', 'Responsibility'],
  contact: ['联系方式', 'Contact'],
  member: ['成员', 'Member'],
  from: ['来源', 'From'],

  customerDescription: ['客户描述', 'Customer description'],
  fiveW2H: ['5W2H', '5W2H'],
  what: ['什么问题', 'What'],
  where: ['在哪里发现', 'Where'],
  when: ['何时发现', 'When'],
  who: ['谁发现', 'Who'],
  why: ['为什么是问题', 'Why'],
  how: ['如何发现', 'How'],
  howMany: ['数量多少', 'How many'],
  affectedLots: ['受影响批次', 'Affected lots'],
  affectedDateCodes: ['受影响日期码', 'Affected date codes'],
  occurrence: ['首次/重复发生', 'First or repeat'],

  action: ['措施', 'Action'],
  location: ['位置', 'Location'],
  owner: ['负责人', 'Owner'],
  dates: ['日期', 'Dates'],
  started: ['开始', 'Started'],
  finished: ['完成', 'Finished'],
  quantity: ['数量', 'Quantity'],
  inspected: ['检查数', 'Inspected'],
  defective: ['不良数', 'Defective'],
  result: ['方法与结果', 'Method and result'],
  total: ['合计', 'Total'],
  replyDue: ['回复期限', 'Reply due'],
  repliedAt: ['回复时间', 'Replied'],
  replyTime: ['回复用时', 'Reply time'],
  onTime: ['按时', 'on time'],
  late: ['逾期', 'late'],
  notReplied: ['未回复', 'not replied yet'],
  hours: ['小时', 'h'],

  fishbone: ['鱼骨图（5M1E）', 'Fishbone (5M1E)'],
  category: ['类别', 'Category'],
  causes: ['原因', 'Causes'],
  occurrenceCauses: ['发生原因', 'Why it occurred'],
  escapeCauses: ['流出原因', 'Why it escaped'],
  fiveWhy: ['5-Why 分析', '5-Why analysis'],
  cause: ['原因', 'Cause'],
  analysis: ['类型', 'Type'],
  whyChain: ['为什么链', 'Why chain'],
  rootCause: ['根本原因', 'Root cause'],
  verification: ['验证方法', 'Verification'],
  occurrenceRootCause: ['发生根本原因', 'Root cause of occurrence'],
  escapeRootCause: ['流出根本原因', 'Root cause of escape'],
  whyN: ['为什么', 'Why'],

  addressedCause: ['针对原因', 'Cause addressed'],
  allCauses: ['全部原因', 'All causes'],
  due: ['完成期限', 'Due'],
  status: ['状态', 'Status'],
  implementation: ['实施', 'Implementation'],
  implementedOn: ['实施日期', 'Implemented'],
  verificationGroup: ['效果验证', 'Verification'],
  verificationResult: ['验证方法与结果', 'Method and result'],
  /** Word: who and when in one cell. */
  verifiedBy: ['验证人/日期', 'Verified by / on'],
  /** Printed form: who and when in two columns. */
  verifier: ['验证人', 'Verified by'],
  verifiedOn: ['验证日期', 'Verified on'],

  kind: ['更新内容', 'Updates'],
  description: ['内容', 'Description'],
  documentRef: ['文件编号/版本', 'Document / revision'],
  done: ['已完成', 'Done'],
  yes: ['是', 'Yes'],
  no: ['否', 'No'],

  approvedBy: ['批准人（质量负责人）', 'Approved by (head of quality)'],
  approvalComment: ['批准意见', 'Approval comment'],
  teamRecognition: ['团队表彰', 'Team recognition'],
  closedBy: ['结案人', 'Closed by'],

  prepared: ['编制', 'Prepared by'],
  reviewed: ['审核', 'Reviewed by'],
  approved: ['批准', 'Approved by'],
  signature: ['签名', 'Signature'],
  date: ['日期', 'Date'],

  photos: ['照片', 'Photos'],
  photo: ['图', 'Fig.'],
  appendix: ['附录：照片', 'Appendix: photos'],
  seeAppendix: ['见附录', 'see appendix'],
  notEmbedded: ['以下文件无法嵌入（格式不支持或文件损坏）', 'These files could not be embedded (unsupported format or damaged)'],
  generated: ['生成', 'Generated'],
  notFilled: ['（未填写）', '(not filled in)'],
} as const satisfies Record<string, LabelPair>;
export type LabelKey = keyof typeof LABELS;

export const DISCIPLINE_TITLES: Record<Discipline, LabelPair> = {
  D1: ['成立小组', 'Team'],
  D2: ['问题描述', 'Problem Description'],
  D3: ['临时围堵措施', 'Containment Actions'],
  D4: ['根本原因分析', 'Root Cause Analysis'],
  D5: ['永久纠正措施', 'Permanent Corrective Actions'],
  D6: ['实施与效果验证', 'Implementation and Verification'],
  D7: ['预防再发生', 'Prevent Recurrence'],
  D8: ['批准、表彰与结案', 'Approval, Team Recognition and Closure'],
};

export const ROLE_LABELS: Record<MemberRole, LabelPair> = { leader: ['组长', 'Leader'], member: ['组员', 'Member'], champion: ['倡导者', 'Champion'] };
export const ORGANISATION_LABELS: Record<MemberOrganisation, LabelPair> = { internal: ['本公司', 'Internal'], customer: ['客户', 'Customer'], supplier: ['供应商', 'Supplier'] };
export const LOCATION_LABELS: Record<ContainmentLocation, LabelPair> = {
  customer: ['客户处', 'At customer'],
  in_transit: ['在途', 'In transit'],
  finished_goods: ['成品仓', 'Finished goods'],
  work_in_progress: ['在制品', 'Work in progress'],
  supplier: ['供应商处', 'At supplier'],
  other: ['其他', 'Other'],
};
/** 5M1E: 人机料法测环. */
export const CATEGORY_LABELS: Record<CauseCategory, LabelPair> = {
  man: ['人', 'Man'],
  machine: ['机', 'Machine'],
  material: ['料', 'Material'],
  method: ['法', 'Method'],
  measurement: ['测', 'Measurement'],
  environment: ['环', 'Environment'],
};
export const ANALYSIS_LABELS: Record<CauseAnalysis, LabelPair> = { occurrence: ['发生', 'Occurrence'], escape: ['流出', 'Escape'] };
export const STATUS_LABELS: Record<CorrectiveStatus, LabelPair> = { planned: ['计划中', 'Planned'], implemented: ['已实施', 'Implemented'], verified: ['已验证', 'Verified'] };
export const PREVENTION_LABELS: Record<PreventionKind, LabelPair> = {
  fmea: ['FMEA', 'FMEA'],
  control_plan: ['控制计划', 'Control plan'],
  specification: ['规格/标准', 'Specification'],
  work_instruction: ['作业指导书', 'Work instruction'],
  design: ['设计变更', 'Design change'],
  training: ['培训', 'Training'],
  other: ['其他', 'Other'],
};
export const HORIZONTAL_KIND_LABELS: Record<HorizontalKind, LabelPair> = { model: ['型号', 'Model'], lot: ['批次', 'Lot'], material: ['物料', 'Material'] };
export const HORIZONTAL_BASIS_LABELS: Record<HorizontalBasis, LabelPair> = {
  samePart: ['同零件', 'Same part'],
  sameSupplier: ['同供应商', 'Same supplier'],
  sameProcess: ['同工艺', 'Same process'],
  other: ['其他', 'Other'],
};
export const HORIZONTAL_RESULT_LABELS: Record<HorizontalResult, LabelPair> = {
  checked: ['已检查，无异常', 'Checked, no defect'],
  notAffected: ['不涉及', 'Not affected'],
  affected: ['受影响 → 围堵', 'Affected → contained'],
};
export const OCCURRENCE_LABELS: Record<'first' | 'repeat', LabelPair> = { first: ['首次发生', 'First time'], repeat: ['重复发生', 'Repeat'] };

export interface Labels {
  readonly language: EightDExportOptions['language'];
  readonly bilingual: boolean;
  /** A field or column name: the language's, or 中文 over English on two lines when bilingual. */
  (key: LabelKey): string;
  /** A heading: the language's, or "中文 / English" when bilingual. */
  heading(key: LabelKey): string;
  /** A word inside a value (units, yes/no, markers): always the chosen language only. */
  word(key: LabelKey): string;
  /** The word for an enum value in the chosen language ('' gives '', an unknown value itself). */
  of<T extends string>(table: Record<T, LabelPair>, value: T | ''): string;
  /** '：' in Chinese and bilingual text, ': ' in English. */
  readonly colon: string;
  /** "D4 根本原因分析" or "D4 根本原因分析 / Root Cause Analysis". */
  discipline(d: Discipline): string;
}

export function createLabels(options: Pick<EightDExportOptions, 'language' | 'bilingual'>): Labels {
  const word = (p: LabelPair): string => (options.language === 'en' ? p[1] : p[0]);
  const pick = (p: LabelPair, joiner: string): string => (options.bilingual && p[0] !== p[1] ? `${p[0]}${joiner}${p[1]}` : word(p));
  const labels = ((key: LabelKey) => pick(LABELS[key], '\n')) as Labels;
  return Object.assign(labels, {
    language: options.language,
    bilingual: options.bilingual,
    heading: (key: LabelKey) => pick(LABELS[key], ' / '),
    word: (key: LabelKey) => word(LABELS[key]),
    of<T extends string>(table: Record<T, LabelPair>, value: T | ''): string {
      if (value === '') return '';
      return Object.prototype.hasOwnProperty.call(table, value) ? word(table[value]) : value;
    },
    colon: options.language === 'en' && !options.bilingual ? ': ' : '：',
    discipline: (d: Discipline) => `${d} ${pick(DISCIPLINE_TITLES[d], ' / ')}`,
  });
}
