/**
 * View models of the outbound paper (issue 19.1) from the case and its
 * records: one 送货单 per day, carrier and note number of the shipments
 * (every round, oldest first), one box label per shipment.
 */
import type { ComplaintCase } from '../domain/case';
import type { OutboundShipment, RepairOrder, ReturnLine, ShipmentKind } from '../domain/lifecycle/records';
import { num, printDate } from './map';
import type { DeliveryNote, DeliveryNoteData, OutboundLabel, OutboundLabelData } from './outbound-form-types';

export const SHIPMENT_KIND: Record<ShipmentKind, string> = { repaired: '返修品', replacement: '换货（新品）' };

/** What the outbound paper reads besides the case. */
export interface OutboundRecords {
  rmaNumber: string | null;
  lines: readonly ReturnLine[];
  repairOrders: readonly RepairOrder[];
  shipments: readonly OutboundShipment[];
}

const liveShipments = (r: OutboundRecords): OutboundShipment[] =>
  r.shipments.filter((s) => !s.deleted).sort((a, b) => (a.shippedOn < b.shippedOn ? -1 : a.shippedOn > b.shippedOn ? 1 : a.id < b.id ? -1 : 1));

/** The shipment's 送货单 number, or — when the clerk wrote none — the case number and shipping day. */
const noteNumberOf = (c: ComplaintCase, s: OutboundShipment): string => s.deliveryNoteNumber || `${c.caseNumber}-${s.shippedOn.replaceAll('-', '')}`;

export function deliveryNoteFromCase(c: ComplaintCase, r: OutboundRecords): DeliveryNoteData {
  const lines = new Map(r.lines.map((l) => [l.id, l]));
  const groups = new Map<string, OutboundShipment[]>();
  for (const s of liveShipments(r)) {
    const key = `${s.shippedOn}\u0000${s.carrier}\u0000${s.deliveryNoteNumber}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const notes: DeliveryNote[] = [...groups.values()].map((shipments) => {
    const first = shipments[0]!;
    return {
      number: noteNumberOf(c, first),
      shippedOn: printDate(first.shippedOn),
      carrier: first.carrier,
      trackingNumbers: [...new Set(shipments.map((s) => s.trackingNumber).filter(Boolean))].join('、'),
      advance: shipments.some((s) => s.advance),
      lines: shipments.map((s) => {
        const line = lines.get(s.lineId);
        const orders = s.kind === 'repaired' ? r.repairOrders.filter((o) => !o.deleted && o.lineId === s.lineId && o.reinspectionResult === 'pass').map((o) => o.orderNumber) : [];
        return {
          productModel: line?.productModel ?? '',
          partNumber: line?.partNumber ?? '',
          lotNumber: line?.lotNumber ?? '',
          kind: SHIPMENT_KIND[s.kind],
          quantity: num(s.quantity),
          repairOrders: orders.join('、'),
          note: s.note,
        };
      }),
    };
  });
  return {
    caseNumber: c.caseNumber,
    rmaNumber: r.rmaNumber ?? '',
    customerName: c.customerName,
    contactPerson: c.contactPerson,
    contact: c.contactDetail,
    orderNumber: c.orderNumber,
    notes,
  };
}

export function outboundLabelsFromCase(c: ComplaintCase, r: OutboundRecords): OutboundLabelData {
  const lines = new Map(r.lines.map((l) => [l.id, l]));
  const labels: OutboundLabel[] = liveShipments(r).map((s) => ({
    caseNumber: c.caseNumber,
    rmaNumber: r.rmaNumber ?? '',
    customerName: c.customerName,
    productModel: lines.get(s.lineId)?.productModel ?? c.productModel,
    kind: SHIPMENT_KIND[s.kind],
    quantity: num(s.quantity),
    deliveryNoteNumber: noteNumberOf(c, s),
    carrier: s.carrier,
    trackingNumber: s.trackingNumber,
    date: printDate(s.shippedOn),
  }));
  return { labels };
}
