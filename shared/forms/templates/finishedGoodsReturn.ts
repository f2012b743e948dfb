/**
 * 成品退货单 Finished-Goods Return Slip (seed 003 §十三, seed 000 §4.3): the
 * returned lines with approved and received quantities, the RMA, customer,
 * reason, disposition and basis of the return, the warehouse's receipt and
 * the sign-offs; printed in four copies (第一联 业务部存根 … print-settings.ts).
 * Unit price and amount are left for finance to fill in.
 */
import { html } from '../escape';
import { dataTable, documentShell, fieldGrid, headerBlock, label, longTextTable, signBoxes } from '../layout';
import type { Paper } from '../../domain/paper';
import type { FinishedGoodsReturnData, FormContext, RenderedForm } from '../types';
import { FORM_TITLES } from '../titles';

export function renderFinishedGoodsReturn(d: FinishedGoodsReturnData, ctx: FormContext, paper: Paper): RenderedForm {
  const lines = d.lines.map((l, i) => [String(i + 1), l.productModel, l.partNumber, l.lotNumber, l.quantityApproved, l.quantityReceived, '', '', l.storageLocation, l.disposition]);
  const rows = [...(lines.length > 0 ? lines : [['1', '', '', '', '', '', '', '', '', '']]), ['', '合计 Total', '', '', d.totalApproved, d.totalReceived, '', '', '', '']];
  return documentShell(ctx, paper, `${FORM_TITLES.finishedGoodsReturn} ${d.caseNumber}`, '', () => html`
${headerBlock(ctx, FORM_TITLES.finishedGoodsReturn, 'Finished-Goods Return Slip', d.caseNumber)}
${fieldGrid([
  [label('投诉编号', 'Case No.'), d.caseNumber],
  [label('RMA 编号', 'RMA No.'), d.rmaNumber],
  [label('客户名称', 'Customer'), d.customerName],
  [label('订单编号', 'Order No.'), d.orderNumber],
  [label('物流公司', 'Carrier'), d.carrier],
  [label('物流单号', 'Tracking No.'), d.trackingNumber],
])}
${dataTable(
  [label('序号', 'No.'), label('型号', 'Model'), label('料号', 'Part No.'), label('批次', 'Lot'), label('核定量', 'Approved'), label('实退量', 'Received'), label('单价', 'Unit price'), label('金额', 'Amount'), label('库位', 'Location'), label('处理方式', 'Disposition')],
  [6, 13, 11, 10, 8, 8, 9, 10, 10, 15],
  rows,
  [0, 4, 5, 6, 7],
)}
${longTextTable('退货原因', 'Reason', d.reason)}
${longTextTable('退回依据', 'Basis', d.basis)}
${fieldGrid([
  [label('仓库收货日期', 'Received on'), d.receivedDate],
  [label('仓库收货人', 'Received by'), d.receivedBy],
])}
${signBoxes([['开单 (业务/客服)', 'Issued by'], ['经(副)理核实', 'Manager'], ['成品仓储签收', 'Warehouse'], ['品质部', 'QA'], ['会计科', 'Accounting']])}
`);
}
