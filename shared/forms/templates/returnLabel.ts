/** 退货标签 Return label for the box (label stock 100×150 mm / 4×6 in): numbers, customer, model, quantity, reason, date, Code 128 + QR. */
import { code128Svg, encodeCasePayload, qrSvg } from '../barcode';
import { html } from '../escape';
import { documentShell } from '../layout';
import type { Paper } from '../../domain/paper';
import type { FormContext, RenderedForm, ReturnLabelData } from '../types';

export const LABEL_CSS = `
body { font-family: "Microsoft YaHei", "微软雅黑", "Noto Sans CJK SC", "SimSun", sans-serif; font-size: 10pt; }
.label { border: 0.5mm solid #000; padding: 2mm; height: 100%; display: flex; flex-direction: column; gap: 1.5mm; }
.label .top { display: flex; justify-content: space-between; align-items: baseline; border-bottom: 0.4mm solid #000; padding-bottom: 1mm; }
.label .title { font-size: 15pt; font-weight: 700; letter-spacing: 0.15em; }
.label .company { font-size: 8pt; text-align: right; max-width: 55%; overflow: hidden; }
.label .big { font-size: 17pt; font-weight: 700; font-family: "DejaVu Sans Mono", "Consolas", monospace; overflow-wrap: anywhere; }
.label dl { display: grid; grid-template-columns: 17mm 1fr; margin: 0; row-gap: 0.8mm; column-gap: 1.5mm; }
.label dt { font-weight: 700; font-size: 8.5pt; }
.label dd { margin: 0; overflow-wrap: anywhere; max-height: 14mm; overflow: hidden; }
.label .codes { margin-top: auto; display: flex; align-items: flex-end; gap: 2mm; }
.label .c128 { flex: 1; min-width: 0; text-align: center; }
.label .c128 svg { width: 100%; height: 16mm; }
.label .qr svg { width: 24mm; height: 24mm; display: block; }
.label .payload { font-family: "DejaVu Sans Mono", "Consolas", monospace; font-size: 9pt; letter-spacing: 0.05em; }
.copy { height: 100%; }
`;

export function renderReturnLabel(d: ReturnLabelData, ctx: FormContext, paper: Paper): RenderedForm {
  const payload = encodeCasePayload(d.caseNumber);
  return documentShell({ ...ctx, copies: ctx.copies.length > 0 ? ctx.copies.map(() => '') : [''] }, paper, `退货标签 ${d.caseNumber}`, LABEL_CSS, () => html`
<div class="label">
  <div class="top"><span class="title">退货 RETURN</span><span class="company">${ctx.companyName}</span></div>
  <div><div style="font-size:8pt">投诉编号 Case No.</div><div class="big">${d.caseNumber}</div></div>
  <div><div style="font-size:8pt">RMA 编号 RMA No.</div><div class="big">${d.rmaNumber || '—'}</div></div>
  <dl>
    <dt>客户</dt><dd>${d.customerName}</dd>
    <dt>型号</dt><dd>${d.productModel}</dd>
    <dt>数量 Qty</dt><dd>${d.quantity}${d.boxOf ? html` &nbsp; 箱 Box ${d.boxOf}` : ''}</dd>
    <dt>原因</dt><dd>${d.reason}</dd>
    <dt>日期 Date</dt><dd>${d.date}</dd>
  </dl>
  <div class="codes"><div class="c128">${code128Svg(payload)}<div class="payload">${payload}</div></div><div class="qr">${qrSvg(payload)}</div></div>
</div>`);
}
