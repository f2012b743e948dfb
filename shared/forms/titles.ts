/**
 * The Chinese title of each form, the one place it is written: printed in
 * the form's header and its document title, in print records and PDF file
 * names, and the 简体中文 UI's name of the form (renderer/i18n/print.zh-CN.ts;
 * the English UI has its own names in print.en.ts).
 */
import type { FormKind } from './types';

export const FORM_TITLES: Readonly<Record<FormKind, string>> = {
  complaint: '客户投诉处理单',
  returnLabel: '退货标签',
  inspection: '退货产品检验报告',
  survey: '客户满意度调查表',
  reminder: '催办单',
  creditNote: '销货折让证明单',
  supplierChargeback: '供应商扣款单',
  eightD: '8D 报告',
  defectCauseNotice: '不良原因通知书',
  responsibilityAssessment: '客户退货责任鉴定报告',
  finishedGoodsReturn: '成品退货单',
  receiptConfirmation: '收货数量确认单',
  deliveryNote: '送货单',
  outboundLabel: '发货标签',
  monthlyReport: '客户投诉案件统计表',
  qualityHistory: '品质履历表',
};
