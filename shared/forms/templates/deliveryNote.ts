/**
 * 送货单 Delivery Note (issue 19.1; seed 000 §3.2.3, 004 发货单): goods going
 * back to the customer — repaired goods or replacements — one note per
 * shipping day, carrier and note number, each in every copy, with the
 * customer's receipt signature (客户签收).
 */
import { html } from '../escape';
import { dataTable, documentShell, fieldGrid, headerBlock, label, signBoxes } from '../layout';
import type { Paper } from '../../domain/paper';
import type { DeliveryNote, DeliveryNoteData } from '../outbound-form-types';
import type { FormContext, RenderedForm } from '../types';
import { FORM_TITLES } from '../titles';

const BLANK: DeliveryNote = { number: '', shippedOn: '', carrier: '', trackingNumbers: '', advance: false, lines: [] };

export function renderDeliveryNote(d: DeliveryNoteData, ctx: FormContext, paper: Paper): RenderedForm {
  const notes = d.notes.length > 0 ? d.notes : [BLANK];
  const designations = ctx.copies.length > 0 ? ctx.copies : [''];
  // Each note in each copy: the shell renders its body once per designation, in this order.
  const sheets = notes.flatMap((note) => designations.map((designation) => ({ note, designation })));
  let next = 0;
  return documentShell({ ...ctx, copies: sheets.map((s) => s.designation) }, paper, `${FORM_TITLES.deliveryNote} ${d.caseNumber}`, '', () => {
    const { note } = sheets[next++ % sheets.length]!;
    const rows = note.lines.map((l, i) => [String(i + 1), l.productModel, l.partNumber, l.lotNumber, l.kind, l.quantity, l.repairOrders, l.note]);
    return html`
${headerBlock(ctx, FORM_TITLES.deliveryNote, 'Delivery Note', note.number || d.caseNumber)}
${fieldGrid([
  [label('送货单号', 'Note No.'), note.number],
  [label('发货日期', 'Shipped on'), note.shippedOn],
  [label('客户名称', 'Customer'), d.customerName],
  [label('联系人', 'Contact'), [d.contactPerson, d.contact].filter(Boolean).join(' ')],
  [label('投诉编号', 'Case No.'), d.caseNumber],
  [label('RMA 编号', 'RMA No.'), d.rmaNumber],
  [label('订单编号', 'Order No.'), d.orderNumber],
  [label('承运 / 运单号', 'Carrier / Tracking'), [note.carrier, note.trackingNumbers].filter(Boolean).join(' ')],
])}
${note.advance ? html`<table class="grid"><tbody><tr><td>先换后退：换货先于退货发出，退回品到厂后按退货单办理入库。 <span class="en">Advance exchange: sent before the return arrived.</span></td></tr></tbody></table>` : ''}
${dataTable(
  [label('序号', 'No.'), label('型号', 'Model'), label('料号', 'Part No.'), label('批次', 'Lot'), label('类别', 'Kind'), label('数量', 'Qty'), label('返修单号', 'Repair order'), label('备注', 'Remarks')],
  [6, 15, 13, 12, 12, 8, 16, 18],
  rows.length > 0 ? rows : [['1', '', '', '', '', '', '', '']],
  [0, 5],
)}
<table class="grid sign"><colgroup><col style="width:70%"><col style="width:30%"></colgroup><thead><tr><th>${label('客户签收（签名 / 盖章），货物数量、外观无误', 'Received in good order (signature / stamp)')}</th><th>${label('日期', 'Date')}</th></tr></thead><tbody><tr><td style="height:24mm"></td><td></td></tr></tbody></table>
${signBoxes([['仓储科', 'Warehouse'], ['品质部', 'QA'], ['客服部', 'Customer Service']])}
`;
  });
}
