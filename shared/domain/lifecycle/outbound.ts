/**
 * The outbound leg (issue 19.1; seed 000 §3.2.3, §3.4.1, §4.4.4 B): goods
 * owed back to the customer and what was sent. Pure rules.
 *
 *  - Owed, per return line: the received pieces disposed as rework (返修,
 *    repaired and sent back) or exchange (换货, new goods sent instead).
 *  - Sent: the line's shipments. Repaired goods go only once a repair order
 *    of the line passed its re-inspection, up to the pieces it repaired;
 *    replacement goods may go before the return arrives (先换后退,
 *    seed 000 其它事项 1: an advance exchange).
 *  - A case does not close while a line has goods owed and not sent.
 *  - A line never sends back more than max(approved, received) pieces.
 */
import { filled, isPlainDate, oneOf, type FieldErrors } from '../field-checks';
import type { DispositionRecord, OutboundShipment, OutboundShipmentInput, RepairOrder, RepairOrderInput, ReinspectionInput, ReturnLine } from './records';
import { REINSPECTION_RESULTS, SHIPMENT_KINDS } from './records';
import { live } from '../live-records';

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n);

/** Dispositions that owe the customer goods back. */
export const OWING_DISPOSITIONS = ['rework', 'exchange'] as const;

export interface LineOutbound {
  lineId: string;
  /** Pieces owed back (rework + exchange dispositions). */
  owed: number;
  /** Pieces sent, all kinds. */
  shipped: number;
  /** Repaired pieces that passed re-inspection (repair orders passed). */
  repairedPassed: number;
  /** Repaired pieces sent. */
  repairedShipped: number;
  /** owed − shipped, never below 0. */
  outstanding: number;
}

/** The outbound figures of one line. */
export function lineOutbound(line: Pick<ReturnLine, 'id'>, dispositions: readonly DispositionRecord[], orders: readonly RepairOrder[], shipments: readonly OutboundShipment[]): LineOutbound {
  const sum = (list: readonly { quantity: number }[]) => list.reduce((n, x) => n + x.quantity, 0);
  const owed = sum(live(dispositions).filter((d) => d.lineId === line.id && (OWING_DISPOSITIONS as readonly string[]).includes(d.kind)));
  const sent = live(shipments).filter((s) => s.lineId === line.id);
  const shipped = sum(sent);
  return {
    lineId: line.id,
    owed,
    shipped,
    repairedPassed: sum(live(orders).filter((o) => o.lineId === line.id && o.reinspectionResult === 'pass')),
    repairedShipped: sum(sent.filter((s) => s.kind === 'repaired')),
    outstanding: Math.max(0, owed - shipped),
  };
}

/** Lines with goods owed and not sent yet (what keeps the case open). */
export function goodsOwed(lines: readonly ReturnLine[], dispositions: readonly DispositionRecord[], orders: readonly RepairOrder[], shipments: readonly OutboundShipment[]): (LineOutbound & { productModel: string })[] {
  return live(lines)
    .map((line) => ({ ...lineOutbound(line, dispositions, orders, shipments), productModel: line.productModel }))
    .filter((x) => x.outstanding > 0);
}

/** Lines of rounds before `round` with goods owed or sent back: they are still shipped from the current round (the case does not close without them). */
export function earlierLinesWithGoodsBack(lines: readonly ReturnLine[], round: number, dispositions: readonly DispositionRecord[], orders: readonly RepairOrder[], shipments: readonly OutboundShipment[]): ReturnLine[] {
  return live(lines).filter((line) => {
    if (line.round >= round) return false;
    const figures = lineOutbound(line, dispositions, orders, shipments);
    return figures.owed > 0 || figures.shipped > 0;
  });
}

/** The most pieces a line may send back in all. */
export const shippableOf = (line: Pick<ReturnLine, 'quantityApproved' | 'quantityReceived'>): number => Math.max(line.quantityApproved, line.quantityReceived ?? 0);

/**
 * Field errors of a shipment of `line` (the line's other live shipments
 * and repair orders given), `today` the factory date of the write.
 * quantity: 'required' | 'notAnInteger' | 'zero' | 'moreThanReturned' |
 * 'moreThanRepaired'; shippedOn: 'required' | 'invalid' | 'future';
 * kind: 'required'; carrier: 'required'.
 */
export function validateShipment(input: OutboundShipmentInput, line: ReturnLine, others: readonly OutboundShipment[], orders: readonly RepairOrder[], today: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!oneOf(SHIPMENT_KINDS, input.kind)) errors.kind = 'required';
  const q: unknown = input.quantity;
  if (typeof q !== 'number' || Number.isNaN(q)) errors.quantity = 'required';
  else if (!Number.isInteger(q)) errors.quantity = 'notAnInteger';
  else if (q <= 0) errors.quantity = 'zero';
  else {
    const rest = live(others).filter((s) => s.lineId === line.id);
    if (rest.reduce((n, s) => n + s.quantity, 0) + q > shippableOf(line)) errors.quantity = 'moreThanReturned';
    else if (input.kind === 'repaired') {
      const passed = live(orders).filter((o) => o.lineId === line.id && o.reinspectionResult === 'pass').reduce((n, o) => n + o.quantity, 0);
      const sent = rest.filter((s) => s.kind === 'repaired').reduce((n, s) => n + s.quantity, 0);
      if (sent + q > passed) errors.quantity = 'moreThanRepaired';
    }
  }
  if (!filled(input.shippedOn)) errors.shippedOn = 'required';
  else if (!isPlainDate(input.shippedOn)) errors.shippedOn = 'invalid';
  else if (input.shippedOn > today) errors.shippedOn = 'future';
  if (!filled(input.carrier)) errors.carrier = 'required';
  for (const key of ['trackingNumber', 'deliveryNoteNumber', 'note'] as const) if (typeof input[key] !== 'string') errors[key] = 'invalid';
  return errors;
}

/**
 * Field errors of a repair order of `line` (its other live orders given).
 * Goods are repaired once received: lineId 'notReceivedYet'; quantity
 * 'required' | 'notAnInteger' | 'zero' | 'moreThanReceived' (all orders of
 * the line together); orderNumber 'required'; hours 'negative' | 'invalid';
 * costFen 'notFen' | 'negative'.
 */
export function validateRepairOrder(input: RepairOrderInput, line: ReturnLine, others: readonly RepairOrder[]): FieldErrors {
  const errors: FieldErrors = {};
  if (!filled(input.orderNumber)) errors.orderNumber = 'required';
  const received = line.quantityReceived;
  const q: unknown = input.quantity;
  if (received === null) errors.lineId = 'notReceivedYet';
  if (typeof q !== 'number' || Number.isNaN(q)) errors.quantity = 'required';
  else if (!Number.isInteger(q)) errors.quantity = 'notAnInteger';
  else if (q <= 0) errors.quantity = 'zero';
  else if (received !== null && live(others).filter((o) => o.lineId === line.id).reduce((n, o) => n + o.quantity, 0) + q > received) errors.quantity = 'moreThanReceived';
  if (typeof input.hours !== 'number' || !Number.isFinite(input.hours)) errors.hours = 'invalid';
  else if (input.hours < 0) errors.hours = 'negative';
  if (!isCount(input.costFen)) errors.costFen = 'notFen';
  else if (input.costFen < 0) errors.costFen = 'negative';
  if (typeof input.charged !== 'boolean') errors.charged = 'invalid';
  for (const key of ['materialsUsed', 'note'] as const) if (typeof input[key] !== 'string') errors[key] = 'invalid';
  return errors;
}

/** Field errors of a re-inspection: a result, who, and a real date not after `today`. */
export function validateReinspection(input: ReinspectionInput, today: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!oneOf(REINSPECTION_RESULTS, input.reinspectionResult)) errors.reinspectionResult = 'required';
  if (!filled(input.reinspectedBy)) errors.reinspectedBy = 'required';
  if (!filled(input.reinspectedOn)) errors.reinspectedOn = 'required';
  else if (!isPlainDate(input.reinspectedOn)) errors.reinspectedOn = 'invalid';
  else if (input.reinspectedOn > today) errors.reinspectedOn = 'future';
  return errors;
}

/** The note of the cost a repair order carries into the case's costs. */
export function repairCostNote(order: Pick<RepairOrder, 'orderNumber' | 'charged'>): string {
  return `返修单 ${order.orderNumber.trim()}${order.charged ? '（向客户收费）' : '（免费返修）'}`;
}
