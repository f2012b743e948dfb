/** The return paperwork (issue 19.9 / 19.3) from the case records: current round only, blanks where the desk has no data, the customer's tolerance at its edges. */
import { describe, expect, it } from 'vitest';
import type { Deadline } from '../../../../shared/domain/lifecycle/deadlines-types';
import type { ApprovalRecord } from '../../../../shared/domain/lifecycle/records';
import { officeTolerance, type ReceivingTolerance } from '../../../../shared/domain/master-data/customer-rules';
import { renderForm } from '../../../../shared/forms';
import type { CaseRecords } from '../../../../shared/forms/map';
import { defectCauseNoticeFromCase, finishedGoodsReturnFromCase, receiptConfirmationFromCase, responsibilityAssessmentFromCase, toleranceText } from '../../../../shared/forms/return-forms-map';
import { disposition, line, share } from '../domain/lifecycle/commands/context';
import { lifecycle } from '../domain/lifecycle/fixtures';
import { CASE } from './eightd-fixture';
import { A4, CTX, visibleText } from './fixtures';

const approval = (over: Partial<ApprovalRecord>): ApprovalRecord => ({
  id: 'a1', caseId: 'c1', round: 2, outcome: 'approved', approverRole: 'gm', approverName: '孙总', decision: 'C', amountFen: 100_000, reason: '', at: '2026-11-24T02:00:00.000Z', by: '孙总', ...over,
});

/** Round 2 of a case: round 1's line and share, and a deleted one, must not print. */
const RECORDS: CaseRecords = {
  lifecycle: lifecycle({ round: 2, rmaNumber: 'RMA2611-B-003', returnCarrier: '顺丰速运', returnTrackingNumber: 'SF1234567890', analysisSummary: '包装内衬厚度不足。', decision: 'C' }),
  lines: [
    line({ id: 'l1', round: 2, productModel: 'HX-2200A', lotNumber: 'L2610-03', quantityApproved: 12, reason: '外壳划伤', quantityReceived: 12, receivedBy: '赵仓管', receivedAt: '2026-11-25T03:00:00.000Z', storageLocation: 'Q-03', inspectionResult: 'fail', quantityDefective: 10, defectNotes: '划伤 6，指示灯不亮 4', inspectedBy: '陈工', inspectedAt: '2026-11-26T02:00:00.000Z' }),
    line({ id: 'l2', round: 2, productModel: 'HX-2200B', lotNumber: 'L2610-04', quantityApproved: 3, reason: '指示灯不亮', quantityReceived: 2, receivedBy: '钱仓管', receivedAt: '2026-11-24T03:00:00.000Z' }),
    line({ id: 'l0', round: 1, productModel: 'OLD-1', quantityApproved: 99 }),
    line({ id: 'lx', round: 2, productModel: 'GONE-1', deleted: true }),
  ],
  dispositions: [disposition({ lineId: 'l1', round: 2, kind: 'rework', quantity: 8 }), disposition({ id: 'd2', lineId: 'l1', round: 2, kind: 'scrap', quantity: 2 })],
  shares: [
    share({ id: 's1', round: 2, department: 'production', percent: 66.7, note: '虚焊' }),
    share({ id: 's2', round: 2, department: 'purchasing', percent: 33.3, supplierName: '佛山包装材料厂', note: '内衬厚度不符' }),
    share({ id: 's0', round: 1, department: 'sales', percent: 100 }),
    share({ id: 'sx', round: 2, department: 'technical', percent: 10, deleted: true }),
  ],
  approvals: [
    approval({ id: 'a0', round: 1, approverName: '旧审批', at: '2026-11-28T02:00:00.000Z' }),
    approval({ id: 'a1', approverRole: 'deputy_gm', approverName: '钱副总', at: '2026-11-23T02:00:00.000Z' }),
    approval({ id: 'a2', approverName: '孙总', at: '2026-11-24T02:00:00.000Z' }),
    approval({ id: 'a3', outcome: 'rejected', approverName: '拒绝者', at: '2026-11-25T02:00:00.000Z' }),
  ],
};

const deadline = (over: Partial<Deadline>): Deadline => ({ kind: 'department_answer', dueAt: '2026-11-26T02:00:00.000Z', doneAt: null, late: false, departments: [], ...over });

describe('客户退货责任鉴定报告 from the case', () => {
  it("prints the current round's lines with inspection and disposition, the shares with their sum, and the analysis as the reasoning", () => {
    const d = responsibilityAssessmentFromCase(CASE, RECORDS);
    expect(d.lines.map((l) => l.productModel)).toEqual(['HX-2200A', 'HX-2200B']);
    expect(d.lines[0]).toMatchObject({ quantityReceived: '12', quantityDefective: '10', result: '不合格', notes: '外壳划伤；划伤 6，指示灯不亮 4', disposition: '返修 8、报废 2' });
    expect(d.lines[1]).toMatchObject({ quantityDefective: '', result: '', disposition: '' });
    expect(d.departments).toEqual([
      { department: '生产/分厂', percent: '66.7%', supplierName: '', note: '虚焊' },
      { department: '采购/供应商', percent: '33.3%', supplierName: '佛山包装材料厂', note: '内衬厚度不符' },
    ]);
    expect(d).toMatchObject({ totalPercent: '100%', reasoning: '包装内衬厚度不足。', productModel: 'HX-2200A、HX-2200B', receivedDate: '2026-11-24', inspectedDate: '2026-11-26', inspector: '陈工', rmaNumber: 'RMA2611-B-003' });
  });

  it('without records: the intake model and lot, blank boxes to fill by hand', () => {
    const d = responsibilityAssessmentFromCase(CASE, {});
    expect(d).toMatchObject({ productModel: 'HX-2200A', lotNumber: 'L2610-03', lines: [], departments: [], totalPercent: '', rmaNumber: '', receivedDate: '', reasoning: '' });
    const text = visibleText(renderForm('responsibilityAssessment', d, CTX, A4).html);
    for (const s of ['品质部', '责任部门', '批准', '责任比例']) expect(text).toContain(s);
  });
});

describe('成品退货单 from the case', () => {
  it('sums the approved and received quantities, names the carrier, and bases the return on the complaint form and its latest approval of the round', () => {
    const d = finishedGoodsReturnFromCase(CASE, RECORDS);
    expect(d).toMatchObject({ totalApproved: '15', totalReceived: '14', carrier: '顺丰速运', trackingNumber: 'SF1234567890', receivedDate: '2026-11-24', receivedBy: '赵仓管、钱仓管', reason: '外壳划伤、指示灯不亮' });
    expect(d.basis).toBe('客户投诉处理单 2611-B-007；初步判定 C 退货；孙总（总经理）2026-11-24 核准');
    expect(d.lines.map((l) => l.storageLocation)).toEqual(['Q-03', '']);
  });

  it('an approval given by a delegate prints the signer and on whose authority (委托授权)', () => {
    const approvals = (RECORDS.approvals ?? []).map((a) => ({ ...a, approverName: '张三', onBehalfOfName: '孙总' }));
    expect(finishedGoodsReturnFromCase(CASE, { ...RECORDS, approvals }).basis).toBe('客户投诉处理单 2611-B-007；初步判定 C 退货；张三 代 孙总 (委托授权)（总经理）2026-11-24 核准');
  });

  it('before receiving: totals of the approved quantity only, the reason from the intake', () => {
    const d = finishedGoodsReturnFromCase(CASE, { lines: [line({ quantityApproved: 7 })] });
    expect(d).toMatchObject({ totalApproved: '7', totalReceived: '', receivedDate: '', reason: CASE.defectDescription, basis: '客户投诉处理单 2611-B-007' });
  });

  it('prints in the four copies of seed 003 by default', () => {
    const copies = ['第一联 业务部存根', '第二联 成品仓储存', '第三联 会计科存', '第四联 业务部存'];
    const out = renderForm('finishedGoodsReturn', finishedGoodsReturnFromCase(CASE, RECORDS), { ...CTX, copies }, A4).html;
    expect(out.match(/<section class="copy">/g)).toHaveLength(4);
    for (const c of copies) expect(visibleText(out)).toContain(c);
  });
});

describe('不良原因通知书 from the case', () => {
  it('goes to the responsible departments, asks for the answer by the open department-answer deadline', () => {
    const deadlines = [deadline({ dueAt: '2026-11-20T02:00:00.000Z', doneAt: '2026-11-19T02:00:00.000Z' }), deadline({ dueAt: '2026-11-26T02:00:00.000Z' }), deadline({ kind: 'closure', dueAt: '2026-11-25T02:00:00.000Z' })];
    const d = defectCauseNoticeFromCase(CASE, RECORDS, { deadlines, issuedBy: '陈工', issuedAt: '2026-11-23T02:00:00.000Z' });
    expect(d).toMatchObject({ toDepartment: '生产/分厂、采购/供应商', replyBy: '2026-11-26 10:00', issuedBy: '陈工', issuedAt: '2026-11-23', severity: '严重', defectRate: '6.00%', foundAt: '客户来料检验', analysis: '包装内衬厚度不足。' });
    expect(d.departments).toHaveLength(2);
  });

  it('without a deadline or shares: reply date and departments are left to the pen', () => {
    const d = defectCauseNoticeFromCase(CASE, {}, { deadlines: [], issuedBy: '陈工', issuedAt: '2026-11-23T02:00:00.000Z' });
    expect(d).toMatchObject({ replyBy: '', toDepartment: '', departments: [], severity: '' });
    const text = visibleText(renderForm('defectCauseNotice', d, CTX, A4).html);
    expect(text).toMatch(/请贵部门于\s+\u3000\u3000年\u3000\u3000月\u3000\u3000日\s+前/);
  });
});

describe('收货数量确认单 from the case', () => {
  const customer: ReceivingTolerance = { overPercent: 3, underPercent: 2, source: 'customer', customerName: '深圳市宏达电器有限公司' };
  const lines = (received: (number | null)[]) => ({ lines: received.map((q, i) => line({ id: `l${i}`, quantityApproved: 200, quantityReceived: q })) });

  it("judges each line by the customer's over / under ratio, exactly at the edges and one past", () => {
    const d = receiptConfirmationFromCase(CASE, lines([206, 207, 196, 195, 200]), customer);
    expect(d.lines.map((l) => l.verdict)).toEqual(['允收范围内', '超收，超出允收', '允收范围内', '短收，超出允收', '允收范围内']);
    expect(d.lines.map((l) => l.difference)).toEqual(['+6 (+3%)', '+7 (+3.5%)', '-4 (-2%)', '-5 (-2.5%)', '0 (0%)']);
    expect(new Set(d.lines.map((l) => l.allowedRange))).toEqual(new Set(['196 – 206']));
    expect(d.tolerance).toBe('超收 +3% / 短收 -2%（客户约定）');
  });

  it("the office's ±% when the customer has none; a line not counted yet shows its range and blanks", () => {
    const d = receiptConfirmationFromCase(CASE, lines([null]), officeTolerance(5));
    expect(d.tolerance).toBe('±5%（本公司规定）');
    expect(d.lines[0]).toMatchObject({ quantityReceived: '', difference: '', verdict: '', allowedRange: '190 – 210' });
    expect(toleranceText({ ...customer, overPercent: 0.5, underPercent: 0.5 })).toBe('±0.5%（客户约定）');
  });

  it('prints the ratio, the verdicts and the customer signature box', () => {
    const text = visibleText(renderForm('receiptConfirmation', receiptConfirmationFromCase(CASE, lines([207]), customer), CTX, A4).html);
    for (const s of ['超量允收比率', '超收 +3% / 短收 -2%（客户约定）', '超收，超出允收', '客户确认（签名 / 盖章）', '王经理']) expect(text).toContain(s);
  });
});
