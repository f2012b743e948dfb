/** 退货产品检验报告 Return Inspection Report (seed 000 §4.3): per returned line received / defective / result / disposition. */
import { html } from '../escape';
import { dataTable, documentShell, fieldGrid, headerBlock, label, longTextTable, section, signBoxes } from '../layout';
import type { Paper } from '../../domain/paper';
import type { FormContext, InspectionReportData, RenderedForm } from '../types';
import { FORM_TITLES } from '../titles';

export function renderInspectionReport(d: InspectionReportData, ctx: FormContext, paper: Paper): RenderedForm {
  const rows = d.lines.map((l, i) => [String(i + 1), l.productModel, l.partNumber, l.lotNumber, l.quantityApproved, l.quantityReceived, l.quantityDefective, l.result, l.notes, l.disposition]);
  return documentShell(ctx, paper, `${FORM_TITLES.inspection} ${d.caseNumber}`, '', () => html`
${headerBlock(ctx, FORM_TITLES.inspection, 'Return Inspection Report', d.caseNumber)}
${fieldGrid([
  [label('投诉编号', 'Case No.'), d.caseNumber],
  [label('RMA 编号', 'RMA No.'), d.rmaNumber],
  [label('客户名称', 'Customer'), d.customerName],
  [label('入库日期', 'Received'), d.receivedDate],
  [label('检验日期', 'Inspected'), d.inspectedDate],
  [label('检验员', 'Inspector'), d.inspector],
])}
${section('检验结果', 'Results')}
${dataTable(
  [label('序号', 'No.'), label('型号', 'Model'), label('料号', 'Part No.'), label('批次', 'Lot'), label('批准数', 'Approved'), label('实收数', 'Received'), label('不良数', 'Defective'), label('结果', 'Result'), label('不良描述', 'Defects'), label('处理方式', 'Disposition')],
  [5, 11, 10, 9, 7, 7, 7, 8, 22, 14],
  rows,
  [0, 4, 5, 6],
)}
${longTextTable('检验结论', 'Conclusion', d.conclusion)}
${signBoxes([['检验员', 'Inspector'], ['审核', 'Reviewed by'], ['批准', 'Approved by'], ['仓储科', 'Warehouse']])}
`);
}
