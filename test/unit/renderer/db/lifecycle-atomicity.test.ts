/** A lifecycle write that fails midway (full disk, crash) leaves nothing of itself. */
import { describe, expect, it } from 'vitest';
import { ONE_NEUTRAL, caseAtApproval, snapshot } from './lifecycle-helpers';
import { openHarness, type Harness, sign } from './helpers';

function failOnOp(h: Harness, n: number): () => void {
  let seen = 0;
  const hook = () => {
    seen += 1;
    if (seen === n) throw new Error('disk full (injected)');
  };
  h.db.ops.hook('creating', hook);
  return () => h.db.ops.hook('creating').unsubscribe(hook);
}

describe('lifecycle writes are atomic', () => {
  it('approval: no approval, no transition, no RMA number or serial, no state change, no projection change', async () => {
    const h = await openHarness();
    const id = await caseAtApproval(h);
    const signing = await sign(h);
    const before = await snapshot(h);
    // the approval record's op goes first, then its signature's, then the transition's: fail on the transition's op
    const undo = failOnOp(h, 3);
    await expect(h.repos.lifecycle.recordApproval(id, { outcome: 'approved', reason: '' }, signing)).rejects.toThrow(/disk full/);
    undo();
    expect(await snapshot(h)).toEqual(before);
    // and the same write succeeds afterwards with the first RMA serial
    await h.repos.lifecycle.recordApproval(id, { outcome: 'approved', reason: '' }, await sign(h));
    expect((await h.repos.lifecycle.get(id)).rmaNumber).toBe('RMA2611-B-001');
  });

  it('survey with a new round: neither the survey nor the round is kept', async () => {
    const h = await openHarness();
    const id = await caseAtApproval(h);
    await h.repos.lifecycle.transition(id, { action: 'send_back', to: 'decision', reason: '改判 A' });
    await h.repos.lifecycle.update(id, { decision: 'A' });
    await h.repos.lifecycle.transition(id, { action: 'confirm_decision' });
    await h.repos.responsibility.addShare(id, { department: 'production', percent: 100, supplierName: '', note: '' });
    await h.repos.lifecycle.transition(id, { action: 'confirm_responsibility' });
    await h.repos.lifecycle.transition(id, { action: 'confirm_costs' }, await sign(h));
    await h.repos.actions.startEightD(id);
    await h.repos.lifecycle.transition(id, { action: 'finish_corrective_action' });
    await h.repos.replies.add(id, { repliedAt: '2026-11-24T09:00:00+08:00', channel: 'email', written: true, text: 'ok' });
    await h.repos.lifecycle.transition(id, { action: 'start_follow_up' });
    const before = await snapshot(h);
    const undo = failOnOp(h, 2); // the survey's op, then the new_round transition's
    await expect(h.repos.surveys.record(id, { surveyedAt: '2026-12-01T10:00:00+08:00', answers: ONE_NEUTRAL, remarks: '' })).rejects.toThrow(/disk full/);
    undo();
    expect(await snapshot(h)).toEqual(before);
    expect((await h.repos.lifecycle.get(id)).state).toBe('follow_up');
  });

  it('one call = one HLC for all its ops (record, transition, lifecycle, claim)', async () => {
    const h = await openHarness();
    const id = await caseAtApproval(h);
    const signing = await sign(h);
    const before = (await h.db.ops.toArray()).map((o) => o.id);
    await h.repos.lifecycle.recordApproval(id, { outcome: 'approved', reason: '' }, signing);
    const written = (await h.db.ops.toArray()).filter((o) => !before.includes(o.id));
    expect(new Set(written.map((o) => o.entity))).toEqual(new Set(['approval', 'signature', 'transition', 'caseLifecycle']));
    expect(new Set(written.map((o) => o.hlc)).size).toBe(1);
    expect((await h.db.meta.get('lastHlc'))?.value).toBe(written[0]!.hlc);
  });
});
