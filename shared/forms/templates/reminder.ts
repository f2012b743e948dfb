/** 催办单 Overdue Reminder (DOMAIN §4): the overdue items of a case, to the responsible department. */
import { html } from '../escape';
import { dataTable, documentShell, fieldGrid, headerBlock, label, longTextTable, signBoxes } from '../layout';
import type { Paper } from '../paper';
import type { FormContext, ReminderData, RenderedForm } from '../types';

export function renderReminder(d: ReminderData, ctx: FormContext, paper: Paper): RenderedForm {
  return documentShell(ctx, paper, `催办单 ${d.caseNumber}`, '', () => html`
${headerBlock(ctx, '催办单', 'Overdue Reminder', d.caseNumber)}
${fieldGrid([
  [label('投诉编号', 'Case No.'), d.caseNumber],
  [label('致部门', 'To'), d.toDepartment],
  [label('客户名称', 'Customer'), d.customerName],
  [label('产品型号', 'Model'), d.productModel],
  [label('催办人', 'From'), d.requestedBy],
  [label('请于此前回复', 'Reply by'), d.replyBy],
])}
${dataTable([label('序号', 'No.'), label('逾期事项', 'Item'), label('责任部门', 'Department'), label('期限', 'Due'), label('已逾期', 'Overdue')], [7, 41, 16, 20, 16], d.items.map((it, i) => [String(i + 1), it.what, it.department, it.dueAt, it.overdue]), [0])}
${longTextTable('说明', 'Note', d.note)}
${signBoxes([['催办人', 'Issued by'], ['接收部门签收', 'Received by'], ['部门负责人', 'Department head']])}
`);
}
