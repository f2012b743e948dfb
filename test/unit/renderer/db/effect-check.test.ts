/** The effect check after closure (issue 19.5) through the repositories: the due date set at closing, a check recorded, a failed one re-opening the case as a new round. */
import { describe, expect, it } from 'vitest';
import { factoryDate } from '../../../../shared/domain/factory-calendar';
import { addMonthsToDate } from '../../../../shared/domain/lifecycle/effect-check';
import { CaseLockedError, ValidationFailedError } from '../../../../renderer/db';
import { slotOwnerId } from '../../../../shared/domain/lifecycle/attachment-slots';
import { caseAtDecision } from './lifecycle-helpers';
import { openHarness, sign, type Harness } from './helpers';

/** A path-A case taken to closed; returns its id and when it was closed. */
async function closedCase(h: Harness): Promise<{ id: string; closedAt: string }> {
  const id = await caseAtDecision(h);
  await h.repos.lifecycle.update(id, { decision: 'A', severity: 'general' });
  await h.repos.lifecycle.transition(id, { action: 'confirm_decision' });
  await h.repos.responsibility.addShare(id, { department: 'production', percent: 100, supplierName: '', note: '' });
  await h.repos.lifecycle.transition(id, { action: 'confirm_responsibility' });
  await h.repos.lifecycle.transition(id, { action: 'confirm_costs' }, await sign(h));
  const action = await h.repos.actions.add(id, { kind: 'corrective', description: '增加测试治具', owner: '李工', department: 'production', dueDate: '2026-12-01' });
  await h.repos.actions.setStatus(action.id, 'done');
  await h.repos.lifecycle.transition(id, { action: 'finish_corrective_action' });
  await h.repos.replies.add(id, { repliedAt: '2026-11-24T09:00:00+08:00', channel: 'email', written: true, text: '已改善' });
  const closed = await h.repos.lifecycle.transition(id, { action: 'close' }, await sign(h));
  return { id, closedAt: closed.at };
}

const fieldErrors = (e: unknown) => (e instanceof ValidationFailedError ? e.fieldErrors : e);

describe('effect check after closure', () => {
  it('closing sets the check due 3 months after the factory day; the due date can move; an effective check keeps the case closed', async () => {
    const h = await openHarness();
    const { id, closedAt } = await closedCase(h);
    const closedOn = factoryDate(Date.parse(closedAt));
    let lc = await h.repos.lifecycle.get(id);
    expect(lc).toMatchObject({ state: 'closed', effectCheckDueDate: addMonthsToDate(closedOn, 3), effectCheck: null });
    // Not a button on the case: the failed check re-opens through the check itself.
    expect((await h.repos.lifecycle.getCaseFile(id)).availableActions.map((a) => a.action)).toEqual(['reopen']);

    expect(fieldErrors(await h.repos.lifecycle.setEffectCheckDue(id, '2020-01-01').catch((e: unknown) => e))).toEqual({ effectCheckDueDate: 'beforeClosing' });
    await h.repos.lifecycle.setEffectCheckDue(id, addMonthsToDate(closedOn, 4));
    expect((await h.repos.lifecycle.get(id)).effectCheckDueDate).toBe(addMonthsToDate(closedOn, 4));

    const check = await h.repos.lifecycle.recordEffectCheck(id, { result: 'effective', checkedOn: closedOn, note: ' 连续 3 批无不良 ' });
    expect(check).toEqual({ result: 'effective', checkedOn: closedOn, note: '连续 3 批无不良', checkedBy: '张三' });
    lc = await h.repos.lifecycle.get(id);
    expect(lc).toMatchObject({ state: 'closed', round: 1, effectCheck: check });
    expect(fieldErrors(await h.repos.lifecycle.recordEffectCheck(id, { result: 'effective', checkedOn: closedOn, note: '' }).catch((e: unknown) => e))).toEqual({ effectCheck: 'alreadyChecked' });
    // The check is a lifecycle field op: it replicates and shows in the history.
    const ops = await h.db.ops.where('[entity+entityId]').equals(['caseLifecycle', id]).toArray();
    expect(ops.some((o) => 'effectCheck' in o.fields)).toBe(true);
  });

  it('a check that finds the measures did not work needs a note, and re-opens the case as a new round in the same write', async () => {
    const h = await openHarness();
    const { id, closedAt } = await closedCase(h);
    const closedOn = factoryDate(Date.parse(closedAt));
    expect(fieldErrors(await h.repos.lifecycle.recordEffectCheck(id, { result: 'ineffective', checkedOn: closedOn, note: ' ' }).catch((e: unknown) => e))).toEqual({ note: 'required' });
    expect(fieldErrors(await h.repos.lifecycle.recordEffectCheck(id, { result: 'effective', checkedOn: '2099-01-01', note: '' }).catch((e: unknown) => e))).toEqual({ checkedOn: 'future' });
    await h.repos.lifecycle.recordEffectCheck(id, { result: 'ineffective', checkedOn: closedOn, note: '客户再次反馈同一不良' });
    const file = await h.repos.lifecycle.getCaseFile(id);
    expect(file.lifecycle).toMatchObject({ state: 'analysis', round: 2, effectCheck: { result: 'ineffective', note: '客户再次反馈同一不良' } });
    expect(file.transitions.at(-1)).toMatchObject({ action: 'effect_failed', from: 'closed', to: 'analysis', round: 2, reason: '客户再次反馈同一不良' });
    // An open case has no check to record.
    expect(fieldErrors(await h.repos.lifecycle.recordEffectCheck(id, { result: 'effective', checkedOn: closedOn, note: '' }).catch((e: unknown) => e))).toEqual({ effectCheck: 'notClosed' });
  });
});

describe('scan slots of a closed case', () => {
  it('the effect check takes and gives up its evidence after closing; the return proof is locked with the case', async () => {
    const h = await openHarness();
    const { id } = await closedCase(h);
    const pdf = new TextEncoder().encode('%PDF-1.7\n%%EOF\n');
    const evidence = await h.repos.attachments.add(id, { ownerId: slotOwnerId(id, 'effectCheck', 1), fileName: '客户确认函.pdf', mimeType: 'application/pdf', bytes: pdf });
    expect(evidence).toMatchObject({ caseId: id, ownerId: `${id}/effectCheck/1`, fileName: '客户确认函.pdf' });
    const refused = await h.repos.attachments.add(id, { ownerId: slotOwnerId(id, 'returnProof', 1), fileName: '证明单.pdf', mimeType: 'application/pdf', bytes: pdf }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(CaseLockedError);
    await h.repos.attachments.remove(evidence.id);
    expect((await h.db.attachments.get(evidence.id))?.deleted).toBe(true);
  });
});
