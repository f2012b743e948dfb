/**
 * 不良原因通知书 Defect Cause Notice (seed 002 §4.1.5, DOMAIN §4): the case's
 * facts and defect sent by QE to the responsible departments with their
 * shares, what they must answer by when, a reply area written by hand and
 * the sign-offs of both sides.
 */
import { html } from '../escape';
import { dataTable, documentShell, fieldGrid, headerBlock, label, longTextTable, section, signBoxes } from '../layout';
import type { Paper } from '../../domain/paper';
import type { DefectCauseNoticeData, FormContext, RenderedForm } from '../types';
import { FORM_TITLES } from '../titles';

/** What every responsible department answers (seed 002 §4.1.5–4.1.6: cause, countermeasures, 水平展开). */
const ASKED = ['发生原因分析（人、机、料、法、测、环）', '流出原因分析（为何未被检出）', '临时对策（在库、在制、在途品的处置）', '永久对策（负责人及完成日期）', '举一反三（相同型号、批次、物料的水平展开）'];

/** The reply, written by hand: each heading with the room it usually takes. */
const REPLY: [string, string, number][] = [
  ['发生原因', 'Occurrence cause', 13],
  ['流出原因', 'Escape cause', 10],
  ['临时对策', 'Containment', 10],
  ['永久对策', 'Corrective action', 12],
];

export function renderDefectCauseNotice(d: DefectCauseNoticeData, ctx: FormContext, paper: Paper): RenderedForm {
  const departments = d.departments.length > 0 ? d.departments.map((x, i) => [String(i + 1), x.department, x.percent, x.supplierName, x.note]) : [['1', '', '', '', '']];
  const replyBy = d.replyBy || '　　年　　月　　日';
  return documentShell(ctx, paper, `${FORM_TITLES.defectCauseNotice} ${d.caseNumber}`, '', () => html`
${headerBlock(ctx, FORM_TITLES.defectCauseNotice, 'Defect Cause Notice', d.caseNumber)}
${fieldGrid([
  [label('致部门', 'To'), d.toDepartment],
  [label('发出', 'Issued'), [d.issuedBy, d.issuedAt].filter(Boolean).join(' ')],
  [label('回复期限', 'Reply by'), d.replyBy],
  [label('客户名称', 'Customer'), d.customerName],
  [label('产品型号', 'Model'), d.productModel],
  [label('料号', 'Part No.'), d.partNumber],
  [label('订单编号', 'Order No.'), d.orderNumber],
  [label('批次号', 'Lot'), d.lotNumber],
  [label('投诉日期', 'Received'), d.receivedAt],
  [label('交货数', 'Delivered'), d.quantityDelivered],
  [label('抽检数', 'Inspected'), d.quantityInspected],
  [label('不良数', 'Defective'), d.quantityDefective],
  [label('不良率', 'Defect rate'), d.defectRate],
  [label('发现地点', 'Found at'), d.foundAt],
  [label('严重程度', 'Severity'), d.severity],
], 3)}
${section('一、不良内容', 'Defect')}
${longTextTable('不良现象', 'Defect description', d.defectDescription)}
${longTextTable('初步分析', 'QE analysis', d.analysis)}
${section('二、责任部门', 'Responsible departments')}
${dataTable([label('序号', 'No.'), label('责任部门', 'Department'), label('责任比例', 'Share'), label('供应商', 'Supplier'), label('说明', 'Note')], [7, 20, 11, 20, 42], departments, [0, 2])}
${section('三、要求事项', 'Requested')}
<table class="grid"><tbody><tr><td>请贵部门于 <b>${replyBy}</b> 前书面回复品质部：${ASKED.map((zh, i) => html`${i + 1}. ${zh}${i < ASKED.length - 1 ? '；' : '。'}`)}</td></tr></tbody></table>
${section('四、部门回复', 'Reply of the department')}
<table class="grid"><colgroup><col style="width:16%"><col style="width:84%"></colgroup><tbody>${REPLY.map(([zh, en, mm]) => html`<tr><th>${label(zh, en)}</th><td style="height:${mm}mm"></td></tr>`)}</tbody></table>
${signBoxes([['发出 (QE)', 'Issued by'], ['品质主管', 'QA head'], ['责任部门签收', 'Received by'], ['责任部门主管', 'Department head'], ['品质部确认', 'QA verified']])}
`);
}
