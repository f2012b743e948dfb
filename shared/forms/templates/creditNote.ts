/** 销货折让证明单 Sales Allowance (Credit Note) Request: the credit granted to the customer per returned line (quantity × unit price), in figures and in 大写, with the red invoice number. */
import { html } from '../escape';
import { dataTable, documentShell, fieldGrid, headerBlock, label, longTextTable, signBoxes } from '../layout';
import { chineseAmount, formatYuan } from '../money';
import type { Paper } from '../../domain/paper';
import type { CreditNoteData, FormContext, RenderedForm } from '../types';
import { FORM_TITLES } from '../titles';
import type { Currency } from '../../domain/lifecycle/currency';

const CURRENCY_NAMES: Readonly<Record<Currency, string>> = { CNY: '人民币 CNY', USD: '美元 USD', EUR: '欧元 EUR', JPY: '日元 JPY', HKD: '港币 HKD' };
const CURRENCY_SIGNS: Readonly<Record<Currency, string>> = { CNY: '¥', USD: 'US$', EUR: '€', JPY: 'JP¥', HKD: 'HK$' };

export function renderCreditNote(d: CreditNoteData, ctx: FormContext, paper: Paper): RenderedForm {
  return documentShell(ctx, paper, `${FORM_TITLES.creditNote} ${d.caseNumber}`, '', () => html`
${headerBlock(ctx, FORM_TITLES.creditNote, 'Sales Allowance (Credit Note) Request', d.caseNumber)}
${fieldGrid([
  [label('投诉编号', 'Case No.'), d.caseNumber],
  [label('订单编号', 'Order No.'), d.orderNumber],
  [label('客户名称', 'Customer'), d.customerName],
  [label('币种', 'Currency'), CURRENCY_NAMES[d.currency ?? 'CNY']],
  [label('红字发票号', 'Red invoice No.'), d.redInvoiceNumber ?? ''],
])}
${dataTable([label('序号', 'No.'), label('产品型号', 'Model'), label('数量', 'Qty'), label('单价', 'Unit price'), label('折让金额', 'Allowance')], [8, 44, 14, 16, 18], d.lines.map((l, i) => [String(i + 1), l.productModel, l.quantity, l.unitPrice, l.amount]), [0, 2, 3, 4])}
${fieldGrid([
  [label('折让合计', 'Total'), `${CURRENCY_SIGNS[d.currency ?? 'CNY']} ${formatYuan(d.totalFen)}`],
  // 大写 is the Chinese way of writing RMB amounts.
  [label('大写', 'In words'), (d.currency ?? 'CNY') === 'CNY' ? chineseAmount(d.totalFen) : ''],
])}
${longTextTable('折让原因', 'Reason', d.reason)}
${signBoxes([['客服部', 'Customer Service'], ['品质部', 'QA'], ['财务部', 'Finance'], ['总经理', 'General Manager'], ['客户确认', 'Customer']])}
`);
}
