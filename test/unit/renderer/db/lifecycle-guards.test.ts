/** Every refused write throws and leaves every table exactly as it was. */
import { describe, expect, it } from 'vitest';
import type { ValidationFailedError } from '../../../../renderer/db';
import { CaseLockedError, TransitionRefusedError } from '../../../../renderer/db';
import { caseAtApproval, caseAtDecision, caseAtReceiving, snapshot } from './lifecycle-helpers';
import { intake, openHarness, type Harness, sign } from './helpers';

/** Runs `write`, expects it to fail, and checks that nothing at all was written. */
async function refused(h: Harness, write: () => Promise<unknown>): Promise<unknown> {
  const before = await snapshot(h);
  const opsBefore = await h.db.ops.count();
  const error = await write().then(
    () => new Error('the write was accepted'),
    (e: unknown) => e,
  );
  expect(await h.db.ops.count()).toBe(opsBefore);
  expect(await snapshot(h)).toEqual(before);
  return error;
}

const missing = (e: unknown) => (e as TransitionRefusedError).missing.map((m) => m.code);
const fields = (e: unknown) => (e as ValidationFailedError).fieldErrors;

describe('guards refuse with nothing written', () => {
  it('no analysis before triage; no decision without a summary; no B/C without an amount', async () => {
    const h = await openHarness();
    const c = await h.repos.cases.create(intake());
    const e1 = await refused(h, () => h.repos.lifecycle.transition(c.id, { action: 'start_analysis' }));
    expect(e1).toBeInstanceOf(TransitionRefusedError);
    expect(missing(e1)).toEqual(['triageMissing', 'severityMissing', 'categoryMissing']);
    const id = await caseAtDecision(h);
    await h.repos.lifecycle.update(id, { decision: 'B' });
    expect(missing(await refused(h, () => h.repos.lifecycle.transition(id, { action: 'confirm_decision' })))).toEqual(['amountMissing']);
    const signing = await sign(h);
    expect(missing(await refused(h, () => h.repos.lifecycle.transition(id, { action: 'close' }, signing)))).toEqual(['wrongState']);
  });

  it('no receiving before the return is approved', async () => {
    const h = await openHarness();
    const id = await caseAtApproval(h);
    const line = await h.repos.returns.addLine(id, { productModel: 'KX-200', partNumber: '', lotNumber: '', quantityApproved: 10, reason: '' });
    const e = await refused(h, () =>
      h.repos.returns.receive(line.id, { quantityReceived: 10, receivedBy: '小刘', receivedAt: '2026-11-25T10:00:00+08:00', storageLocation: 'A', receivingNote: '' }),
    );
    expect(e).toBeInstanceOf(TransitionRefusedError);
    expect(missing(e)).toEqual(['approvalMissing']);
  });

  it('bad quantities: negative, more than delivered, more than received', async () => {
    const h = await openHarness();
    const { id, lineId } = await caseAtReceiving(h, 100);
    const line = (q: number) => ({ productModel: 'KX-200', partNumber: '', lotNumber: '', quantityApproved: q, reason: '' });
    expect(fields(await refused(h, () => h.repos.returns.addLine(id, line(-1))))).toEqual({ quantityApproved: 'negative' });
    expect(fields(await refused(h, () => h.repos.returns.addLine(id, line(1001))))).toEqual({ quantityApproved: 'moreThanDelivered' });
    // 100 already approved on the first line: 901 more is over the 1000 delivered
    expect(fields(await refused(h, () => h.repos.returns.addLine(id, line(901))))).toEqual({ quantityApproved: 'moreThanDelivered' });
    const receipt = { receivedBy: '小刘', receivedAt: '2026-11-25T10:00:00+08:00', storageLocation: 'A', receivingNote: '' };
    expect(fields(await refused(h, () => h.repos.returns.receive(lineId, { ...receipt, quantityReceived: -5 })))).toEqual({ quantityReceived: 'negative' });
    expect(fields(await refused(h, () => h.repos.returns.receive(lineId, { ...receipt, quantityReceived: 5, receivedAt: '2026-11-20T10:00:00+08:00' })))).toEqual({ receivedAt: 'beforeReceived' });
    const disposition = { lineId, kind: 'scrap' as const, quantity: 5, repairOrderNumber: '', charged: false, note: '' };
    expect(fields(await refused(h, () => h.repos.returns.addDisposition(id, disposition)))).toEqual({ quantity: 'notReceivedYet' });
    await h.repos.returns.receive(lineId, { ...receipt, quantityReceived: 100 });
    await h.repos.returns.addDisposition(id, { ...disposition, quantity: 95 });
    expect(fields(await refused(h, () => h.repos.returns.addDisposition(id, { ...disposition, quantity: 6 })))).toEqual({ quantity: 'moreThanReceived' });
    expect(fields(await refused(h, () => h.repos.returns.addDisposition(id, { ...disposition, kind: 'rework' })))).toEqual({ repairOrderNumber: 'required' });
  });

  it('responsibility: over 100 refused at once, under 100 refused at confirm', async () => {
    const h = await openHarness();
    const id = await caseAtDecision(h);
    await h.repos.lifecycle.update(id, { decision: 'A' });
    await h.repos.lifecycle.transition(id, { action: 'confirm_decision' });
    await h.repos.responsibility.addShare(id, { department: 'production', percent: 33.3, supplierName: '', note: '' });
    await h.repos.responsibility.addShare(id, { department: 'quality', percent: 33.3, supplierName: '', note: '' });
    expect(fields(await refused(h, () => h.repos.responsibility.addShare(id, { department: 'sales', percent: 33.5, supplierName: '', note: '' })))).toEqual({ percent: 'sumOverHundred' });
    expect(fields(await refused(h, () => h.repos.responsibility.addShare(id, { department: 'sales', percent: 3.33, supplierName: '', note: '' })))).toEqual({ percent: 'tooManyDecimals' });
    const e = await refused(h, () => h.repos.lifecycle.transition(id, { action: 'confirm_responsibility' }));
    expect((e as TransitionRefusedError).missing).toEqual([{ code: 'sharesNotHundred', params: { total: 66.6 } }]);
    await h.repos.responsibility.addShare(id, { department: 'sales', percent: 33.4, supplierName: '', note: '' });
    expect((await h.repos.lifecycle.transition(id, { action: 'confirm_responsibility' })).to).toBe('costs');
  });

  it('dates out of order and unknown values are field errors', async () => {
    const h = await openHarness();
    const id = await caseAtDecision(h);
    expect(fields(await refused(h, () => h.repos.replies.add(id, { repliedAt: '2026-11-22T09:00:00+08:00', channel: 'email', written: true, text: 'x' })))).toEqual({ repliedAt: 'beforeReceived' });
    expect(fields(await refused(h, () => h.repos.lifecycle.update(id, { severity: 'huge' as never, returnPickupDate: '2026-11-20' })))).toEqual({ severity: 'invalid', returnPickupDate: 'beforeReceived' });
    expect(fields(await refused(h, () => h.repos.costs.add(id, { kind: 'loss', amountFen: 10.5, department: null, note: '' })))).toEqual({ amountFen: 'notFen' });
    expect(fields(await refused(h, () => h.repos.actions.add(id, { kind: 'corrective', description: '', owner: ' ', department: null, dueDate: '2026-13-01' })))).toEqual({
      description: 'required', owner: 'required', dueDate: 'invalid',
    });
    expect(fields(await refused(h, () => h.repos.surveys.record(id, { surveyedAt: '2026-12-01T10:00:00+08:00', answers: [], remarks: '' })))).toEqual({ state: 'notInFollowUp' });
  });

  it('send back needs a reason and an earlier step; it is recorded with the reason', async () => {
    const h = await openHarness();
    const id = await caseAtDecision(h);
    expect(missing(await refused(h, () => h.repos.lifecycle.transition(id, { action: 'send_back', to: 'analysis' })))).toEqual(['reasonMissing']);
    expect(missing(await refused(h, () => h.repos.lifecycle.transition(id, { action: 'send_back', to: 'reply', reason: 'x' })))).toEqual(['targetInvalid']);
    expect(await h.repos.lifecycle.transition(id, { action: 'send_back', to: 'analysis', reason: '样品不足' })).toMatchObject({ from: 'decision', to: 'analysis', reason: '样品不足' });
  });

  it('a closed case is locked; only an explicit reopen with a reason opens it again', async () => {
    const h = await openHarness();
    const id = await caseAtDecision(h);
    await h.repos.lifecycle.update(id, { decision: 'A', severity: 'general' });
    await h.repos.lifecycle.transition(id, { action: 'confirm_decision' });
    await h.repos.responsibility.addShare(id, { department: 'sales', percent: 100, supplierName: '', note: '' });
    await h.repos.lifecycle.transition(id, { action: 'confirm_responsibility' });
    await h.repos.lifecycle.transition(id, { action: 'confirm_costs' }, await sign(h));
    const act = await h.repos.actions.add(id, { kind: 'preventive', description: '更新 FMEA', owner: '李工', department: null, dueDate: '2026-12-01' });
    await h.repos.actions.setStatus(act.id, 'done');
    await h.repos.lifecycle.transition(id, { action: 'finish_corrective_action' });
    const reply = await h.repos.replies.add(id, { repliedAt: '2026-11-24T09:00:00+08:00', channel: 'email', written: true, text: 'ok' });
    await h.repos.lifecycle.transition(id, { action: 'close' }, await sign(h));

    for (const write of [
      () => h.repos.lifecycle.update(id, { analysisSummary: '改' }),
      () => h.repos.lifecycle.transition(id, { action: 'send_back', to: 'analysis', reason: 'x' }),
      () => h.repos.replies.update(reply.id, { text: '改' }),
      () => h.repos.actions.setStatus(act.id, 'open'),
      () => h.repos.costs.add(id, { kind: 'loss', amountFen: 1, department: null, note: '' }),
      () => h.repos.actions.startEightD(id),
    ]) {
      expect(await refused(h, write)).toBeInstanceOf(CaseLockedError);
    }
    expect(missing(await refused(h, () => h.repos.lifecycle.transition(id, { action: 'reopen', reason: '  ' })))).toEqual(['reasonMissing']);
    expect(await h.repos.lifecycle.transition(id, { action: 'reopen', reason: '客户再次投诉' })).toMatchObject({ from: 'closed', to: 'analysis', reason: '客户再次投诉' });
    expect((await h.repos.lifecycle.update(id, { analysisSummary: '复查' })).analysisSummary).toBe('复查');
  });

  it('deleted or unknown cases and records are not found', async () => {
    const h = await openHarness();
    const c = await h.repos.cases.create(intake());
    await h.repos.cases.remove(c.id);
    await expect(refused(h, () => h.repos.lifecycle.update(c.id, { triage: 'ageing' }))).resolves.toMatchObject({ name: 'RecordNotFoundError' });
    await expect(h.repos.lifecycle.getCaseFile(c.id)).rejects.toMatchObject({ name: 'RecordNotFoundError' });
    await expect(refused(h, () => h.repos.costs.update('nope', { amountFen: 1 }))).resolves.toMatchObject({ name: 'RecordNotFoundError' });
  });
});
