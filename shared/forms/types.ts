/**
 * The input of each printed form: one view model per form, plain data that
 * is already decided (texts, numbers, dates as printed). Mapping from the
 * case and its lifecycle records is in map.ts; tests render from fixtures.
 */
import type { EightDExportOptions, EightDReportData } from '../report/types';
import type { Paper } from '../domain/paper';
import type { Currency } from '../domain/lifecycle/currency';
import type { MonthlyReportData, QualityHistoryFormData } from './report-types';
import type { DefectCauseNoticeData, FinishedGoodsReturnData, ReceiptConfirmationData, ResponsibilityAssessmentData } from './return-form-types';
import type { DeliveryNoteData, OutboundLabelData } from './outbound-form-types';
import type { SurveyFormSettings } from '../domain/lifecycle/survey-form';

// The form kinds are domain vocabulary (print settings and print records name them); the forms' API re-exports them.
export { CASE_FORM_KINDS, FORM_KINDS, REPORT_FORM_KINDS, type CaseFormKind, type FormKind, type ReportFormKind } from '../domain/form-kinds';
export type * from './report-types';
export type * from './return-form-types';

/** What the print settings give every form (company, logo, number, revision, copies). */
export interface FormContext {
  companyName: string;
  /** data:image/png|jpeg|svg+xml;base64 URL from settings, or '' for none. */
  logoDataUrl: string;
  /** Form number, e.g. QR-025. */
  formNumber: string;
  /** Revision, e.g. A/0. */
  revision: string;
  /** Copy designations, one sheet set per entry (第一联 品质部存 …); [] or [''] = one copy without a designation. */
  copies: string[];
  /** Printed at (shown small in the footer), e.g. 2026-11-23 17:40. */
  printedAt: string;
  printedBy: string;
  /** Given: the form is reprinted from an archive file (归档副本), which every copy says (layout.ts documentShell). */
  archiveCopy?: ArchiveCopy;
}

/** Where an archived case's form is reprinted from: the archive file's name and the day it was archived (as printed). */
export interface ArchiveCopy {
  fileName: string;
  archivedOn: string;
}

/** Decision path of the case (A no return, B repair, C return) — decides the signatures. */
export type DecisionPath = 'A' | 'B' | 'C' | null;

export interface ComplaintFormData {
  caseNumber: string;
  customerName: string;
  contactPerson: string;
  contact: string;
  receivedAt: string;
  market: string;
  productModel: string;
  partNumber: string;
  orderNumber: string;
  lotNumber: string;
  shipDate: string;
  quantityDelivered: string;
  quantityInspected: string;
  quantityDefective: string;
  defectRate: string;
  foundAt: string;
  occurrence: string;
  customerRequests: string;
  defectDescription: string;
  severity: string;
  category: string;
  analysis: string;
  decisionPath: DecisionPath;
  decisionNote: string;
  rmaNumber: string;
  returnCarrier: string;
  returnTrackingNumber: string;
  responsibility: string;
  actions: string;
  /**
   * Electronic signatures printed in their boxes (issue 16.4): the signer,
   * role and time, '' where nothing was signed electronically (the box is
   * signed by hand). approved: the approval (批准); finance: the costs
   * confirmed (财务部); quality: the disposition accepted (品质部);
   * generalManager: an approval signed by the general manager (总经理).
   */
  signed: { approved: string; finance: string; quality: string; generalManager: string };
}

export interface ReturnLabelData {
  caseNumber: string;
  rmaNumber: string;
  customerName: string;
  productModel: string;
  quantity: string;
  reason: string;
  date: string;
  /** Box n of m, optional ('' = not shown). */
  boxOf: string;
}

export interface InspectionLine {
  productModel: string;
  partNumber: string;
  lotNumber: string;
  quantityApproved: string;
  quantityReceived: string;
  quantityDefective: string;
  result: string;
  notes: string;
  disposition: string;
}

export interface InspectionReportData {
  caseNumber: string;
  rmaNumber: string;
  customerName: string;
  receivedDate: string;
  inspectedDate: string;
  inspector: string;
  lines: InspectionLine[];
  conclusion: string;
}

export interface SurveyFormData {
  caseNumber: string;
  customerName: string;
  contactPerson: string;
  surveyedAt: string;
  /** null = blank form; otherwise one answer index per rated item in SURVEY_ITEMS order (0 very satisfied … 3 dissatisfied). */
  answers: (0 | 1 | 2 | 3)[] | null;
  remarks: string;
  surveyor: string;
  /** The office's wording and threshold (settings.surveyForm); the built-in form without it. */
  form?: SurveyFormSettings;
  /** The verdict recorded with the survey (decided with the threshold of that day); without it the total is judged by `form`'s threshold. */
  satisfied?: boolean;
}

/** One deadline of the case on the 催办单: overdue, or open and due soon. */
export interface ReminderItem {
  /** The step or answer, e.g. 部门回复（原因分析） / Department answer. */
  what: string;
  /** Responsible department(s), 、-joined. */
  department: string;
  /** Due at, factory-local yyyy-mm-dd HH:MM. */
  dueAt: string;
  status: 'overdue' | 'dueSoon';
  /** Overdue by (e.g. 2 个工作日 3.5 小时) or, when due soon, the working time left (剩余 4 小时). */
  overdue: string;
}

export interface ReminderData {
  caseNumber: string;
  customerName: string;
  productModel: string;
  /** Departments the reminder goes to (the responsible departments of the items). */
  toDepartment: string;
  /** When the items were evaluated (factory-local yyyy-mm-dd HH:MM). */
  asOf: string;
  /** Overdue items first (most overdue first), then those due soon. Empty: the form says nothing is overdue. */
  items: ReminderItem[];
  requestedBy: string;
  /** Reply requested by (factory-local yyyy-mm-dd HH:MM). */
  replyBy: string;
  note: string;
}

export interface CreditNoteLine {
  productModel: string;
  quantity: string;
  unitPrice: string;
  amount: string;
}

export interface CreditNoteData {
  caseNumber: string;
  customerName: string;
  orderNumber: string;
  lines: CreditNoteLine[];
  /** Total in fen (integer) of `currency`. */
  totalFen: number;
  reason: string;
  /** Currency of the amounts (return lines' prices); absent = CNY. */
  currency?: Currency;
  /** 红字发票号, '' or absent = not issued yet (a box to fill in). */
  redInvoiceNumber?: string;
}

export interface SupplierChargebackData {
  caseNumber: string;
  supplierName: string;
  productModel: string;
  partNumber: string;
  lotNumber: string;
  responsibilityPercent: string;
  amountFen: number;
  reason: string;
  costDetails: { item: string; amount: string }[];
}

/** The 8D report (issue 6) as a printed form: the same input as the Word export, in one language or bilingual. */
export interface EightDFormData extends Pick<EightDExportOptions, 'language' | 'bilingual'> {
  report: EightDReportData;
}

export interface FormDataByKind {
  complaint: ComplaintFormData;
  returnLabel: ReturnLabelData;
  inspection: InspectionReportData;
  survey: SurveyFormData;
  reminder: ReminderData;
  creditNote: CreditNoteData;
  supplierChargeback: SupplierChargebackData;
  eightD: EightDFormData;
  defectCauseNotice: DefectCauseNoticeData;
  responsibilityAssessment: ResponsibilityAssessmentData;
  finishedGoodsReturn: FinishedGoodsReturnData;
  receiptConfirmation: ReceiptConfirmationData;
  deliveryNote: DeliveryNoteData;
  outboundLabel: OutboundLabelData;
  monthlyReport: MonthlyReportData;
  qualityHistory: QualityHistoryFormData;
}

/** A rendered form: a whole HTML document (css inlined) and the paper it is laid out for. */
export interface RenderedForm {
  html: string;
  css: string;
  paper: Paper;
}
