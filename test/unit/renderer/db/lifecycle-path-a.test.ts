import { describe, expect, it } from 'vitest';
import { caseAtDecision } from './lifecycle-helpers';
import { openHarness, sign } from './helpers';

describe('path A (complaint only) through the repositories', () => {
  it('triage → analysis → decision A → responsibility → costs → action → reply → close, every step recorded', async () => {
    const h = await openHarness();
    const id = await caseAtDecision(h);
    await h.repos.lifecycle.update(id, { decision: 'A', severity: 'general' });
    expect((await h.repos.lifecycle.transition(id, { action: 'confirm_decision' })).to).toBe('responsibility');
    await h.repos.responsibility.addShare(id, { department: 'production', percent: 100, supplierName: '', note: '' });
    await h.repos.lifecycle.transition(id, { action: 'confirm_responsibility' });
    await h.repos.costs.add(id, { kind: 'freight', amountFen: 12_000, department: null, note: '' });
    await h.repos.lifecycle.transition(id, { action: 'confirm_costs' }, await sign(h));
    const action = await h.repos.actions.add(id, { kind: 'corrective', description: '增加测试治具', owner: '李工', department: 'production', dueDate: '2026-12-01' });
    expect((await h.repos.actions.listOpen('李工')).map((i) => i.action.id)).toEqual([action.id]);
    await h.repos.lifecycle.transition(id, { action: 'finish_corrective_action' });
    await h.repos.replies.add(id, { repliedAt: '2026-11-24T09:00:00+08:00', channel: 'email', written: true, text: '已改善' });
    const refused = await h.repos.lifecycle.transition(id, { action: 'close' }, await sign(h)).catch((e: unknown) => e);
    expect(refused).toMatchObject({ name: 'TransitionRefusedError', missing: [{ code: 'openActions' }] });
    await h.repos.actions.setStatus(action.id, 'done');
    expect(await h.repos.actions.listOpen()).toEqual([]);
    const closed = await h.repos.lifecycle.transition(id, { action: 'close' }, await sign(h));
    expect(closed).toMatchObject({ from: 'reply', to: 'closed', by: '张三' });

    const file = await h.repos.lifecycle.getCaseFile(id);
    expect(file.transitions.map((t) => t.action)).toEqual([
      'start_analysis', 'finish_analysis', 'confirm_decision', 'confirm_responsibility', 'confirm_costs', 'finish_corrective_action', 'close',
    ]);
    expect(file.lifecycle.state).toBe('closed');
    expect(file.followUpRequired).toBe(false);
    expect(file.costTotals.total).toBe(12_000);
    expect(file.availableActions.map((a) => a.action)).toEqual(['reopen']);
    const row = (await h.repos.cases.listAll())[0]!;
    expect(row).toMatchObject({ state: 'closed', severity: 'general', departments: ['production'], nextDueAt: null, rmaNumber: null });
    // the transitions are ops of their own entity, all fields, with the clerk
    const closeOps = await h.db.ops.where('[entity+entityId]').equals(['transition', closed.id]).toArray();
    expect(closeOps.flatMap((o) => Object.keys(o.fields)).sort()).toEqual(['action', 'at', 'by', 'caseId', 'from', 'reason', 'round', 'to']);
    expect(new Set(closeOps.map((o) => o.hlc)).size).toBe(1);
  });
});
