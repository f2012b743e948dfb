/**
 * 发货标签 Outbound label for a box going back to the customer (label stock
 * 100×150 mm), one per shipment: SHIP, the case and RMA numbers, customer,
 * model, repaired or replacement, quantity, 送货单 number, carrier and
 * tracking, date, and the case's Code 128 + QR (a scan opens the case).
 */
import { code128Svg, encodeCasePayload, qrSvg } from '../barcode';
import { html } from '../escape';
import { documentShell } from '../layout';
import type { Paper } from '../../domain/paper';
import type { OutboundLabel, OutboundLabelData } from '../outbound-form-types';
import type { FormContext, RenderedForm } from '../types';
import { FORM_TITLES } from '../titles';
import { LABEL_CSS } from './returnLabel';

export function renderOutboundLabel(d: OutboundLabelData, ctx: FormContext, paper: Paper): RenderedForm {
  const labels: OutboundLabel[] = d.labels;
  let next = 0;
  const count = Math.max(1, labels.length);
  return documentShell({ ...ctx, copies: Array<string>(count).fill('') }, paper, `${FORM_TITLES.outboundLabel} ${labels[0]?.caseNumber ?? ''}`, LABEL_CSS, () => {
    const l = labels[next++ % count];
    const payload = l ? encodeCasePayload(l.caseNumber) : '';
    return html`
<div class="label">
  <div class="top"><span class="title">发货 SHIP</span><span class="company">${ctx.companyName}</span></div>
  <div><div style="font-size:8pt">投诉编号 Case No.</div><div class="big">${l?.caseNumber ?? ''}</div></div>
  <div><div style="font-size:8pt">送货单号 Note No.</div><div class="big">${l?.deliveryNoteNumber || '—'}</div></div>
  <dl>
    <dt>客户</dt><dd>${l?.customerName ?? ''}</dd>
    <dt>RMA</dt><dd>${l?.rmaNumber || '—'}</dd>
    <dt>型号</dt><dd>${l?.productModel ?? ''}</dd>
    <dt>类别</dt><dd>${l?.kind ?? ''}</dd>
    <dt>数量 Qty</dt><dd>${l?.quantity ?? ''}</dd>
    <dt>承运</dt><dd>${[l?.carrier, l?.trackingNumber].filter(Boolean).join(' ')}</dd>
    <dt>日期 Date</dt><dd>${l?.date ?? ''}</dd>
  </dl>
  ${payload ? html`<div class="codes"><div class="c128">${code128Svg(payload)}<div class="payload">${payload}</div></div><div class="qr">${qrSvg(payload)}</div></div>` : ''}
</div>`;
  });
}
