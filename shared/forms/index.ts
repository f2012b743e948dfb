/**
 * Printed forms (DOMAIN §7, DESIGN "Printing and documents"): pure
 * functions view model → {html, css, paper}. Every user string is escaped
 * (escape.ts); the HTML is a complete document that the print service turns
 * into PDF or sends to a printer.
 */
import type { Paper } from '../domain/paper';
import { renderComplaintForm } from './templates/complaint';
import { renderCreditNote } from './templates/creditNote';
import { renderDefectCauseNotice } from './templates/defectCauseNotice';
import { renderEightDReport } from './templates/eightD';
import { renderFinishedGoodsReturn } from './templates/finishedGoodsReturn';
import { renderInspectionReport } from './templates/inspection';
import { renderMonthlyReport } from './templates/monthlyReport';
import { renderQualityHistory } from './templates/qualityHistory';
import { renderReceiptConfirmation } from './templates/receiptConfirmation';
import { renderDeliveryNote } from './templates/deliveryNote';
import { renderOutboundLabel } from './templates/outboundLabel';
import { renderReminder } from './templates/reminder';
import { renderResponsibilityAssessment } from './templates/responsibilityAssessment';
import { renderReturnLabel } from './templates/returnLabel';
import { renderSupplierChargeback } from './templates/supplierChargeback';
import { renderSurveyForm } from './templates/survey';
import type { FormContext, FormDataByKind, FormKind, RenderedForm } from './types';

export * from './types';
export { FORM_TITLES } from './titles';
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
  defectCauseNotice: renderDefectCauseNotice,
  responsibilityAssessment: renderResponsibilityAssessment,
  finishedGoodsReturn: renderFinishedGoodsReturn,
  receiptConfirmation: renderReceiptConfirmation,
  deliveryNote: renderDeliveryNote,
  outboundLabel: renderOutboundLabel,
  monthlyReport: renderMonthlyReport,
  qualityHistory: renderQualityHistory,
};

export function renderForm<K extends FormKind>(kind: K, data: FormDataByKind[K], ctx: FormContext, paper: Paper): RenderedForm {
  return RENDERERS[kind](data, ctx, paper);
}
