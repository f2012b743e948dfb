/**
 * View models of the printed forms from what a case holds: the intake
 * (ComplaintCase) and, where they exist, the lifecycle records
 * (shared/domain/lifecycle/records.ts). Missing lifecycle data prints as
 * empty fields to be filled in by hand.
 */
import { DEFAULT_CURRENCY } from '../domain/lifecycle/currency';
import { creditedQuantity, lineAmountFen, returnLineMoney } from '../domain/lifecycle/line-money';
import type { ComplaintCase } from '../domain/case';
import type { WorkingCalendar } from '../domain/lifecycle/calendar';
import type { Deadline, DeadlineKind } from '../domain/lifecycle/deadlines-types';
import { formatYuan } from '../domain/lifecycle/money';
import type { ApprovalRecord, CaseLifecycle, CostRecord, DispositionRecord, ResponsibilityShare, ReturnLine, SupplierClaim, SurveyRecord } from '../domain/lifecycle/records';
import { SURVEY_ANSWERS } from '../domain/lifecycle/records';
import { SURVEY_ITEM_COUNT } from '../domain/lifecycle/survey';
import type { SurveyFormSettings } from '../domain/lifecycle/survey-form';
import { factoryDateTimeText, toFactoryIso } from '../domain/factory-calendar';
import { addWorkingDays, minutesPerWorkday, workingMinutesBetween } from '../domain/lifecycle/working-time';
import { CLERK_ROLE_NAMES_ZH } from '../domain/clerks/roles';
import { signedOnBehalfText } from '../domain/clerks/delegation';
import type { SignatureRecord } from '../domain/signatures/signature';
import type { ComplaintFormData, CreditNoteData, InspectionReportData, ReminderData, ReminderItem, ReturnLabelData, SupplierChargebackData, SurveyFormData } from './types';

const CHANNEL: Record<string, string> = { phone: '电话', fax: '传真', email: '邮件', wechat: '微信', qq: 'QQ', ecommerce: '电商平台', onsite: '现场', letter: '来函' };
export const FOUND: Record<string, string> = { incoming_inspection: '客户来料检验', production: '生产过程', end_user: '终端用户' };
const REQUEST: Record<string, string> = { return: '退货', exchange: '换货', repair: '返修', credit: '折让', compensation: '赔款', report_8d: '8D 报告', explanation_only: '仅需说明' };
export const SEVERITY: Record<string, string> = { general: '一般', serious: '严重', urgent: '紧急/批量' };
const CATEGORY: Record<string, string> = { product_quality: '产品质量', service_attitude: '服务态度', delivery_logistics: '交货/物流', after_sales: '售后服务', other: '其他' };
export const DEPARTMENT: Record<string, string> = { production: '生产/分厂', quality: '品质', technical: '技术', purchasing: '采购/供应商', sales: '销售/物流', other: '其他' };
export const RESULT: Record<string, string> = { pass: '合格', fail: '不合格', partial: '部分不合格' };
export const DISPOSITION: Record<string, string> = { discount_sale: '折价销售', scrap: '报废', material_reuse: '改材利用', rework: '返修', exchange: '换货', refund: '退款', credit_note: '销货折让', return_to_supplier: '退供应商' };
const COST: Record<string, string> = { loss: '损失', repair: '返修费', freight: '运费', compensation: '赔偿', credit: '折让' };

export const num = (n: number | null | undefined): string => (n === null || n === undefined ? '' : String(n));

/** 2026-11-23T01:30:00Z → 2026-11-23 09:30, on the factory's clock (factoryDateTimeText). */
export const printDateTime = (iso: string | null | undefined): string => factoryDateTimeText(iso);
export const printDate = (iso: string | null | undefined): string => printDateTime(iso).slice(0, 10);

export function defectRate(c: Pick<ComplaintCase, 'quantityInspected' | 'quantityDefective'>): string {
  if (!c.quantityInspected || c.quantityDefective === null) return '';
  return `${((c.quantityDefective / c.quantityInspected) * 100).toFixed(2)}%`;
}

export interface CaseRecords {
  lifecycle?: CaseLifecycle | null;
  signatures?: readonly SignatureRecord[];
  shares?: readonly ResponsibilityShare[];
  lines?: readonly ReturnLine[];
  dispositions?: readonly DispositionRecord[];
  costs?: readonly CostRecord[];
  actions?: readonly { description: string; owner: string; dueDate: string; deleted: boolean }[];
  approvals?: readonly ApprovalRecord[];
}

export function complaintFormFromCase(c: ComplaintCase, r: CaseRecords = {}): ComplaintFormData {
  const lc = r.lifecycle ?? null;
  const pending = c.quantityPending ? '客户加工中未确定' : '';
  return {
    caseNumber: c.caseNumber,
    customerName: c.customerName,
    contactPerson: c.contactPerson,
    contact: [CHANNEL[c.contactChannel] ?? c.contactChannel, c.contactDetail].filter(Boolean).join(' '),
    receivedAt: printDateTime(c.receivedAt),
    market: c.market === 'foreign' ? '国外' : '国内',
    productModel: c.productModel,
    partNumber: c.partNumber,
    orderNumber: c.orderNumber,
    lotNumber: c.lotNumber,
    shipDate: printDate(c.shipDate),
    quantityDelivered: num(c.quantityDelivered) || pending,
    quantityInspected: num(c.quantityInspected) || pending,
    quantityDefective: num(c.quantityDefective) || pending,
    defectRate: defectRate(c),
    foundAt: FOUND[c.foundAt] ?? c.foundAt,
    occurrence: c.occurrence === 'repeat' ? '重复发生' : '首次',
    customerRequests: c.customerRequests.map((q) => REQUEST[q] ?? q).join('、'),
    defectDescription: c.defectDescription,
    severity: lc?.severity ? (SEVERITY[lc.severity] ?? lc.severity) : '',
    category: lc?.category ? (CATEGORY[lc.category] ?? lc.category) : '',
    analysis: lc?.analysisSummary ?? '',
    decisionPath: lc?.decision ?? null,
    decisionNote: lc?.decisionNote ?? '',
    rmaNumber: lc?.rmaNumber ?? '',
    returnCarrier: lc?.returnCarrier ?? '',
    returnTrackingNumber: lc?.returnTrackingNumber ?? '',
    responsibility: (r.shares ?? []).filter((s) => !s.deleted).map((s) => `${DEPARTMENT[s.department] ?? s.department} ${s.percent}%${s.supplierName ? `（${s.supplierName}）` : ''}`).join('；'),
    actions: (r.actions ?? []).filter((a) => !a.deleted).map((a) => `${a.description}（${a.owner} ${a.dueDate}）`).join('\n'),
    signed: signedBoxes(r.signatures ?? []),
  };
}

/** "钱副总 · 副总经理 / 2026-12-03 10:21 电子签名" — what a box shows of an electronic signature; a delegate's reads "张三 代 王总 (委托授权) · 总经理 …". */
export function signatureMark(s: Pick<SignatureRecord, 'clerkName' | 'role' | 'at' | 'onBehalfOfName'>): string {
  return `${signedOnBehalfText(s.clerkName, s.onBehalfOfName)} · ${CLERK_ROLE_NAMES_ZH[s.role] ?? s.role}\n${printDateTime(s.at)} 电子签名 e-signed`;
}

/** The latest signature of each signed box of the complaint form (an approval that was later rejected again is not printed as approved). */
function signedBoxes(signatures: readonly SignatureRecord[]): ComplaintFormData['signed'] {
  const latest = (steps: readonly string[]) => {
    let best: SignatureRecord | null = null;
    for (const s of signatures) if (steps.includes(s.step) && (!best || s.at > best.at)) best = s;
    return best;
  };
  const decision = latest(['approveReturn', 'rejectReturn']);
  const approval = decision?.step === 'approveReturn' ? decision : null;
  const costs = latest(['confirmCosts']);
  const disposition = latest(['acceptDisposition']);
  return {
    approved: approval ? signatureMark(approval) : '',
    finance: costs ? signatureMark(costs) : '',
    quality: disposition ? signatureMark(disposition) : '',
    generalManager: approval?.role === 'generalManager' ? signatureMark(approval) : '',
  };
}

export function returnLabelFromCase(c: ComplaintCase, r: CaseRecords = {}, date: string): ReturnLabelData {
  const lines = (r.lines ?? []).filter((l) => !l.deleted);
  const qty = lines.length > 0 ? lines.reduce((s, l) => s + l.quantityApproved, 0) : c.quantityDefective;
  return {
    caseNumber: c.caseNumber,
    rmaNumber: r.lifecycle?.rmaNumber ?? '',
    customerName: c.customerName,
    productModel: lines.length > 0 ? [...new Set(lines.map((l) => l.productModel))].join(' / ') : c.productModel,
    quantity: num(qty),
    reason: lines.map((l) => l.reason).filter(Boolean).join('；') || c.defectDescription.slice(0, 80),
    date: printDate(date),
    boxOf: '',
  };
}

export function inspectionReportFromCase(c: ComplaintCase, r: CaseRecords = {}): InspectionReportData {
  const lines = (r.lines ?? []).filter((l) => !l.deleted);
  const disp = (r.dispositions ?? []).filter((d) => !d.deleted);
  return {
    caseNumber: c.caseNumber,
    rmaNumber: r.lifecycle?.rmaNumber ?? '',
    customerName: c.customerName,
    receivedDate: printDate(lines.find((l) => l.receivedAt)?.receivedAt),
    inspectedDate: printDate(lines.find((l) => l.inspectedAt)?.inspectedAt),
    inspector: [...new Set(lines.map((l) => l.inspectedBy).filter(Boolean))].join('、'),
    lines: lines.map((l) => ({
      productModel: l.productModel,
      partNumber: l.partNumber,
      lotNumber: l.lotNumber,
      quantityApproved: num(l.quantityApproved),
      quantityReceived: num(l.quantityReceived),
      quantityDefective: num(l.quantityDefective),
      result: l.inspectionResult ? (RESULT[l.inspectionResult] ?? l.inspectionResult) : '',
      notes: l.defectNotes,
      disposition: disp.filter((d) => d.lineId === l.id).map((d) => `${DISPOSITION[d.kind] ?? d.kind} ${d.quantity}`).join('、'),
    })),
    conclusion: r.lifecycle?.analysisSummary ?? '',
  };
}

/** `form`: the office's survey form (settings.surveyForm); the built-in one without it. */
export function surveyFormFromCase(c: ComplaintCase, survey: SurveyRecord | null, form?: SurveyFormSettings): SurveyFormData {
  const data: SurveyFormData = {
    caseNumber: c.caseNumber,
    customerName: c.customerName,
    contactPerson: c.contactPerson,
    surveyedAt: survey ? printDate(survey.surveyedAt) : '',
    answers: survey && survey.answers.length === SURVEY_ITEM_COUNT ? survey.answers.map((a) => SURVEY_ANSWERS.indexOf(a) as 0 | 1 | 2 | 3) : null,
    remarks: survey?.remarks ?? '',
    surveyor: survey?.by ?? '',
  };
  if (form) data.form = form;
  if (data.answers && survey) data.satisfied = survey.satisfied;
  return data;
}

/** The step of each deadline as the 催办单 names it. */
export const DEADLINE_STEP: Record<DeadlineKind, string> = {
  callback: '回电客户 Callback',
  containment: '紧急围堵措施 Containment',
  first_reply: '首次答复客户 First reply',
  written_reply: '书面答复客户 Written reply',
  department_answer: '部门回复（原因分析） Department answer',
  responsibility: '责任判定 Responsibility decision',
  closure: '结案 Closure',
  follow_up: '回访客户 Follow-up visit',
  eightd_containment: '8D 围堵措施回复 8D containment reply',
  eightd_root_cause: '8D 根本原因 8D root cause',
  eightd_corrective: '8D 纠正措施 8D corrective action',
  eightd_closure: '8D 结案 8D closure',
};

/**
 * Who owns a step when no department is named on the deadline: customer
 * contact is the customer service's (seed 000: 客服部 handles complaints),
 * containment and closure are the quality department's; the department
 * answer belongs to the responsible departments (responsibility shares).
 */
const STEP_OWNER: Record<DeadlineKind, string> = {
  callback: '客服部',
  containment: 'quality',
  first_reply: '客服部',
  written_reply: '客服部',
  department_answer: 'quality',
  // Seed 000 §五(一): the salesman confirms the cause at the customer; responsibility left open too long is sales' (§四.6).
  responsibility: 'sales',
  closure: 'quality',
  follow_up: '客服部',
  eightd_containment: 'quality',
  eightd_root_cause: 'quality',
  eightd_corrective: 'quality',
  eightd_closure: 'quality',
};

/** What a 催办单 is printed from: the case file (repositories.lifecycle.getCaseFile) — the case, its deadlines and records. */
export interface ReminderSource {
  case: ComplaintCase;
  deadlines: readonly Deadline[];
  view?: { lifecycle: Pick<CaseLifecycle, 'round'>; shares: readonly ResponsibilityShare[] } | null;
}

export interface ReminderOptions {
  calendar: WorkingCalendar;
  /** When the reminder is printed (epoch ms). */
  nowMs: number;
  requestedBy: string;
  /** Reply requested by (ISO); default: one working day from now. */
  replyBy?: string | null;
  /** Open deadlines due within this many working minutes are listed as due soon; default: one working day. */
  dueSoonWorkingMinutes?: number;
  note?: string;
}

/** 2 个工作日 3.5 小时 — working days of the calendar's day length, then hours to the half hour (rounded down). */
export function workingDuration(minutes: number, calendar: WorkingCalendar): string {
  const perDay = minutesPerWorkday(calendar);
  const days = Math.floor(minutes / perDay);
  const hours = Math.floor((minutes - days * perDay) / 30) / 2;
  const parts = [days > 0 ? `${days} 个工作日` : '', hours > 0 ? `${hours} 小时` : ''].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : '不足 0.5 工作小时';
}

/**
 * 催办单 (DOMAIN §4) from the case file: every open deadline past due
 * (overdue by how much working time) and every open one due within
 * `dueSoonWorkingMinutes`, each with its responsible department(s) — the
 * departments named on the deadline, else the current round's
 * responsibility shares for a department answer, else the step's owner.
 * Overdue items come first, the longest overdue first.
 */
export function reminderFromCase(file: ReminderSource, o: ReminderOptions): ReminderData {
  const c = file.case;
  const { calendar, nowMs } = o;
  const round = file.view?.lifecycle.round;
  const shareDepartments = [...new Set((file.view?.shares ?? []).filter((s) => !s.deleted && s.round === round).map((s) => s.department))].sort();
  const departmentsOf = (d: Deadline): string => {
    const named = d.departments.length > 0 ? d.departments : d.kind === 'department_answer' ? shareDepartments : [];
    return (named.length > 0 ? named : [STEP_OWNER[d.kind]]).map((k) => DEPARTMENT[k] ?? k).join('、');
  };
  const soonWindow = o.dueSoonWorkingMinutes ?? minutesPerWorkday(calendar);
  const open = file.deadlines.filter((d) => d.doneAt === null && !Number.isNaN(Date.parse(d.dueAt))).sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
  const items: ReminderItem[] = [];
  for (const d of open) {
    const due = Date.parse(d.dueAt);
    const base = { what: DEADLINE_STEP[d.kind], department: departmentsOf(d), dueAt: printDateTime(d.dueAt) };
    if (due < nowMs) items.push({ ...base, status: 'overdue', overdue: workingDuration(workingMinutesBetween(due, nowMs, calendar), calendar) });
    else {
      const left = workingMinutesBetween(nowMs, due, calendar);
      if (left <= soonWindow) items.push({ ...base, status: 'dueSoon', overdue: `剩余 ${workingDuration(left, calendar)}` });
    }
  }
  const offset = calendar.utcOffsetMinutes;
  const replyBy = o.replyBy ? printDateTime(o.replyBy) : printDateTime(toFactoryIso(addWorkingDays(nowMs, 1, calendar), offset));
  return {
    caseNumber: c.caseNumber,
    customerName: c.customerName,
    productModel: c.productModel,
    toDepartment: [...new Set(items.flatMap((it) => it.department.split('、')))].join('、'),
    asOf: printDateTime(toFactoryIso(nowMs, offset)),
    items,
    requestedBy: o.requestedBy,
    replyBy,
    note: o.note ?? '',
  };
}

/**
 * The credit note: from the return lines when they are priced (issue 19.2:
 * unit price × the quantity credited, in the currency of the first total —
 * another currency's total is named in the reason); else from the credit
 * costs (折让) recorded on the case, without unit prices.
 */
export function creditNoteFromCase(c: ComplaintCase, r: CaseRecords = {}): CreditNoteData {
  const lc = r.lifecycle ?? null;
  const common = { caseNumber: c.caseNumber, customerName: c.customerName, orderNumber: c.orderNumber, redInvoiceNumber: lc?.redInvoiceNumber ?? '' };
  const lines = (r.lines ?? []).filter((l) => !l.deleted);
  const money = returnLineMoney(lines);
  const main = money.totals[0];
  if (main) {
    const priced = lines.filter((l) => (l.currency ?? DEFAULT_CURRENCY) === main.currency && lineAmountFen(l) !== null);
    const others = money.totals.slice(1).map((t) => `${t.currency} ${formatYuan(t.amountFen)}`);
    return {
      ...common,
      currency: main.currency,
      lines: priced.map((l) => ({ productModel: l.productModel, quantity: String(creditedQuantity(l)), unitPrice: formatYuan(l.unitPriceFen ?? 0), amount: formatYuan(lineAmountFen(l) ?? 0) })),
      totalFen: main.amountFen,
      reason: [lines.map((l) => l.reason).filter(Boolean).join('\n') || c.defectDescription, others.length > 0 ? `另有其他币种：${others.join('、')}` : ''].filter(Boolean).join('\n'),
    };
  }
  const credits = (r.costs ?? []).filter((k) => !k.deleted && k.kind === 'credit');
  const totalFen = credits.reduce((s, k) => s + k.amountFen, 0);
  return {
    ...common,
    lines: credits.map((k) => ({ productModel: c.productModel, quantity: num(c.quantityDefective), unitPrice: '', amount: formatYuan(k.amountFen) })),
    totalFen,
    reason: credits.map((k) => k.note).filter(Boolean).join('\n') || c.defectDescription,
  };
}

export function supplierChargebackFromClaim(c: ComplaintCase, claim: SupplierClaim, r: CaseRecords = {}): SupplierChargebackData {
  const share = (r.shares ?? []).find((s) => s.id === claim.shareId);
  return {
    caseNumber: c.caseNumber,
    supplierName: claim.supplierName,
    productModel: c.productModel,
    partNumber: c.partNumber,
    lotNumber: c.lotNumber,
    responsibilityPercent: share ? `${share.percent}%` : '',
    amountFen: claim.amountFen,
    reason: claim.note || c.defectDescription,
    costDetails: (r.costs ?? []).filter((k) => !k.deleted).map((k) => ({ item: `${COST[k.kind] ?? k.kind}${k.note ? ` ${k.note}` : ''}`, amount: formatYuan(k.amountFen) })),
  };
}
