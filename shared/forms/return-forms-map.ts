/**
 * View models of the procedures' return paperwork (issue 19.9 / 19.3) from
 * the case and its lifecycle records of the current round: 不良原因通知书,
 * 客户退货责任鉴定报告, 成品退货单, 收货数量确认单. Only what the records
 * hold is printed; the rest stays blank for the pen.
 */
import type { ComplaintCase } from '../domain/case';
import type { Deadline } from '../domain/lifecycle/deadlines-types';
import { checkReceivingTolerance } from '../domain/lifecycle/returns';
import type { ApproverRole } from '../domain/lifecycle/authority';
import { signedOnBehalfText } from '../domain/clerks/delegation';
import type { ReturnLine } from '../domain/lifecycle/records';
import type { ReceivingTolerance } from '../domain/master-data/customer-rules';
import { defectRate, DEPARTMENT, DISPOSITION, FOUND, num, printDate, printDateTime, RESULT, SEVERITY, type CaseRecords } from './map';
import type { DefectCauseNoticeData, FinishedGoodsReturnData, ReceiptConfirmationData, ReceiptLine, ResponsibilityAssessmentData, ResponsibleDepartment, ReturnFormLine } from './return-form-types';

const APPROVER: Record<ApproverRole, string> = { department_manager: '部门经理', deputy_gm: '副总经理', gm: '总经理' };
const PATH: Record<string, string> = { A: 'A 无需退货', B: 'B 返厂维修', C: 'C 退货' };

/** The live records of the case's current round (all rounds when the lifecycle is not given). */
function current<T extends { round: number; deleted?: boolean }>(r: CaseRecords, list: readonly T[] = []): T[] {
  const round = r.lifecycle?.round;
  return list.filter((x) => x.deleted !== true && (round === undefined || x.round === round));
}

const unique = (values: readonly string[]): string => [...new Set(values.filter(Boolean))].join('、');

/** 60 + 40 → 100%, to one decimal (shares may have one). */
const percentText = (p: number): string => `${Math.round(p * 10) / 10}%`;

function departmentsOf(r: CaseRecords): ResponsibleDepartment[] {
  return current(r, r.shares).map((s) => ({ department: DEPARTMENT[s.department] ?? s.department, percent: percentText(s.percent), supplierName: s.supplierName, note: s.note }));
}

function linesOf(r: CaseRecords): ReturnLine[] {
  return current(r, r.lines);
}

function formLine(l: ReturnLine, r: CaseRecords): ReturnFormLine {
  return {
    productModel: l.productModel,
    partNumber: l.partNumber,
    lotNumber: l.lotNumber,
    quantityApproved: num(l.quantityApproved),
    quantityReceived: num(l.quantityReceived),
    quantityDefective: num(l.quantityDefective),
    result: l.inspectionResult ? (RESULT[l.inspectionResult] ?? l.inspectionResult) : '',
    notes: [l.reason, l.defectNotes].filter(Boolean).join('；'),
    disposition: current(r, r.dispositions)
      .filter((d) => d.lineId === l.id)
      .map((d) => `${DISPOSITION[d.kind] ?? d.kind} ${d.quantity}`)
      .join('、'),
    storageLocation: l.storageLocation,
  };
}

/** The earliest of the lines' dates (yyyy-mm-dd), '' when none. */
function firstDate(values: readonly (string | null)[]): string {
  const dates = values.filter((v): v is string => typeof v === 'string' && v !== '').map((v) => printDate(v)).filter(Boolean).sort();
  return dates[0] ?? '';
}

/** The sum of a line quantity, '' when no line has it. */
function total(lines: readonly ReturnLine[], pick: (l: ReturnLine) => number | null): string {
  const known = lines.map(pick).filter((q): q is number => q !== null);
  return known.length > 0 ? String(known.reduce((s, q) => s + q, 0)) : '';
}

export interface DefectCauseNoticeOptions {
  /** The case's deadlines: the department-answer deadline is the reply date. */
  deadlines: readonly Deadline[];
  issuedBy: string;
  /** When the notice is issued (ISO). */
  issuedAt: string;
}

export function defectCauseNoticeFromCase(c: ComplaintCase, r: CaseRecords, o: DefectCauseNoticeOptions): DefectCauseNoticeData {
  const lc = r.lifecycle ?? null;
  const departments = departmentsOf(r);
  const answers = o.deadlines.filter((d) => d.kind === 'department_answer').sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : 0));
  const answer = answers.find((d) => d.doneAt === null) ?? answers.at(-1);
  return {
    caseNumber: c.caseNumber,
    customerName: c.customerName,
    productModel: c.productModel,
    partNumber: c.partNumber,
    orderNumber: c.orderNumber,
    lotNumber: c.lotNumber,
    receivedAt: printDateTime(c.receivedAt),
    foundAt: FOUND[c.foundAt] ?? c.foundAt,
    quantityDelivered: num(c.quantityDelivered),
    quantityInspected: num(c.quantityInspected),
    quantityDefective: num(c.quantityDefective),
    defectRate: defectRate(c),
    severity: lc?.severity ? (SEVERITY[lc.severity] ?? lc.severity) : '',
    defectDescription: c.defectDescription,
    analysis: lc?.analysisSummary ?? '',
    toDepartment: unique(departments.map((d) => d.department)),
    departments,
    replyBy: answer ? printDateTime(answer.dueAt) : '',
    issuedBy: o.issuedBy,
    issuedAt: printDate(o.issuedAt),
  };
}

export function responsibilityAssessmentFromCase(c: ComplaintCase, r: CaseRecords): ResponsibilityAssessmentData {
  const lines = linesOf(r);
  const shares = current(r, r.shares);
  return {
    caseNumber: c.caseNumber,
    rmaNumber: r.lifecycle?.rmaNumber ?? '',
    customerName: c.customerName,
    productModel: unique(lines.length > 0 ? lines.map((l) => l.productModel) : [c.productModel]),
    orderNumber: c.orderNumber,
    lotNumber: unique(lines.length > 0 ? lines.map((l) => l.lotNumber) : [c.lotNumber]),
    receivedDate: firstDate(lines.map((l) => l.receivedAt)),
    inspectedDate: firstDate(lines.map((l) => l.inspectedAt)),
    inspector: unique(lines.map((l) => l.inspectedBy)),
    lines: lines.map((l) => formLine(l, r)),
    departments: departmentsOf(r),
    totalPercent: shares.length > 0 ? percentText(shares.reduce((s, x) => s + x.percent, 0)) : '',
    reasoning: r.lifecycle?.analysisSummary ?? '',
  };
}

/** 退回依据: the complaint form, its decision and the latest approval of the round. */
function returnBasis(c: ComplaintCase, r: CaseRecords): string {
  const lc = r.lifecycle ?? null;
  const approval = current(r, r.approvals)
    .filter((a) => a.outcome === 'approved')
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
    .at(-1);
  return [
    `客户投诉处理单 ${c.caseNumber}`,
    lc?.decision ? `初步判定 ${PATH[lc.decision] ?? lc.decision}` : '',
    approval ? `${signedOnBehalfText(approval.approverName, approval.onBehalfOfName)}（${APPROVER[approval.approverRole] ?? approval.approverRole}）${printDate(approval.at)} 核准` : '',
  ]
    .filter(Boolean)
    .join('；');
}

export function finishedGoodsReturnFromCase(c: ComplaintCase, r: CaseRecords): FinishedGoodsReturnData {
  const lines = linesOf(r);
  return {
    caseNumber: c.caseNumber,
    rmaNumber: r.lifecycle?.rmaNumber ?? '',
    customerName: c.customerName,
    orderNumber: c.orderNumber,
    carrier: r.lifecycle?.returnCarrier ?? '',
    trackingNumber: r.lifecycle?.returnTrackingNumber ?? '',
    receivedDate: firstDate(lines.map((l) => l.receivedAt)),
    receivedBy: unique(lines.map((l) => l.receivedBy)),
    lines: lines.map((l) => formLine(l, r)),
    totalApproved: total(lines, (l) => l.quantityApproved),
    totalReceived: total(lines, (l) => l.quantityReceived),
    reason: unique(lines.map((l) => l.reason)) || c.defectDescription,
    basis: returnBasis(c, r),
  };
}

/** ±5%（本公司规定） or 超收 +3% / 短收 -2%（客户约定） — seed 003: the customer's own ratio, else the company's rule. */
export function toleranceText(t: ReceivingTolerance): string {
  const limits = t.overPercent === t.underPercent ? `±${t.overPercent}%` : `超收 +${t.overPercent}% / 短收 -${t.underPercent}%`;
  return `${limits}（${t.source === 'customer' ? '客户约定' : '本公司规定'}）`;
}

const VERDICT = { ok: '允收范围内', over: '超收，超出允收', under: '短收，超出允收' } as const;

/** The largest count `percent` of `approved` allows (checkReceivingTolerance's rule, the same slack at the limit). */
const allowance = (approved: number, percent: number): number => Math.floor((percent * approved * (1 + 1e-12)) / 100);

function receiptLine(l: ReturnLine, tolerance: ReceivingTolerance): ReceiptLine {
  const approved = l.quantityApproved;
  const check = l.quantityReceived === null ? null : checkReceivingTolerance(approved, l.quantityReceived, tolerance);
  const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
  return {
    productModel: l.productModel,
    partNumber: l.partNumber,
    lotNumber: l.lotNumber,
    quantityApproved: num(approved),
    quantityReceived: num(l.quantityReceived),
    difference: check ? `${signed(check.difference)} (${signed(check.differencePercent)}%)` : '',
    allowedRange: `${approved - allowance(approved, tolerance.underPercent)} – ${approved + allowance(approved, tolerance.overPercent)}`,
    verdict: check ? VERDICT[check.status] : '',
  };
}

/** `tolerance`: the case's (its customer's own, else the office's: master-data/customer-rules.ts receivingToleranceOf). */
export function receiptConfirmationFromCase(c: ComplaintCase, r: CaseRecords, tolerance: ReceivingTolerance): ReceiptConfirmationData {
  const lines = linesOf(r);
  return {
    caseNumber: c.caseNumber,
    rmaNumber: r.lifecycle?.rmaNumber ?? '',
    customerName: c.customerName,
    contactPerson: c.contactPerson,
    orderNumber: c.orderNumber,
    receivedDate: firstDate(lines.map((l) => l.receivedAt)),
    receivedBy: unique(lines.map((l) => l.receivedBy)),
    tolerance: toleranceText(tolerance),
    lines: lines.map((l) => receiptLine(l, tolerance)),
  };
}
