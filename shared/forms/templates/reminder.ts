/**
 * 催办单 Overdue Reminder (DOMAIN §4): the overdue and due-soon deadlines of
 * a case (step, responsible department, due at, overdue by how much working
 * time), the count per department, the reply-by date and the sign-offs. A
 * case with nothing overdue says so instead of printing an empty table.
 */
import { html } from '../escape';
import { dataTable, documentShell, fieldGrid, headerBlock, label, longTextTable, signBoxes } from '../layout';
import type { Paper } from '../../domain/paper';
import type { FormContext, ReminderData, RenderedForm } from '../types';
import { FORM_TITLES } from '../titles';

const STATUS = { overdue: '已逾期', dueSoon: '即将到期' } as const;

/** 生产/分厂：逾期 2 项，即将到期 1 项 — per responsible department. */
function perDepartment(d: ReminderData): string {
  const counts = new Map<string, { overdue: number; dueSoon: number }>();
  for (const it of d.items)
    for (const dep of it.department.split('、').filter(Boolean)) {
      const c = counts.get(dep) ?? { overdue: 0, dueSoon: 0 };
      c[it.status] += 1;
      counts.set(dep, c);
    }
  return [...counts]
    .map(([dep, c]) => `${dep}：${[c.overdue ? `逾期 ${c.overdue} 项` : '', c.dueSoon ? `即将到期 ${c.dueSoon} 项` : ''].filter(Boolean).join('，')}`)
    .join('；');
}

export function renderReminder(d: ReminderData, ctx: FormContext, paper: Paper): RenderedForm {
  const overdueCount = d.items.filter((it) => it.status === 'overdue').length;
  const items =
    d.items.length === 0
      ? html`<table class="grid"><tbody><tr><td class="center">截至 ${d.asOf}，本案无逾期或即将到期事项。 <span class="en">Nothing is overdue or due soon.</span></td></tr></tbody></table>`
      : dataTable(
          [label('序号', 'No.'), label('事项', 'Step'), label('责任部门', 'Department'), label('期限', 'Due'), label('状态', 'Status'), label('逾期/剩余（工作时间）', 'Overdue / left')],
          [6, 30, 16, 17, 10, 21],
          d.items.map((it, i) => [String(i + 1), it.what, it.department, it.dueAt, STATUS[it.status], it.overdue]),
          [0],
        );
  return documentShell(ctx, paper, `${FORM_TITLES.reminder} ${d.caseNumber}`, '', () => html`
${headerBlock(ctx, FORM_TITLES.reminder, 'Overdue Reminder', d.caseNumber)}
${fieldGrid([
  [label('投诉编号', 'Case No.'), d.caseNumber],
  [label('致部门', 'To'), d.toDepartment],
  [label('客户名称', 'Customer'), d.customerName],
  [label('产品型号', 'Model'), d.productModel],
  [label('催办人', 'From'), d.requestedBy],
  [label('统计时间', 'As of'), d.asOf],
  [label('逾期事项', 'Overdue items'), d.items.length === 0 ? '无 None' : `${overdueCount} 项（即将到期 ${d.items.length - overdueCount} 项）`],
  [label('请于此前回复', 'Reply by'), d.replyBy],
])}
${items}
${d.items.length > 0 ? longTextTable('按部门', 'By department', perDepartment(d)) : ''}
${longTextTable('说明', 'Note', d.note)}
<table class="grid"><colgroup><col style="width:16%"><col style="width:84%"></colgroup><tbody><tr><th>${label('回复/完成情况', 'Reply')}</th><td style="height:25mm"></td></tr></tbody></table>
${signBoxes([['催办人', 'Issued by'], ['接收部门签收', 'Received by'], ['部门负责人', 'Department head'], ['品质部确认', 'QA confirmed']])}
`);
}
