/** 催办单 from the case file: overdue and due-soon deadlines, departments, working time overdue, reply-by, nothing overdue. */
import { describe, expect, it } from 'vitest';
import { emptyIntake, type ComplaintCase } from '../../../../shared/domain/case';
import { createWorkingCalendar } from '../../../../shared/domain/lifecycle/calendar';
import { computeDeadlines } from '../../../../shared/domain/lifecycle/deadlines';
import type { Deadline, DeadlineFacts } from '../../../../shared/domain/lifecycle/deadlines-types';
import type { ResponsibilityShare } from '../../../../shared/domain/lifecycle/records';
import { addWorkingMinutes, workingMinutesBetween } from '../../../../shared/domain/lifecycle/working-time';
import { renderForm } from '../../../../shared/forms';
import { reminderFromCase, workingDuration } from '../../../../shared/forms/map';
import { A4, CTX } from './fixtures';

const cal = createWorkingCalendar();
const at = (iso: string) => Date.parse(iso);

const CASE: ComplaintCase = {
  ...emptyIntake('2026-11-16T09:30:00+08:00'),
  customerName: '深圳市宏达电器有限公司',
  contactPerson: '王经理',
  productModel: 'HX-2200A',
  defectDescription: '外壳划伤，指示灯不亮，12 台不良。',
  id: 'c-1',
  caseNumber: '2611-B-007',
  stationCode: 'B',
  createdAt: '2026-11-16T09:35:00+08:00',
  createdBy: '李娜',
  updatedAt: '2026-11-19T09:00:00+08:00',
  updatedBy: '李娜',
  deleted: false,
};

/** Normal domestic case received Mon 2026-11-16 09:30; analysis by production and purchasing from Thu 11-19 09:00. */
const FACTS: DeadlineFacts = {
  receivedAt: '2026-11-16T09:30:00+08:00',
  market: 'domestic',
  severity: 'serious',
  customerDeadlineAt: null,
  callbackAt: '2026-11-16T10:00:00+08:00',
  containmentAt: null,
  firstReplyAt: '2026-11-16T15:00:00+08:00',
  writtenReplyAt: '2026-11-18T16:00:00+08:00',
  analysisStartedAt: '2026-11-19T09:00:00+08:00',
  analysisFinishedAt: null,
  responsibilityStartedAt: null,
  responsibilityFinishedAt: null,
  solutionDoneAt: null,
  followUpAt: null,
  closedAt: null,
  departments: ['production', 'purchasing'],
};

const share = (department: ResponsibilityShare['department'], percent: number, round = 1, deleted = false): ResponsibilityShare => ({
  id: `s-${department}-${round}`, caseId: 'c-1', round, department, percent, supplierName: department === 'purchasing' ? '佛山包装材料厂' : '', note: '', deleted,
});
const VIEW = { lifecycle: { round: 1 }, shares: [share('production', 60), share('purchasing', 40)] };

const visible = (h: string) => h.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('workingMinutesBetween', () => {
  it('is the inverse of addWorkingMinutes, across nights, lunch, weekends and the National Day holiday', () => {
    const starts = ['2026-11-20T16:45:00+08:00', '2026-11-21T10:00:00+08:00', '2026-09-30T11:10:00+08:00', '2026-11-23T12:30:00+08:00'];
    for (const s of starts)
      for (const minutes of [1, 30, 95, 450, 451, 2000, 7 * 450]) expect(workingMinutesBetween(at(s), addWorkingMinutes(at(s), minutes, cal), cal)).toBe(minutes);
    expect(workingMinutesBetween(at('2026-11-24T09:00:00+08:00'), at('2026-11-23T09:00:00+08:00'), cal)).toBe(0);
    // Fri 17:30 → Mon 08:30: no working time.
    expect(workingMinutesBetween(at('2026-11-27T17:30:00+08:00'), at('2026-11-30T08:30:00+08:00'), cal)).toBe(0);
  });
  it('formats working time as working days and half hours', () => {
    expect(workingDuration(660, cal)).toBe('1 个工作日 3.5 小时');
    expect(workingDuration(450, cal)).toBe('1 个工作日');
    expect(workingDuration(90, cal)).toBe('1.5 小时');
    expect(workingDuration(10, cal)).toBe('不足 0.5 工作小时');
  });
});

describe('催办单 from the case file', () => {
  const deadlines = computeDeadlines(FACTS, cal);

  it('one overdue item: the department answer, overdue by working time, to the responsible departments', () => {
    // Due Tue 11-24 09:00 (3 working days from Thu 09:00); now Wed 11-25 14:00 → Tue 7 h + Wed 4 h = 11 h.
    const r = reminderFromCase({ case: CASE, deadlines, view: VIEW }, { calendar: cal, nowMs: at('2026-11-25T14:00:00+08:00'), requestedBy: '李娜' });
    expect(r.items).toEqual([
      { what: '部门回复（原因分析） Department answer', department: '生产/分厂、采购/供应商', dueAt: '2026-11-24 09:00', status: 'overdue', overdue: '1 个工作日 3.5 小时' },
    ]);
    expect(r.toDepartment).toBe('生产/分厂、采购/供应商');
    expect(r.asOf).toBe('2026-11-25 14:00');
    expect(r.replyBy).toBe('2026-11-26 14:00'); // one working day
    expect(r.caseNumber).toBe('2611-B-007');
    const text = visible(renderForm('reminder', r, CTX, A4).html);
    for (const s of ['部门回复（原因分析）', '生产/分厂、采购/供应商', '2026-11-24 09:00', '已逾期', '1 个工作日 3.5 小时', '2026-11-26 14:00', '生产/分厂：逾期 1 项', '接收部门签收', '部门负责人'])
      expect(text).toContain(s);
    expect(text).not.toContain('本案无逾期');
  });

  it('several: overdue ones first (longest overdue first), then the one due soon, each with its owner department', () => {
    const open = computeDeadlines({ ...FACTS, writtenReplyAt: null }, cal);
    // Fri 11-27 16:00: written reply (due Thu 11-19 09:30) and department answer overdue; closure (Sun 11-29 09:30) has 1.5 working hours left.
    const r = reminderFromCase({ case: CASE, deadlines: open, view: VIEW }, { calendar: cal, nowMs: at('2026-11-27T16:00:00+08:00'), requestedBy: '李娜', replyBy: '2026-11-30T12:00:00+08:00', note: '请于周一中午前提交 8D 的 D4 原因分析。' });
    expect(r.items.map((it) => [it.what, it.department, it.dueAt, it.status, it.overdue])).toEqual([
      ['书面答复客户 Written reply', '客服部', '2026-11-19 09:30', 'overdue', '6 个工作日 5 小时'],
      ['部门回复（原因分析） Department answer', '生产/分厂、采购/供应商', '2026-11-24 09:00', 'overdue', '3 个工作日 5.5 小时'],
      ['结案 Closure', '品质', '2026-11-29 09:30', 'dueSoon', '剩余 1.5 小时'],
    ]);
    expect(r.toDepartment).toBe('客服部、生产/分厂、采购/供应商、品质');
    expect(r.replyBy).toBe('2026-11-30 12:00');
    const text = visible(renderForm('reminder', r, CTX, A4).html);
    for (const s of ['书面答复客户', '6 个工作日 5 小时', '即将到期', '剩余 1.5 小时', '2 项（即将到期 1 项）', '客服部：逾期 1 项', '品质：即将到期 1 项', '请于周一中午前提交'])
      expect(text).toContain(s);
  });

  it('department answer without departments on the deadline: the current round\'s live shares, else the quality department', () => {
    const d: Deadline = { kind: 'department_answer', dueAt: '2026-11-24T09:00:00+08:00', doneAt: null, late: false, departments: [] };
    const view = { lifecycle: { round: 2 }, shares: [share('production', 100, 1), share('technical', 70, 2), share('purchasing', 30, 2, true)] };
    const now = at('2026-11-25T09:00:00+08:00');
    expect(reminderFromCase({ case: CASE, deadlines: [d], view }, { calendar: cal, nowMs: now, requestedBy: '' }).items[0]?.department).toBe('技术');
    expect(reminderFromCase({ case: CASE, deadlines: [d], view: null }, { calendar: cal, nowMs: now, requestedBy: '' }).items[0]?.department).toBe('品质');
  });

  it('none: met deadlines and far-off ones are left out, and the form says nothing is overdue instead of an empty table', () => {
    const done = computeDeadlines({ ...FACTS, analysisFinishedAt: '2026-11-23T16:00:00+08:00' }, cal);
    const r = reminderFromCase({ case: CASE, deadlines: done, view: VIEW }, { calendar: cal, nowMs: at('2026-11-24T10:00:00+08:00'), requestedBy: '李娜' });
    expect(r.items).toEqual([]);
    expect(r.toDepartment).toBe('');
    const h = renderForm('reminder', r, CTX, A4).html;
    const text = visible(h);
    expect(text).toContain('截至 2026-11-24 10:00，本案无逾期或即将到期事项。');
    expect(text).toContain('无 None');
    expect(text).not.toContain('逾期/剩余');
    expect(text).not.toContain('按部门');
    expect(h).not.toContain('<thead><tr><th>序号');
  });
});
