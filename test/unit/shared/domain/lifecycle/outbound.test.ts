import { describe, expect, it } from 'vitest';
import { addRepairOrder, addShipment, reinspectRepairOrder, removeRepairOrder, updateRepairOrder } from '../../../../../shared/domain/lifecycle/commands/outbound';
import { availableActions } from '../../../../../shared/domain/lifecycle/machine';
import { earlierLinesWithGoodsBack, goodsOwed, lineOutbound, validateReinspection, validateRepairOrder, validateShipment } from '../../../../../shared/domain/lifecycle/outbound';
import type { DispositionRecord, OutboundShipment, OutboundShipmentInput, RepairOrder } from '../../../../../shared/domain/lifecycle/records';
import { view } from './fixtures';
import { contextOf, line, shapeOf, writesOf } from './commands/context';

const received = line({ quantityApproved: 10, quantityReceived: 10, receivedBy: '王仓', receivedAt: '2026-11-20T10:00:00+08:00', storageLocation: 'R-1' });
const disposition = (over: Partial<DispositionRecord>): DispositionRecord => ({ id: 'd1', caseId: 'c1', round: 1, lineId: 'l1', kind: 'rework', quantity: 5, repairOrderNumber: 'RW-1', charged: false, note: '', deleted: false, ...over });
const order = (over: Partial<RepairOrder> = {}): RepairOrder => ({
  id: 'r1', caseId: 'c1', round: 1, lineId: 'l1', orderNumber: 'FX-2611-01', quantity: 5, materialsUsed: '', hours: 2, charged: false, costFen: 0, costId: '',
  reinspectionResult: null, reinspectedBy: '', reinspectedOn: null, note: '', deleted: false, ...over,
});
const shipment = (over: Partial<OutboundShipment> = {}): OutboundShipment => ({
  id: 's1', caseId: 'c1', round: 1, lineId: 'l1', kind: 'replacement', quantity: 3, shippedOn: '2026-11-20', carrier: '顺丰', trackingNumber: 'SF1', deliveryNoteNumber: '', advance: false, note: '', deleted: false, ...over,
});
const input = (over: Partial<OutboundShipmentInput> = {}): OutboundShipmentInput => ({ lineId: 'l1', kind: 'replacement', quantity: 3, shippedOn: '2026-11-23', carrier: '顺丰', trackingNumber: 'SF9', deliveryNoteNumber: '', note: '', ...over });
const TODAY = '2026-11-24';
const AT = '2026-11-24T02:00:00.000Z';

describe('goods owed back to the customer', () => {
  it('owes the rework and exchange pieces of a line, less what was sent', () => {
    const dispositions = [disposition({}), disposition({ id: 'd2', kind: 'exchange', quantity: 3 }), disposition({ id: 'd3', kind: 'scrap', quantity: 2 }), disposition({ id: 'd4', kind: 'exchange', quantity: 9, deleted: true })];
    const passed = [order({ reinspectionResult: 'pass' }), order({ id: 'r2', quantity: 4, reinspectionResult: 'fail' })];
    const sent = [shipment(), shipment({ id: 's2', kind: 'repaired', quantity: 2 }), shipment({ id: 's3', quantity: 7, deleted: true })];
    expect(lineOutbound(received, dispositions, passed, sent)).toEqual({ lineId: 'l1', owed: 8, shipped: 5, repairedPassed: 5, repairedShipped: 2, outstanding: 3 });
    expect(goodsOwed([received], dispositions, passed, sent)).toEqual([{ lineId: 'l1', owed: 8, shipped: 5, repairedPassed: 5, repairedShipped: 2, outstanding: 3, productModel: 'KX-200' }]);
    // An advance exchange sent more than is owed so far: nothing outstanding.
    expect(goodsOwed([received], [], [], [shipment()])).toEqual([]);
  });

  it('still ships from the current round the earlier lines with goods owed or sent, not the others', () => {
    const round1 = [received, line({ id: 'l2' }), line({ id: 'l3' }), line({ id: 'l4', deleted: true })];
    const current = line({ id: 'l5', round: 2 });
    const dispositions = [disposition({}), disposition({ id: 'd4', lineId: 'l4', quantity: 2 })];
    const sent = [shipment({ lineId: 'l2', quantity: 1 })];
    expect(earlierLinesWithGoodsBack([...round1, current], 2, dispositions, [], sent).map((l) => l.id)).toEqual(['l1', 'l2']);
    expect(earlierLinesWithGoodsBack([...round1, current], 1, dispositions, [], sent)).toEqual([]);
  });

  it('keeps the case from closing while goods are owed, with the line and the figures', () => {
    const base = { returnLines: [received], dispositions: [disposition({ kind: 'exchange', quantity: 4 })], replies: [{ id: 'y1', caseId: 'c1', round: 1, repliedAt: '2026-11-23T10:00:00+08:00', channel: 'email' as const, written: true, text: '已处理', by: '张三', deleted: false }] };
    const owing = availableActions(view({ state: 'reply', severity: 'general' }, { ...base, shipments: [shipment({ quantity: 1 })] })).find((a) => a.action === 'close');
    expect(owing?.missing.filter((m) => m.code === 'goodsOwed')).toEqual([{ code: 'goodsOwed', lineId: 'l1', params: { model: 'KX-200', owed: 4, shipped: 1 } }]);
    const sent = availableActions(view({ state: 'reply', severity: 'general' }, { ...base, shipments: [shipment({ quantity: 1 }), shipment({ id: 's2', quantity: 3 })] })).find((a) => a.action === 'close');
    expect(sent?.missing.filter((m) => m.code === 'goodsOwed')).toEqual([]);
  });
});

describe('shipments', () => {
  it('repaired goods go only up to what passed re-inspection', () => {
    expect(validateShipment(input({ kind: 'repaired' }), received, [], [order()], TODAY)).toEqual({ quantity: 'moreThanRepaired' });
    expect(validateShipment(input({ kind: 'repaired', quantity: 5 }), received, [], [order({ reinspectionResult: 'pass' })], TODAY)).toEqual({});
    expect(validateShipment(input({ kind: 'repaired', quantity: 3 }), received, [shipment({ kind: 'repaired', quantity: 3 })], [order({ reinspectionResult: 'pass' })], TODAY)).toEqual({ quantity: 'moreThanRepaired' });
  });

  it('a line never sends back more than it returned; dates are real and not ahead; a carrier is named', () => {
    expect(validateShipment(input({ quantity: 8 }), received, [shipment()], [], TODAY)).toEqual({ quantity: 'moreThanReturned' });
    expect(validateShipment(input({ quantity: 7 }), received, [shipment()], [], TODAY)).toEqual({});
    expect(validateShipment(input({ quantity: 0, shippedOn: '2026-11-25', carrier: ' ' }), received, [], [], TODAY)).toEqual({ quantity: 'zero', shippedOn: 'future', carrier: 'required' });
    expect(validateShipment(input({ quantity: 1.5, shippedOn: '2026-02-30', kind: 'gift' as 'replacement' }), received, [], [], TODAY)).toEqual({ quantity: 'notAnInteger', shippedOn: 'invalid', kind: 'required' });
  });

  it('replacement goods sent before the return arrives are an advance exchange', () => {
    const awaited = line({ quantityApproved: 10 });
    const ctx = contextOf(view({ state: 'return_logistics' }, { returnLines: [awaited] }), { at: AT });
    const done = addShipment(ctx, input({ carrier: ' 德邦 ' }));
    expect(done.ok && done.value).toEqual({ id: 'id1', caseId: 'c1', round: 1, lineId: 'l1', kind: 'replacement', quantity: 3, shippedOn: '2026-11-23', carrier: '德邦', trackingNumber: 'SF9', deliveryNoteNumber: '', advance: true, note: '', deleted: false });
    expect(addShipment(contextOf(view({}, { returnLines: [received] }), { at: AT }), input()).ok && true).toBe(true);
    expect(addShipment(ctx, input({ lineId: 'nope' }))).toEqual({ ok: false, refusal: { kind: 'invalid', fieldErrors: { lineId: 'required' } } });
  });
});

describe('repair orders', () => {
  it('repair received goods only, all orders of a line within what was received', () => {
    const base = { lineId: 'l1', orderNumber: 'FX-1', quantity: 6, materialsUsed: '', hours: 1.5, charged: false, costFen: 0, note: '' };
    expect(validateRepairOrder(base, line(), [])).toEqual({ lineId: 'notReceivedYet' });
    expect(validateRepairOrder(base, received, [order()])).toEqual({ quantity: 'moreThanReceived' });
    expect(validateRepairOrder({ ...base, quantity: 5 }, received, [order()])).toEqual({});
    expect(validateRepairOrder({ ...base, orderNumber: ' ', hours: -1, costFen: 1.5 }, received, [])).toEqual({ orderNumber: 'required', hours: 'negative', costFen: 'notFen' });
  });

  it('carries its cost into the case costs as a repair cost that follows it', () => {
    const ctx = contextOf(view({ state: 'disposition' }, { returnLines: [received] }), { at: AT });
    const added = addRepairOrder(ctx, { lineId: 'l1', orderNumber: ' FX-2611-01 ', quantity: 5, materialsUsed: '外壳 ×5', hours: 3, charged: true, costFen: 12_345, note: '' });
    expect(shapeOf(added)).toEqual(['cost:new', 'repairOrder:new']);
    const first = writesOf(added)[0]!;
    const cost = (first.entity === 'cost' ? first.record : null);
    expect(cost).toEqual({ id: 'id2', caseId: 'c1', round: 1, kind: 'repair', amountFen: 12_345, department: null, note: '返修单 FX-2611-01（向客户收费）', deleted: false });
    expect(added.ok && added.value).toMatchObject({ id: 'id1', orderNumber: 'FX-2611-01', costId: 'id2' });

    const saved = order({ costFen: 12_345, costId: 'k9', charged: true });
    const withCost = contextOf(view({}, { returnLines: [received], repairOrders: [saved], costs: [{ id: 'k9', caseId: 'c1', round: 1, kind: 'repair', amountFen: 12_345, department: null, note: '返修单 FX-2611-01（向客户收费）', deleted: false }] }), { at: AT });
    const free = writesOf(updateRepairOrder(withCost, saved, { charged: false, costFen: 10_000 }));
    expect(free[0]).toMatchObject({ entity: 'cost', record: { id: 'k9', amountFen: 10_000, note: '返修单 FX-2611-01（免费返修）' } });
    const zero = writesOf(updateRepairOrder(withCost, saved, { costFen: 0 }));
    expect(zero.map((w) => (w.entity === 'caseLifecycle' ? w.entity : [w.entity, (w.record as { deleted?: boolean }).deleted]))).toEqual([['cost', true], ['repairOrder', false]]);
    expect(zero.at(-1)).toMatchObject({ record: { costId: '' } });
    expect(writesOf(removeRepairOrder(withCost, saved)).map((w) => (w.entity === 'caseLifecycle' ? w.entity : [w.entity, (w.record as { deleted?: boolean }).deleted]))).toEqual([['cost', true], ['repairOrder', true]]);
  });

  it('re-inspection needs a result, who and a date; failing it after the repaired goods went out is refused', () => {
    expect(validateReinspection({ reinspectionResult: null, reinspectedBy: ' ', reinspectedOn: '2026-11-25' }, TODAY)).toEqual({ reinspectionResult: 'required', reinspectedBy: 'required', reinspectedOn: 'future' });
    const passed = order({ reinspectionResult: 'pass', reinspectedBy: '周品', reinspectedOn: '2026-11-22' });
    const ctx = contextOf(view({}, { returnLines: [received], repairOrders: [passed], shipments: [shipment({ kind: 'repaired', quantity: 2 })] }), { at: AT });
    expect(reinspectRepairOrder(ctx, passed, { reinspectionResult: 'fail', reinspectedBy: '周品', reinspectedOn: TODAY })).toEqual({ ok: false, refusal: { kind: 'invalid', fieldErrors: { reinspectionResult: 'alreadyShipped' } } });
    const fresh = contextOf(view({}, { returnLines: [received], repairOrders: [order()] }), { at: AT });
    expect(reinspectRepairOrder(fresh, order(), { reinspectionResult: 'pass', reinspectedBy: ' 周品 ', reinspectedOn: TODAY }).ok && true).toBe(true);
  });
});
