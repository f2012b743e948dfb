/**
 * Printed forms (DOMAIN §7, DESIGN "Printing and documents"): pure
 * functions view model → {html, css, paper}. Every user string is escaped
 * (escape.ts); the HTML is a complete document that the print service turns
 * into PDF or sends to a printer.
 */
import type { Paper } from '../domain/paper';
import { renderComplaintForm } from './templates/complaint';
import { renderCreditNote } from './templates/creditNote';
import { renderEightDReport } from './templates/eightD';
import { renderInspectionReport } from './templates/inspection';
import { renderReminder } from './templates/reminder';
import { renderReturnLabel } from './templates/returnLabel';
import { renderSupplierChargeback } from './templates/supplierChargeback';
import { renderSurveyForm } from './templates/survey';
import type { FormContext, FormDataByKind, FormKind, RenderedForm } from './types';

export * from './types';
export { escapeHtml, html, SafeHtml } from './escape';
export { A4_LANDSCAPE, A4_PORTRAIT, LABEL_100x150, PAPER_KINDS, ORIENTATIONS, paperSize, type Paper, type PaperKind, type Orientation } from '../domain/paper';
export { decodeCasePayload, encodeCasePayload, hasCasePayloadPrefix } from './barcode';

type Renderers = { [K in FormKind]: (d: FormDataByKind[K], ctx: FormContext, paper: Paper) => RenderedForm };

const RENDERERS: Renderers = {
  complaint: renderComplaintForm,
  returnLabel: renderReturnLabel,
  inspection: renderInspectionReport,
  survey: renderSurveyForm,
  reminder: renderReminder,
  creditNote: renderCreditNote,
  supplierChargeback: renderSupplierChargeback,
  eightD: renderEightDReport,
};

export function renderForm<K extends FormKind>(kind: K, data: FormDataByKind[K], ctx: FormContext, paper: Paper): RenderedForm {
  return RENDERERS[kind](data, ctx, paper);
}

/** Chinese title of each form (dialog lists, print records, file names). */
export const FORM_TITLES: Record<FormKind, string> = {
  complaint: '客户投诉处理单',
  returnLabel: '退货标签',
  inspection: '退货产品检验报告',
  survey: '客户满意度调查表',
  reminder: '催办单',
  creditNote: '销货折让证明单',
  supplierChargeback: '供应商扣款单',
  eightD: '8D 报告',
};
