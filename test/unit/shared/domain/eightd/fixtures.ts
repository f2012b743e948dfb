/** A complete 8D bundle (D1–D7 done, not approved) and builders for the 8D domain tests. */
import type { EightD, EightDBundle, EightDCause, EightDContainment, EightDCorrective, EightDHorizontalCheck, EightDMember, EightDPrevention } from '../../../../../shared/domain/eightd/records';

const REPORT = 'r-1';
const CASE = 'c-1';
const base = { reportId: REPORT, caseId: CASE, deleted: false };

export function report(over: Partial<EightD> = {}): EightD {
  return {
    id: REPORT, caseId: CASE, number: '8D20261123001-B', title: '外壳开裂', openedAt: '2026-11-23T10:00:00+08:00', openedBy: '张三',
    customerDescription: '客户来料检验发现外壳开裂', what: '外壳开裂', where: '客户来料检验', when: '2026-11-20', who: '客户 IQC', why: '影响装配', how: '目视', howMany: '12/200',
    affectedLots: 'L2611A', affectedDateCodes: '2611', occurrence: 'first',
    containmentDueAt: '2026-11-24T10:00:00+08:00', containmentRepliedAt: '2026-11-23T16:00:00+08:00',
    occurrenceRootCause: '模具温度过低', escapeRootCause: '出货检验未覆盖',
    rootCauseDueDate: '', correctiveDueDate: '', closureDueDate: '',
    approvedBy: '', approvedAt: null, approvalComment: '', teamRecognition: '', closedAt: null, closedBy: '',
    deleted: false,
    ...over,
  };
}

export const member = (over: Partial<EightDMember> = {}): EightDMember => ({
  ...base, id: 'm-1', name: '李四', role: 'leader', department: '品质部', organisation: 'internal', responsibility: '组长', contact: '', ...over,
});
export const containment = (over: Partial<EightDContainment> = {}): EightDContainment => ({
  ...base, id: 'k-1', description: '库存挑选', location: 'finished_goods', owner: '王五', startedOn: '2026-11-23', finishedOn: '2026-11-24',
  quantityInspected: 500, quantityDefective: 3, result: '目视全检', ...over,
});
export const cause = (over: Partial<EightDCause> = {}): EightDCause => ({
  ...base, id: 'x-1', analysis: 'occurrence', category: 'machine', description: '模具温度过低', whys: ['开裂', '应力集中', '模温低'],
  isRootCause: true, verification: '复现试验', ...over,
});
export const corrective = (over: Partial<EightDCorrective> = {}): EightDCorrective => ({
  ...base, id: 'a-1', causeId: 'x-1', description: '模温控制器加装报警', owner: '赵六', dueDate: '2026-11-30', status: 'verified',
  implementedOn: '2026-11-26', verificationResult: '连续 3 批无不良', verifiedBy: '李四', verifiedOn: '2026-11-28', ...over,
});
export const prevention = (over: Partial<EightDPrevention> = {}): EightDPrevention => ({
  ...base, id: 'p-1', kind: 'fmea', description: '更新 PFMEA 模温失效模式', documentRef: 'PFMEA-KX200 Rev.C', owner: '李四', dueDate: '2026-12-05', done: true, ...over,
});

export const check = (over: Partial<EightDHorizontalCheck> = {}): EightDHorizontalCheck => ({
  ...base, id: 'h-1', kind: 'model', subject: 'KX-300', basis: 'samePart', scope: '成品仓', result: '', checkedBy: '', checkedOn: '', note: '', containmentId: '', ...over,
});

/** D1–D7 complete, D8 open. */
export function completeBundle(over: Partial<EightD> = {}): EightDBundle {
  return {
    report: report(over),
    members: [member(), member({ id: 'm-2', name: '王五', role: 'member', organisation: 'customer' })],
    containment: [containment()],
    causes: [cause(), cause({ id: 'x-2', analysis: 'escape', category: 'measurement', description: '出货检验未覆盖', whys: ['漏检'], verification: '检验记录核查' })],
    correctives: [corrective()],
    prevention: [prevention()],
    checks: [],
  };
}

export function emptyBundle(): EightDBundle {
  return {
    report: report({ customerDescription: '', what: '', where: '', when: '', who: '', why: '', how: '', howMany: '', occurrence: '', containmentRepliedAt: null }),
    members: [], containment: [], causes: [], correctives: [], prevention: [], checks: [],
  };
}
