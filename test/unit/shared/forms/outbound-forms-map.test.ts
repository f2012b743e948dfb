import { describe, expect, it } from 'vitest';
import { deliveryNoteFromCase, deliveryNoteGroups, outboundLabelsFromCase, type OutboundRecords } from '../../../../shared/forms/outbound-forms-map';
import type { OutboundShipment, RepairOrder, ReturnLine } from '../../../../shared/domain/lifecycle/records';
import { CASE } from './eightd-fixture';

const line = { id: 'l1', productModel: 'HX-2200A', partNumber: 'P-1', lotNumber: 'L-1' } as ReturnLine;
const ship = (over: Partial<OutboundShipment>): OutboundShipment => ({
  id: 's1', caseId: 'c', round: 1, lineId: 'l1', kind: 'replacement', quantity: 6, shippedOn: '2026-11-20', carrier: '顺丰', trackingNumber: 'SF1', deliveryNoteNumber: '', advance: true, note: '', deleted: false, ...over,
});
const order = { id: 'o1', lineId: 'l1', orderNumber: 'FX-1', reinspectionResult: 'pass', deleted: false } as RepairOrder;

describe('outbound paper', () => {
  const records: OutboundRecords = {
    rmaNumber: 'RMA2611-B-003',
    lines: [line],
    repairOrders: [order, { ...order, id: 'o2', orderNumber: 'FX-2', reinspectionResult: 'fail' }],
    shipments: [
      ship({ id: 's3', kind: 'repaired', quantity: 8, shippedOn: '2026-11-28', carrier: '德邦', trackingNumber: 'DB7', deliveryNoteNumber: 'DN-88', advance: false }),
      ship({}),
      ship({ id: 's2', quantity: 1, trackingNumber: 'SF2' }),
      ship({ id: 's9', deleted: true }),
    ],
  };

  it('one 送货单 per day, carrier and note number, oldest first; its number is the ERP one or the case number with the day', () => {
    const data = deliveryNoteFromCase(CASE, records);
    expect(data.notes.map((n) => [n.number, n.shippedOn, n.carrier, n.trackingNumbers, n.advance, n.lines.length])).toEqual([
      [`${CASE.caseNumber}-20261120`, '2026-11-20', '顺丰', 'SF1、SF2', true, 2],
      ['DN-88', '2026-11-28', '德邦', 'DB7', false, 1],
    ]);
    // Repaired goods name the repair orders that passed re-inspection.
    expect(data.notes[1]!.lines).toEqual([{ productModel: 'HX-2200A', partNumber: 'P-1', lotNumber: 'L-1', kind: '返修品', quantity: '8', repairOrders: 'FX-1', note: '' }]);
    expect(data.rmaNumber).toBe('RMA2611-B-003');
  });

  it('one label per live shipment', () => {
    const { labels } = outboundLabelsFromCase(CASE, records);
    expect(labels.map((l) => [l.kind, l.quantity, l.deliveryNoteNumber, l.date])).toEqual([
      ['换货（新品）', '6', `${CASE.caseNumber}-20261120`, '2026-11-20'],
      ['换货（新品）', '1', `${CASE.caseNumber}-20261120`, '2026-11-20'],
      ['返修品', '8', 'DN-88', '2026-11-28'],
    ]);
  });

  it('prints only the picked notes, and labels only their shipments', () => {
    const groups = deliveryNoteGroups(CASE, records);
    expect(groups.map((g) => [g.number, g.shippedOn, g.carrier, g.shipments.map((x) => x.id)])).toEqual([
      [`${CASE.caseNumber}-20261120`, '2026-11-20', '顺丰', ['s1', 's2']],
      ['DN-88', '2026-11-28', '德邦', ['s3']],
    ]);
    const newest = [groups[1]!.key];
    expect(deliveryNoteFromCase(CASE, records, newest).notes.map((n) => n.number)).toEqual(['DN-88']);
    expect(outboundLabelsFromCase(CASE, records, newest).labels.map((l) => l.quantity)).toEqual(['8']);
    expect(deliveryNoteFromCase(CASE, records, []).notes).toEqual([]);
  });
});
