/** 客户投诉处理单 Customer Complaint Handling Form (QR-025, seed 000): intake, analysis, decision, return logistics, sign-offs. */
import { html } from '../escape';
import { documentShell, fieldGrid, headerBlock, label, longTextTable, oneLine, section, signBoxes, signLine } from '../layout';
import { paperSize, type Paper } from '../../domain/paper';
import type { ComplaintFormData, DecisionPath, FormContext, RenderedForm } from '../types';
import { FORM_TITLES } from '../titles';

/**
 * Department signatures the case's path needs (seed 000 §4.1): A complaint
 * handling only; B return for repair adds production, warehouse and planning;
 * C return adds warehouse, finance and the general manager's approval.
 */
export function departmentSignatures(path: DecisionPath): [string, string][] {
  const base: [string, string][] = [['客服部', 'Customer Service'], ['品质部', 'QA']];
  if (path === 'B') return [...base, ['生产部', 'Production'], ['仓储科', 'Warehouse'], ['计划科', 'Planning']];
  if (path === 'C') return [...base, ['生产部', 'Production'], ['仓储科', 'Warehouse'], ['财务部', 'Finance'], ['总经理', 'General Manager']];
  return base;
}

/** The department boxes an electronic signature fills (the others are signed by hand). */
const DEPARTMENT_MARK: Record<string, (d: ComplaintFormData) => string> = {
  品质部: (d) => d.signed.quality,
  财务部: (d) => d.signed.finance,
  总经理: (d) => d.signed.generalManager,
};

const PATH_TEXT: Record<'A' | 'B' | 'C', string> = {
  A: 'A 无需退货，按客户投诉处理 No return',
  B: 'B 返厂维修 Return for repair',
  C: 'C 退货 Return (serious defect)',
};

/** Inner width of a value cell of the 3-per-row grid: 68 % / 3 of the sheet between its 12 mm margins, less the cell's padding and borders. */
function valueCellMm(paper: Paper): number {
  return ((paperSize(paper).widthMm - 24) * 0.68) / 3 - 3.5;
}

export function renderComplaintForm(d: ComplaintFormData, ctx: FormContext, paper: Paper): RenderedForm {
  const signatureTitles = departmentSignatures(d.decisionPath);
  const decision = (['A', 'B', 'C'] as const).map((p) => html`<div><span class="box">${d.decisionPath === p ? '✔' : ''}</span> ${PATH_TEXT[p]}</div>`);
  return documentShell(ctx, paper, `${FORM_TITLES.complaint} ${d.caseNumber}`, '', () => html`
${headerBlock(ctx, FORM_TITLES.complaint, 'Customer Complaint Handling Form', d.caseNumber)}
${section('一、投诉信息', 'Complaint')}
${fieldGrid([
  [label('投诉编号', 'Case No.'), d.caseNumber],
  [label('接收时间', 'Received'), d.receivedAt],
  [label('客户名称', 'Customer'), oneLine(d.customerName, valueCellMm(paper))],
  [label('国内/国外', 'Market'), d.market],
  [label('联系人', 'Contact'), d.contactPerson],
  [label('联系方式', 'Channel'), d.contact],
  [label('产品型号', 'Model'), d.productModel],
  [label('料号', 'Part No.'), d.partNumber],
  [label('订单编号', 'Order No.'), d.orderNumber],
  [label('批次号', 'Lot / Date code'), d.lotNumber],
  [label('交运日期', 'Ship date'), d.shipDate],
  [label('发现地点', 'Found at'), d.foundAt],
  [label('交货数', 'Delivered'), d.quantityDelivered],
  [label('抽检数', 'Inspected'), d.quantityInspected],
  [label('不良数', 'Defective'), d.quantityDefective],
  [label('不良率', 'Defect rate'), d.defectRate],
  [label('首次/重复', 'Occurrence'), d.occurrence],
  [label('客户要求', 'Request'), d.customerRequests],
  [label('严重程度', 'Severity'), d.severity],
  [label('投诉类别', 'Category'), d.category],
], 3)}
${longTextTable('现象描述', 'Defect description', d.defectDescription)}
${section('二、原因分析与判定', 'Analysis & decision')}
${longTextTable('原因分析', 'Analysis', d.analysis)}
<table class="grid"><colgroup><col style="width:16%"><col style="width:84%"></colgroup><tbody>
<tr><th>${label('初步判定', 'Decision')}</th><td>${decision}${d.decisionNote ? html`<div class="text">${d.decisionNote}</div>` : ''}</td></tr>
</tbody></table>
${fieldGrid([
  [label('RMA 编号', 'RMA No.'), d.rmaNumber],
  [label('物流公司', 'Carrier'), d.returnCarrier],
  [label('物流单号', 'Tracking No.'), d.returnTrackingNumber],
  [label('责任判定', 'Responsibility'), d.responsibility],
])}
${longTextTable('纠正措施', 'Corrective action', d.actions)}
${section('三、部门会签', 'Department sign-off')}
${signBoxes(signatureTitles, signatureTitles.map(([zh]) => DEPARTMENT_MARK[zh]?.(d) ?? ''))}
${signLine([['编制', 'Prepared by'], ['审核', 'Reviewed by'], ['批准', 'Approved by']], ['', '', d.signed.approved])}
`);
}
