/**
 * 收货数量确认单 Received Quantity Confirmation (issue 19.3, seed 003 §十三):
 * per return line the approved and the received quantity, the difference and
 * the range the customer's 超量允收比率 allows, and the customer's signature
 * and stamp confirming the count.
 */
import { html } from '../escape';
import { dataTable, documentShell, fieldGrid, headerBlock, label, signBoxes } from '../layout';
import type { Paper } from '../../domain/paper';
import type { FormContext, ReceiptConfirmationData, RenderedForm } from '../types';
import { FORM_TITLES } from '../titles';

export function renderReceiptConfirmation(d: ReceiptConfirmationData, ctx: FormContext, paper: Paper): RenderedForm {
  const lines = d.lines.map((l, i) => [String(i + 1), l.productModel, l.partNumber, l.lotNumber, l.quantityApproved, l.quantityReceived, l.difference, l.allowedRange, l.verdict]);
  return documentShell(ctx, paper, `${FORM_TITLES.receiptConfirmation} ${d.caseNumber}`, '', () => html`
${headerBlock(ctx, FORM_TITLES.receiptConfirmation, 'Received Quantity Confirmation', d.caseNumber)}
${fieldGrid([
  [label('投诉编号', 'Case No.'), d.caseNumber],
  [label('RMA 编号', 'RMA No.'), d.rmaNumber],
  [label('客户名称', 'Customer'), d.customerName],
  [label('联系人', 'Contact'), d.contactPerson],
  [label('订单编号', 'Order No.'), d.orderNumber],
  [label('收货日期', 'Received on'), d.receivedDate],
  [label('收货人', 'Received by'), d.receivedBy],
  [label('超量允收比率', 'Tolerance'), d.tolerance],
])}
${dataTable(
  [label('序号', 'No.'), label('型号', 'Model'), label('料号', 'Part No.'), label('批次', 'Lot'), label('核定数', 'Approved'), label('实收数', 'Received'), label('差异', 'Difference'), label('允收范围', 'Allowed'), label('判定', 'Verdict')],
  [6, 13, 11, 10, 9, 9, 13, 12, 17],
  lines.length > 0 ? lines : [['1', '', '', '', '', '', '', '', '']],
  [0, 4, 5, 6],
)}
<table class="grid"><tbody><tr><td>兹确认贵司退回我司之产品，我司实收数量如上表所列，数量无误；差异在允收范围内者按实收数量办理，超出者另行协商。 <span class="en">The customer confirms the quantities received above; a difference within the tolerance is settled at the received quantity, any other is agreed separately.</span></td></tr></tbody></table>
<table class="grid"><colgroup><col style="width:16%"><col style="width:84%"></colgroup><tbody><tr><th>${label('客户意见', 'Customer remarks')}</th><td style="height:18mm"></td></tr></tbody></table>
<table class="grid sign"><colgroup><col style="width:70%"><col style="width:30%"></colgroup><thead><tr><th>${label('客户确认（签名 / 盖章）', 'Customer signature and stamp')}</th><th>${label('日期', 'Date')}</th></tr></thead><tbody><tr><td style="height:28mm"></td><td></td></tr></tbody></table>
${signBoxes([['仓储科', 'Warehouse'], ['客服部', 'Customer Service'], ['品质部', 'QA']])}
`);
}
