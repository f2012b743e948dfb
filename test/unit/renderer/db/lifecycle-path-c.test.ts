import { describe, expect, it } from 'vitest';
import { factoryDate } from '../../../../shared/domain/factory-calendar';
import { ALL_SATISFIED, caseAtReceiving, ONE_NEUTRAL } from './lifecycle-helpers';
import { openHarness, sign } from './helpers';

describe('path C (return) through the repositories', () => {
  it('return → short receipt (warning) → inspect → split disposition → supplier share + claim → costs → reply → unsatisfied survey → new round → satisfied → close', async () => {
    const h = await openHarness();
    const { id, lineId } = await caseAtReceiving(h, 100);
    expect((await h.repos.lifecycle.get(id)).rmaNumber).toBe('RMA2611-B-001');

    // receive a short quantity: stored, with the warning returned
    const { line, tolerance } = await h.repos.returns.receive(lineId, {
      quantityReceived: 90, receivedBy: '仓库小刘', receivedAt: '2026-11-26T10:00:00+08:00', storageLocation: '隔离区 A-3', receivingNote: '少 10 件',
    });
    expect(line.quantityReceived).toBe(90);
    expect(tolerance).toMatchObject({ status: 'under', warning: 'receivedUnderTolerance', difference: -10 });
    await h.repos.lifecycle.transition(id, { action: 'finish_receiving' });

    const photo = await h.repos.attachments.add(id, { ownerId: lineId, fileName: '连锡.jpg', mimeType: 'image/jpeg', bytes: new TextEncoder().encode('jpeg') });
    const inspection = {
      inspectionResult: 'partial' as const, quantityDefective: 30, defectNotes: '连锡', inspectedBy: 'QE 刘', inspectedAt: '2026-11-27T09:00:00+08:00', photoIds: ['no-such-photo'],
    };
    await expect(h.repos.returns.inspect(lineId, inspection)).rejects.toMatchObject({ fieldErrors: { photoIds: 'notFound' } });
    expect(await h.repos.returns.inspect(lineId, { ...inspection, photoIds: [photo.id] })).toMatchObject({ inspectionResult: 'partial', quantityDefective: 30, photoIds: [photo.id] });
    await h.repos.lifecycle.transition(id, { action: 'finish_inspection' });

    // split disposition: 60 rework + 30 scrap = 90 received
    await h.repos.returns.addDisposition(id, { lineId, kind: 'rework', quantity: 60, repairOrderNumber: 'MO-8801', charged: false, note: '' });
    const early = await h.repos.lifecycle.transition(id, { action: 'finish_disposition' }, await sign(h)).catch((e: unknown) => e);
    expect(early).toMatchObject({ name: 'TransitionRefusedError', missing: [{ code: 'dispositionSumMismatch', lineId, params: { received: 90, disposed: 60, problem: 'under' } }] });
    await h.repos.returns.addDisposition(id, { lineId, kind: 'scrap', quantity: 30, repairOrderNumber: '', charged: false, note: '' });
    await h.repos.lifecycle.transition(id, { action: 'finish_disposition' }, await sign(h));

    // responsibility with a supplier share: a draft claim is created with it
    await h.repos.responsibility.addShare(id, { department: 'production', percent: 40, supplierName: '', note: '' });
    const { share, claim } = await h.repos.responsibility.addShare(id, { department: 'purchasing', percent: 60, supplierName: '东莞某电子', note: '' });
    expect(claim).toMatchObject({ shareId: share.id, supplierName: '东莞某电子', status: 'draft', amountFen: 0 });
    await h.repos.lifecycle.transition(id, { action: 'confirm_responsibility' });

    // costs: the draft claim follows the total × 60 %
    await h.repos.costs.add(id, { kind: 'loss', amountFen: 1_000_000, department: null, note: '' });
    await h.repos.costs.add(id, { kind: 'freight', amountFen: 50_001, department: null, note: '' });
    let file = await h.repos.lifecycle.getCaseFile(id);
    expect(file.costTotals).toMatchObject({ total: 1_050_001, byKind: { loss: 1_000_000, freight: 50_001 } });
    expect(file.view.supplierClaims[0]).toMatchObject({ id: claim!.id, amountFen: 630_001 });
    await h.repos.lifecycle.transition(id, { action: 'confirm_costs' }, await sign(h));

    await h.repos.actions.startEightD(id);
    expect((await h.repos.lifecycle.get(id)).eightDStarted).toBe(true);
    await h.repos.lifecycle.transition(id, { action: 'finish_corrective_action' });
    await h.repos.replies.add(id, { repliedAt: '2026-11-30T09:00:00+08:00', channel: 'email', written: true, text: '8D 报告已发送' });
    await h.repos.lifecycle.transition(id, { action: 'start_follow_up' });

    // unsatisfied (78): a new round at analysis, linked by the transition
    const unhappy = await h.repos.surveys.record(id, { surveyedAt: '2026-12-02T10:00:00+08:00', answers: ONE_NEUTRAL, remarks: '交期慢' });
    expect(unhappy.survey).toMatchObject({ score: 78, satisfied: false, round: 1 });
    expect(unhappy.transition).toMatchObject({ action: 'new_round', from: 'follow_up', to: 'analysis', round: 2 });
    expect(unhappy.transition!.reason).toContain('78');
    expect(await h.repos.lifecycle.get(id)).toMatchObject({ state: 'analysis', round: 2 });
    expect((await h.repos.cases.listAll())[0]).toMatchObject({ state: 'analysis', round: 2, rmaNumber: 'RMA2611-B-001', departments: [] });

    // round 2: decided A this time, no second return
    await h.repos.lifecycle.transition(id, { action: 'finish_analysis' });
    await h.repos.lifecycle.update(id, { decision: 'A' });
    await h.repos.lifecycle.transition(id, { action: 'confirm_decision' });
    await h.repos.responsibility.addShare(id, { department: 'quality', percent: 100, supplierName: '', note: '' });
    await h.repos.lifecycle.transition(id, { action: 'confirm_responsibility' });
    await h.repos.lifecycle.transition(id, { action: 'confirm_costs' }, await sign(h));
    await h.repos.lifecycle.transition(id, { action: 'finish_corrective_action' }); // the 8D is still started
    await h.repos.replies.add(id, { repliedAt: '2026-12-05T09:00:00+08:00', channel: 'phone', written: false, text: '已安排复检' });
    await h.repos.lifecycle.transition(id, { action: 'start_follow_up' });
    const happy = await h.repos.surveys.record(id, { surveyedAt: '2026-12-08T10:00:00+08:00', answers: ALL_SATISFIED, remarks: '' });
    expect(happy).toMatchObject({ survey: { score: 80, satisfied: true, round: 2 }, transition: null });
    // The 60 reworked pieces of round 1 are owed back to the customer: no closing before they are sent (issue 19.1).
    await expect(h.repos.lifecycle.transition(id, { action: 'close' }, await sign(h))).rejects.toMatchObject({ missing: [{ code: 'goodsOwed', lineId, params: { owed: 60, shipped: 0 } }] });
    const today = factoryDate(h.ctx.now());
    const order = await h.repos.returns.addRepairOrder(id, { lineId, orderNumber: 'MO-8801', quantity: 60, materialsUsed: '', hours: 12, charged: false, costFen: 0, note: '' });
    await h.repos.returns.reinspect(order.id, { reinspectionResult: 'pass', reinspectedBy: '周品', reinspectedOn: today });
    await h.repos.returns.addShipment(id, { lineId, kind: 'repaired', quantity: 60, shippedOn: today, carrier: '顺丰', trackingNumber: 'SF1', deliveryNoteNumber: '', note: '' });
    await h.repos.lifecycle.transition(id, { action: 'close' }, await sign(h));

    file = await h.repos.lifecycle.getCaseFile(id);
    expect(file.lifecycle).toMatchObject({ state: 'closed', round: 2 });
    expect(file.view.surveys.map((s) => [s.round, s.score])).toEqual([[1, 78], [2, 80]]);
    expect(file.costTotalsAllRounds.total).toBe(1_050_001);
    expect(file.costTotals.total).toBe(0);
    expect(file.transitions.at(-1)).toMatchObject({ action: 'close', round: 2, by: '张三' });
    expect((await h.repos.cases.listAll())[0]).toMatchObject({ state: 'closed', round: 2, departments: ['quality'], nextDueAt: null });
  });
});
