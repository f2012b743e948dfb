import { describe, expect, it } from 'vitest';
import {
  addDisposition,
  addReturnLine,
  inspectReturnLine,
  receiveReturnLine,
  removeReturnLine,
  updateDisposition,
  updateReturnLine,
} from '../../../../../../shared/domain/lifecycle/commands/returns';
import type { ApprovalRecord } from '../../../../../../shared/domain/lifecycle/records';
import { view } from '../fixtures';
import { contextOf, disposition, line, shapeOf, writesOf } from './context';

const approved: ApprovalRecord = {
  id: 'a1', caseId: 'c1', round: 1, outcome: 'approved', approverRole: 'department_manager', approverName: '王经理',
  decision: 'C', amountFen: 5_000, reason: '', at: '2026-11-23T10:00:00+08:00', by: 'x',
};
const inReceiving = (lines = [line()]) => view({ state: 'receiving', decision: 'C', decisionAmountFen: 5_000 }, { approvals: [approved], returnLines: lines });

describe('return line commands', () => {
  it('a new line of the current round is written, trimmed, with nothing received yet', () => {
    const done = addReturnLine(contextOf(view({ round: 2 })), { productModel: ' KX-200 ', partNumber: '', lotNumber: '', quantityApproved: 40, reason: '' });
    expect(shapeOf(done)).toEqual(['returnLine:new']);
    expect(done.ok && done.value).toMatchObject({ id: 'id1', caseId: 'c1', round: 2, productModel: 'KX-200', quantityApproved: 40, quantityReceived: null, photoIds: [] });
  });

  it('refuses lines of the round that together exceed the quantity delivered (other rounds and removed lines do not count)', () => {
    const lines = [line({ id: 'a', quantityApproved: 70 }), line({ id: 'b', quantityApproved: 50, round: 0 }), line({ id: 'c', quantityApproved: 50, deleted: true })];
    const ctx = contextOf(view({}, { returnLines: lines }));
    const input = { productModel: 'KX', partNumber: '', lotNumber: '', reason: '' };
    expect(addReturnLine(ctx, { ...input, quantityApproved: 31 })).toEqual({ ok: false, refusal: { kind: 'invalid', fieldErrors: { quantityApproved: 'moreThanDelivered' } } });
    expect(addReturnLine(ctx, { ...input, quantityApproved: 30 }).ok).toBe(true);
    expect(updateReturnLine(ctx, lines[0]!, { quantityApproved: 100 }).ok).toBe(true);
    expect(addReturnLine(contextOf(view(), { caseFacts: { id: 'c1', receivedAt: '2026-11-23T09:00:00+08:00', quantityDelivered: null } }), { ...input, quantityApproved: 1_000 }).ok).toBe(true);
  });

  it('removing a line removes its dispositions', () => {
    const ctx = contextOf(view({}, { returnLines: [line()], dispositions: [disposition(), disposition({ id: 'd2', lineId: 'other' })] }));
    const writes = writesOf(removeReturnLine(ctx, line()));
    expect(writes.map((w) => [w.entity, w.entity !== 'caseLifecycle' && w.record.id, w.entity !== 'caseLifecycle' && 'deleted' in w.record && w.record.deleted])).toEqual([
      ['returnLine', 'l1', true],
      ['disposition', 'd1', true],
    ]);
  });
});

describe('receiving and inspection', () => {
  const receiving = { quantityReceived: 12, receivedBy: ' 李四 ', receivedAt: '2026-11-24T10:00:00+08:00', storageLocation: 'A-1', receivingNote: '' };

  it('receives a line of an approved return and says when the count is out of tolerance', () => {
    const done = receiveReturnLine(contextOf(inReceiving()), line(), receiving, 5);
    expect(shapeOf(done)).toEqual(['returnLine:changed']);
    expect(done.ok && done.value.line).toMatchObject({ quantityReceived: 12, receivedBy: '李四' });
    expect(done.ok && done.value.tolerance.warning).toBe('receivedOverTolerance');
  });

  it('refuses receiving before the return is approved, and a receipt dated before the case', () => {
    expect(receiveReturnLine(contextOf(view({ state: 'receiving', decision: 'C', decisionAmountFen: 5_000 })), line(), receiving, 5)).toEqual({
      ok: false,
      refusal: { kind: 'transitionRefused', action: 'finish_receiving', missing: [{ code: 'approvalMissing', lineId: 'l1' }] },
    });
    const early = receiveReturnLine(contextOf(inReceiving()), line(), { ...receiving, receivedAt: '2026-11-22T10:00:00+08:00' }, 5);
    expect(!early.ok && early.refusal).toEqual({ kind: 'invalid', fieldErrors: { receivedAt: 'beforeReceived' } });
  });

  it('inspects with photos of the case only', () => {
    const received = line({ quantityReceived: 10, receivedAt: '2026-11-24T10:00:00+08:00' });
    const input = { inspectionResult: 'fail' as const, quantityDefective: 3, defectNotes: '焊点虚焊', inspectedBy: '王五', inspectedAt: '2026-11-25T10:00:00+08:00', photoIds: ['p1'] };
    const ctx = contextOf(view({}, { returnLines: [received] }));
    expect(shapeOf(inspectReturnLine(ctx, received, input, new Set(['p1'])))).toEqual(['returnLine:changed']);
    const refused = inspectReturnLine(ctx, received, input, new Set());
    expect(!refused.ok && refused.refusal).toEqual({ kind: 'invalid', fieldErrors: { photoIds: 'notFound' } });
  });
});

describe('disposition commands', () => {
  const received = line({ quantityReceived: 10 });

  it('writes a disposition that fits what was received', () => {
    const ctx = contextOf(view({}, { returnLines: [received], dispositions: [disposition({ quantity: 6 })] }));
    const done = addDisposition(ctx, { lineId: 'l1', kind: 'rework', quantity: 4, repairOrderNumber: 'RO-1', charged: false, note: '' });
    expect(shapeOf(done)).toEqual(['disposition:new']);
  });

  it('refuses a disposition over the received quantity, on a line not received yet, or on no line', () => {
    const ctx = contextOf(view({}, { returnLines: [received, line({ id: 'l2' })], dispositions: [disposition({ quantity: 6 })] }));
    const input = { lineId: 'l1', kind: 'scrap' as const, quantity: 5, repairOrderNumber: '', charged: false, note: '' };
    const errorsOf = (p: ReturnType<typeof addDisposition>) => (!p.ok && p.refusal.kind === 'invalid' ? p.refusal.fieldErrors : null);
    expect(errorsOf(addDisposition(ctx, input))).toEqual({ quantity: 'moreThanReceived' });
    expect(errorsOf(addDisposition(ctx, { ...input, lineId: 'l2' }))).toEqual({ quantity: 'notReceivedYet' });
    expect(errorsOf(addDisposition(ctx, { ...input, lineId: 'nope' }))).toEqual({ lineId: 'notFound' });
    // Editing the existing one counts it once.
    expect(updateDisposition(ctx, disposition({ quantity: 6 }), { quantity: 10 }).ok).toBe(true);
  });
});

describe('text limits of the returns', () => {
  it('a return line, a receipt and a disposition refuse texts over their limits', () => {
    const tooLong = (p: { ok: boolean; refusal?: unknown }) => (!p.ok && (p as { refusal: { fieldErrors: object } }).refusal.fieldErrors) || null;
    expect(tooLong(addReturnLine(contextOf(view()), { productModel: 'M'.repeat(81), partNumber: '', lotNumber: 'L'.repeat(121), quantityApproved: 1, reason: '' }))).toEqual({ productModel: 'tooLong', lotNumber: 'tooLong' });
    const receipt = { quantityReceived: 10, receivedBy: '李'.repeat(61), receivedAt: '2026-11-24T10:00:00+08:00', storageLocation: 'A-1', receivingNote: '' };
    expect(tooLong(receiveReturnLine(contextOf(inReceiving()), line(), receipt, 5))).toEqual({ receivedBy: 'tooLong' });
    const ctx = contextOf(view({}, { returnLines: [line({ quantityReceived: 10 })] }));
    expect(tooLong(addDisposition(ctx, { lineId: 'l1', kind: 'scrap', quantity: 1, repairOrderNumber: '', charged: false, note: '注'.repeat(10_001) }))).toEqual({ note: 'tooLong' });
  });
});
