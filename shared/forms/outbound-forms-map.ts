/**
 * View models of the outbound paper (issue 19.1) from the case and its
 * records: one 送货单 per day, carrier and note number of the shipments
 * (every round, oldest first), one box label per shipment.
 */
import type { ComplaintCase } from '../domain/case';
import type { OutboundShipment, RepairOrder, ReturnLine, ShipmentKind } from '../domain/lifecycle/records';
import type { CaseLifecycleView } from '../domain/lifecycle/states';
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

/** What the outbound paper reads of the case's records (none before the case has any). */
export function outboundOf(view: CaseLifecycleView | null): OutboundRecords {
  return { rmaNumber: view?.lifecycle.rmaNumber ?? null, lines: view?.returnLines ?? [], repairOrders: view?.repairOrders ?? [], shipments: view?.shipments ?? [] };
}

const liveShipments = (r: OutboundRecords): OutboundShipment[] =>
  r.shipments.filter((s) => !s.deleted).sort((a, b) => (a.shippedOn < b.shippedOn ? -1 : a.shippedOn > b.shippedOn ? 1 : a.id < b.id ? -1 : 1));

/** The shipment's 送货单 number, or — when the clerk wrote none — the case number and shipping day. */
const noteNumberOf = (c: ComplaintCase, s: OutboundShipment): string => s.deliveryNoteNumber || `${c.caseNumber}-${s.shippedOn.replaceAll('-', '')}`;

/** One 送货单: the shipments of one day, carrier and note number, oldest first. */
export interface DeliveryNoteGroup {
  /** Stable key of the note (day, carrier, number) for picking it to print. */
  key: string;
  number: string;
  shippedOn: string;
  carrier: string;
  shipments: OutboundShipment[];
}

/** The case's 送货单 (every round), oldest first. */
export function deliveryNoteGroups(c: ComplaintCase, r: OutboundRecords): DeliveryNoteGroup[] {
  const groups = new Map<string, OutboundShipment[]>();
  for (const s of liveShipments(r)) {
    const key = `${s.shippedOn}\u0000${s.carrier}\u0000${s.deliveryNoteNumber}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  return [...groups].map(([key, shipments]) => ({ key, number: noteNumberOf(c, shipments[0]!), shippedOn: shipments[0]!.shippedOn, carrier: shipments[0]!.carrier, shipments }));
}

/** `picked`: keys of the notes to print (deliveryNoteGroups); null: all of them. */
const pickedGroups = (c: ComplaintCase, r: OutboundRecords, picked: readonly string[] | null) => deliveryNoteGroups(c, r).filter((g) => picked === null || picked.includes(g.key));

export function deliveryNoteFromCase(c: ComplaintCase, r: OutboundRecords, picked: readonly string[] | null = null): DeliveryNoteData {
  const lines = new Map(r.lines.map((l) => [l.id, l]));
  const notes: DeliveryNote[] = pickedGroups(c, r, picked).map(({ number, shipments }) => {
    const first = shipments[0]!;
    return {
      number,
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

/** One label per shipment of the picked notes (null: every shipment). */
export function outboundLabelsFromCase(c: ComplaintCase, r: OutboundRecords, picked: readonly string[] | null = null): OutboundLabelData {
  const lines = new Map(r.lines.map((l) => [l.id, l]));
  const labels: OutboundLabel[] = pickedGroups(c, r, picked).flatMap((g) => g.shipments).map((s) => ({
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
