/** Fills 8D reports through the repository for the 8D tests. */
import type { EightD } from '../../../../shared/domain/eightd/records';
import type { Harness } from './helpers';

/** Fills D1–D7 of a report completely (through the repository, as the editor would). */
export async function fillThroughD7(h: Harness, report: EightD): Promise<void> {
  const r = h.repos.eightD;
  await r.members.add(report.id, { name: '李四', role: 'leader', department: '品质部', organisation: 'internal', responsibility: '组长', contact: '' });
  await r.members.add(report.id, { name: '王经理', role: 'member', department: '采购部', organisation: 'customer', responsibility: '客户代表', contact: '' });
  await r.update(report.id, { customerDescription: '来料检验发现外壳开裂', what: '外壳开裂', where: '客户 IQC', when: '2026-11-20', howMany: '12/200', occurrence: 'first' });
  await r.containment.add(report.id, { description: '库存挑选', location: 'finished_goods', owner: '王五', startedOn: '2026-11-23', finishedOn: '2026-11-24', quantityInspected: 500, quantityDefective: 3, result: '目视' });
  await r.setContainmentReplied(report.id, '2026-11-23T16:00:00+08:00');
  const occ = await r.causes.add(report.id, { analysis: 'occurrence', category: 'machine', description: '模温过低', whys: ['开裂', '应力', '模温低', ''], isRootCause: true, verification: '复现试验' });
  await r.causes.add(report.id, { analysis: 'escape', category: 'measurement', description: '出货检验未覆盖', whys: ['漏检'], isRootCause: true, verification: '记录核查' });
  const action = await r.correctives.add(report.id, { causeId: occ.id, description: '模温控制器加装报警', owner: '赵六', dueDate: '2026-11-30' });
  await r.correctives.setStatus(action.id, 'implemented', { implementedOn: '2026-11-26' });
  await r.correctives.setStatus(action.id, 'verified', { verificationResult: '连续 3 批无不良', verifiedBy: '李四', verifiedOn: '2026-11-28' });
  await r.prevention.add(report.id, { kind: 'fmea', description: '更新 PFMEA 模温失效模式', documentRef: 'PFMEA-KX200 Rev.C', owner: '李四', dueDate: '2026-12-05', done: true });
}
