/** 供应商扣款单 Supplier Chargeback: the supplier's share of a case's costs (DOMAIN §3.9). */
import { html } from '../escape';
import { dataTable, documentShell, fieldGrid, headerBlock, label, longTextTable, signBoxes } from '../layout';
import { chineseAmount, formatYuan } from '../money';
import type { Paper } from '../../domain/paper';
import type { FormContext, RenderedForm, SupplierChargebackData } from '../types';
import { FORM_TITLES } from '../titles';

export function renderSupplierChargeback(d: SupplierChargebackData, ctx: FormContext, paper: Paper): RenderedForm {
  return documentShell(ctx, paper, `${FORM_TITLES.supplierChargeback} ${d.caseNumber}`, '', () => html`
${headerBlock(ctx, FORM_TITLES.supplierChargeback, 'Supplier Chargeback', d.caseNumber)}
${fieldGrid([
  [label('投诉编号', 'Case No.'), d.caseNumber],
  [label('供应商', 'Supplier'), d.supplierName],
  [label('产品型号', 'Model'), d.productModel],
  [label('料号', 'Part No.'), d.partNumber],
  [label('批次号', 'Lot'), d.lotNumber],
  [label('责任比例', 'Share'), d.responsibilityPercent],
])}
${dataTable([label('序号', 'No.'), label('费用项目', 'Cost item'), label('金额', 'Amount')], [8, 67, 25], d.costDetails.map((c, i) => [String(i + 1), c.item, c.amount]), [0, 2])}
${fieldGrid([
  [label('扣款金额', 'Chargeback'), `¥ ${formatYuan(d.amountFen)}`],
  [label('大写', 'In words'), chineseAmount(d.amountFen)],
])}
${longTextTable('扣款原因', 'Reason', d.reason)}
${signBoxes([['采购部', 'Purchasing'], ['品质部', 'QA'], ['财务部', 'Finance'], ['批准', 'Approved by'], ['供应商确认', 'Supplier']])}
`);
}
