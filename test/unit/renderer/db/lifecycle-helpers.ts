/** Drives cases through the lifecycle repositories for the lifecycle tests. */
import type { SurveyAnswer } from '../../../../shared/domain/lifecycle/records';
import type { Repositories } from '../../../../renderer/db';
import type { SigningInput } from '../../../../renderer/db/signing-input';
import type { Harness } from './helpers';
import { intake, sign } from './helpers';

export const ALL_SATISFIED: SurveyAnswer[] = Array<SurveyAnswer>(10).fill('satisfied'); // 80
export const ONE_NEUTRAL: SurveyAnswer[] = [...Array<SurveyAnswer>(9).fill('satisfied'), 'neutral']; // 78

/** A case triaged and analysed, waiting for the decision. */
export async function caseAtDecision(h: Harness, over: Parameters<typeof intake>[0] = {}): Promise<string> {
  const c = await h.repos.cases.create(intake(over));
  await h.repos.lifecycle.update(c.id, { triage: 'production_quality', severity: 'serious', category: 'product_quality' });
  await h.repos.lifecycle.transition(c.id, { action: 'start_analysis' });
  await h.repos.lifecycle.update(c.id, { analysisSummary: '波峰焊连锡' });
  await h.repos.lifecycle.transition(c.id, { action: 'finish_analysis' });
  return c.id;
}

/** A case with decision C for `amountFen`, in the approval step. */
export async function caseAtApproval(h: Harness, amountFen = 5_000_000): Promise<string> {
  const id = await caseAtDecision(h);
  await h.repos.lifecycle.update(id, { decision: 'C', decisionAmountFen: amountFen });
  await h.repos.lifecycle.transition(id, { action: 'confirm_decision' });
  return id;
}

/** An approved return (RMA issued) with one line of `approved` pieces, shipped: in receiving. */
export async function caseAtReceiving(h: Harness, approved = 100): Promise<{ id: string; lineId: string }> {
  const id = await caseAtApproval(h);
  await h.repos.lifecycle.recordApproval(id, { outcome: 'approved', reason: '' }, await sign(h));
  const line = await h.repos.returns.addLine(id, { productModel: 'KX-200', partNumber: 'P-1001', lotNumber: 'L2611A', quantityApproved: approved, reason: '外壳开裂' });
  await h.repos.lifecycle.update(id, { returnCarrier: '顺丰', returnTrackingNumber: 'SF1234567890', returnPickupDate: '2026-11-24' });
  await h.repos.lifecycle.transition(id, { action: 'ship_return' });
  return { id, lineId: line.id };
}

export async function opCount(h: Harness): Promise<number> {
  return h.db.ops.count();
}

/** Every row of every table (to prove that a refused write changed nothing). */
export async function snapshot(h: Harness): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of h.db.tables) out[table.name] = await table.toArray();
  return out;
}

/**
 * A case closed by path A (complaint only: decision A, production 100 %, the corrective action done, a written
 * reply, effect check recorded) by a clerk who signs with `signing`; for the retention tests (nothing is left open).
 */
export async function closedCaseA(repos: Repositories, signing: SigningInput, over: Parameters<typeof intake>[0] = {}, beforeClose?: (caseId: string) => Promise<void>): Promise<string> {
  const c = await repos.cases.create(intake(over));
  await repos.lifecycle.update(c.id, { triage: 'production_quality', severity: 'general', category: 'product_quality' });
  await repos.lifecycle.transition(c.id, { action: 'start_analysis' });
  await repos.lifecycle.update(c.id, { analysisSummary: '波峰焊连锡' });
  await repos.lifecycle.transition(c.id, { action: 'finish_analysis' });
  await repos.lifecycle.update(c.id, { decision: 'A', severity: 'general' });
  await repos.lifecycle.transition(c.id, { action: 'confirm_decision' });
  await repos.responsibility.addShare(c.id, { department: 'production', percent: 100, supplierName: '', note: '' });
  await repos.lifecycle.transition(c.id, { action: 'confirm_responsibility' });
  await repos.lifecycle.transition(c.id, { action: 'confirm_costs' }, signing);
  const action = await repos.actions.add(c.id, { kind: 'corrective', description: '增加测试治具', owner: '李工', department: 'production', dueDate: '2026-12-01' });
  await repos.lifecycle.transition(c.id, { action: 'finish_corrective_action' });
  await repos.actions.setStatus(action.id, 'done');
  await repos.replies.add(c.id, { repliedAt: '2026-11-24T09:00:00+08:00', channel: 'email', written: true, text: '已改善' });
  await beforeClose?.(c.id);
  await repos.lifecycle.transition(c.id, { action: 'close' }, signing);
  await repos.lifecycle.recordEffectCheck(c.id, { result: 'effective', checkedOn: '2026-11-23', note: '' });
  return c.id;
}
