/**
 * The printed forms and labels the desk knows (their templates are in
 * shared/forms/templates): the forms of one case (then four of the
 * procedures' return paperwork, issue 19.9 / 19.3, and the outbound leg's
 * 送货单 and box label, issue 19.1), and the office's reports
 * (the monthly complaint statistics report and the 品质履历表, issue 17),
 * which print from the 统计 page, not from a case.
 */
export const CASE_FORM_KINDS = ['complaint', 'returnLabel', 'inspection', 'survey', 'reminder', 'creditNote', 'supplierChargeback', 'eightD', 'defectCauseNotice', 'responsibilityAssessment', 'finishedGoodsReturn', 'receiptConfirmation', 'deliveryNote', 'outboundLabel'] as const;
export const REPORT_FORM_KINDS = ['monthlyReport', 'qualityHistory'] as const;
export const FORM_KINDS = [...CASE_FORM_KINDS, ...REPORT_FORM_KINDS] as const;
export type FormKind = (typeof FORM_KINDS)[number];
export type CaseFormKind = (typeof CASE_FORM_KINDS)[number];
export type ReportFormKind = (typeof REPORT_FORM_KINDS)[number];
