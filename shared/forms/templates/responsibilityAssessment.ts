/**
 * 客户退货责任鉴定报告 Return Responsibility Assessment (seed 000 五(一), seed
 * 003 §九.7): the returned lines with received / defective quantities and
 * inspection results, each responsible department's share in percent (with
 * the supplier), the reasoning, and the sign-offs 品质部 / 责任部门 / 批准.
 */
import { html } from '../escape';
import { dataTable, documentShell, fieldGrid, headerBlock, label, longTextTable, section, signBoxes } from '../layout';
import type { Paper } from '../../domain/paper';
import type { FormContext, RenderedForm, ResponsibilityAssessmentData } from '../types';
import { FORM_TITLES } from '../titles';

/** The responsibility causes of seed 000 §四, printed as the key the assessors judge by. */
const CAUSES = '分厂：作业造成外观、结构、尺寸、性能、混装不良；品质：错检、漏检；技术：设计、变更、工装、工艺、包装防护设计；采购：原材料不良；销售：计划、装卸运输、使用损坏；其它：反馈不及时无法认定者视为销售责任。';

export function renderResponsibilityAssessment(d: ResponsibilityAssessmentData, ctx: FormContext, paper: Paper): RenderedForm {
  const lines = d.lines.map((l, i) => [String(i + 1), l.productModel, l.partNumber, l.lotNumber, l.quantityApproved, l.quantityReceived, l.quantityDefective, l.result, l.notes]);
  const shares = d.departments.map((x, i) => [String(i + 1), x.department, x.percent, x.supplierName, x.note]);
  const shareRows = shares.length > 0 ? [...shares, ['', '合计 Total', d.totalPercent, '', '']] : [['1', '', '', '', ''], ['2', '', '', '', '']];
  return documentShell(ctx, paper, `${FORM_TITLES.responsibilityAssessment} ${d.caseNumber}`, '', () => html`
${headerBlock(ctx, FORM_TITLES.responsibilityAssessment, 'Return Responsibility Assessment', d.caseNumber)}
${fieldGrid([
  [label('投诉编号', 'Case No.'), d.caseNumber],
  [label('RMA 编号', 'RMA No.'), d.rmaNumber],
  [label('客户名称', 'Customer'), d.customerName],
  [label('产品型号', 'Model'), d.productModel],
  [label('订单编号', 'Order No.'), d.orderNumber],
  [label('批次号', 'Lot / Date code'), d.lotNumber],
  [label('入库日期', 'Received'), d.receivedDate],
  [label('检验日期', 'Inspected'), d.inspectedDate],
  [label('检验员', 'Inspector'), d.inspector],
], 3)}
${section('一、退货明细与检验结果', 'Returned goods and inspection')}
${dataTable(
  [label('序号', 'No.'), label('型号', 'Model'), label('料号', 'Part No.'), label('批次', 'Lot'), label('核定数', 'Approved'), label('实收数', 'Received'), label('不良数', 'Defective'), label('检验结果', 'Result'), label('退货原因 / 不良描述', 'Reason / defects')],
  [6, 12, 11, 10, 8, 8, 8, 10, 27],
  lines.length > 0 ? lines : [['1', '', '', '', '', '', '', '', '']],
  [0, 4, 5, 6],
)}
${section('二、责任判定', 'Responsibility')}
${dataTable([label('序号', 'No.'), label('责任部门', 'Department'), label('责任比例', 'Share'), label('供应商', 'Supplier'), label('判定依据', 'Basis')], [7, 20, 11, 20, 42], shareRows, [0, 2])}
<table class="grid"><tbody><tr><td style="font-size:8pt">责任原因区分 Causes: ${CAUSES}</td></tr></tbody></table>
${longTextTable('鉴定说明', 'Reasoning', d.reasoning)}
${section('三、签核', 'Sign-off')}
${signBoxes([['品质部', 'QA'], ['责任部门', 'Responsible department'], ['责任部门', 'Responsible department'], ['批准', 'Approved by']])}
`);
}
