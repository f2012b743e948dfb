/**
 * Commands of the outbound leg (outbound.ts holds the rules): repair orders
 * (返修单) of a return line — each keeping its cost in the case's costs as a
 * 'repair' cost, created, re-amounted or removed with it — their
 * re-inspection, and the shipments of goods back to the customer.
 */
import { factoryDate } from '../../factory-calendar';
import { hasErrors, pick } from '../../field-checks';
import { repairCostNote, validateReinspection, validateRepairOrder, validateShipment } from '../outbound';
import type { CostRecord, OutboundShipment, OutboundShipmentInput, RepairOrder, RepairOrderInput, ReinspectionInput, ReturnLine } from '../records';
import { withTextLimits } from '../text-limits';
import { CaseChanges, invalid, type CommandContext, type Performed, type Refused, type Seen } from './command';
import { live } from '../../live-records';
import { claimBasis, followDraftClaims } from './supplier-claims';

const ORDER_KEYS = ['orderNumber', 'quantity', 'materialsUsed', 'hours', 'charged', 'costFen', 'note'] as const;
const SHIPMENT_KEYS = ['kind', 'quantity', 'shippedOn', 'carrier', 'trackingNumber', 'deliveryNoteNumber', 'note'] as const;

const today = (ctx: CommandContext) => factoryDate(Date.parse(ctx.at));

/** The live line a record names (lineId 'required' otherwise). */
function lineOf(ctx: CommandContext, lineId: unknown): ReturnLine | Refused {
  const line = live(ctx.view.returnLines).find((l) => l.id === lineId);
  return line ?? invalid({ lineId: 'required' });
}
const isLine = (x: ReturnLine | Refused): x is ReturnLine => !('ok' in x);

/** Keeps the order's 'repair' cost in step with it: created when it costs something, re-amounted, removed at 0 (or with the order). */
function followRepairCost(changes: CaseChanges, ctx: CommandContext, order: RepairOrder): RepairOrder {
  const cost = live(changes.view.costs).find((c) => c.id === order.costId);
  let saved = order;
  if (!order.deleted && order.costFen > 0) {
    const fields = { kind: 'repair' as const, amountFen: order.costFen, note: repairCostNote(order) };
    if (cost) {
      if (cost.amountFen !== fields.amountFen || cost.note !== fields.note || cost.kind !== 'repair') changes.change('cost', cost, { ...cost, ...fields });
    } else {
      const created: CostRecord = { id: ctx.newId(), caseId: ctx.caseFacts.id, round: order.round, department: null, ...fields, deleted: false };
      changes.create('cost', created);
      saved = { ...order, costId: created.id };
    }
  } else if (cost) {
    changes.remove('cost', cost);
    saved = { ...order, costId: '' };
  }
  return saved;
}

export function addRepairOrder(ctx: CommandContext, input: RepairOrderInput): Performed<RepairOrder> {
  const line = lineOf(ctx, input.lineId);
  if (!isLine(line)) return line;
  const fields = { materialsUsed: '', hours: 0, charged: false, costFen: 0, note: '', ...pick(input, ORDER_KEYS) } as Omit<RepairOrderInput, 'lineId'>;
  const errors = withTextLimits(validateRepairOrder({ ...fields, lineId: line.id }, line, ctx.view.repairOrders), fields);
  if (hasErrors(errors)) return invalid(errors);
  const order: RepairOrder = {
    id: ctx.newId(),
    caseId: ctx.caseFacts.id,
    round: line.round,
    lineId: line.id,
    ...fields,
    orderNumber: fields.orderNumber.trim(),
    costId: '',
    reinspectionResult: null,
    reinspectedBy: '',
    reinspectedOn: null,
    deleted: false,
  };
  const before = claimBasis(ctx.view);
  const changes = new CaseChanges(ctx.view);
  const withCost = followRepairCost(changes, ctx, order);
  changes.create('repairOrder', withCost);
  followDraftClaims(changes, before);
  return changes.done(withCost);
}

export function updateRepairOrder(ctx: CommandContext, existing: RepairOrder, patch: Partial<Omit<RepairOrderInput, 'lineId'>>, seen?: Seen): Performed<RepairOrder> {
  const line = lineOf(ctx, existing.lineId);
  if (!isLine(line)) return line;
  const picked = pick(patch, ORDER_KEYS);
  const next: RepairOrder = { ...existing, ...picked, orderNumber: (picked.orderNumber ?? existing.orderNumber).trim() };
  const errors = withTextLimits(validateRepairOrder(next, line, ctx.view.repairOrders.filter((o) => o.id !== existing.id)), picked);
  if (hasErrors(errors)) return invalid(errors);
  const before = claimBasis(ctx.view);
  const changes = new CaseChanges(ctx.view);
  const saved = changes.change('repairOrder', existing, followRepairCost(changes, ctx, next), seen);
  followDraftClaims(changes, before);
  return changes.done(saved);
}

export function removeRepairOrder(ctx: CommandContext, existing: RepairOrder): Performed<void> {
  const before = claimBasis(ctx.view);
  const changes = new CaseChanges(ctx.view);
  const gone = followRepairCost(changes, ctx, { ...existing, deleted: true });
  changes.change('repairOrder', existing, gone);
  followDraftClaims(changes, before);
  return changes.done(undefined);
}

/** The re-inspection of the repaired goods (品质): pass lets them go back (up to the order's quantity). */
export function reinspectRepairOrder(ctx: CommandContext, existing: RepairOrder, input: ReinspectionInput, seen?: Seen): Performed<RepairOrder> {
  const fields: ReinspectionInput = { reinspectionResult: input.reinspectionResult, reinspectedBy: typeof input.reinspectedBy === 'string' ? input.reinspectedBy.trim() : input.reinspectedBy, reinspectedOn: input.reinspectedOn };
  const errors = withTextLimits(validateReinspection(fields, today(ctx)), fields);
  if (hasErrors(errors)) return invalid(errors);
  // Failing a re-inspection after repaired goods went out would leave more sent than passed: refused.
  if (fields.reinspectionResult === 'fail' && existing.reinspectionResult === 'pass') {
    const others = live(ctx.view.repairOrders).filter((o) => o.lineId === existing.lineId && o.id !== existing.id && o.reinspectionResult === 'pass');
    const sent = live(ctx.view.shipments).filter((s) => s.lineId === existing.lineId && s.kind === 'repaired').reduce((n, s) => n + s.quantity, 0);
    if (sent > others.reduce((n, o) => n + o.quantity, 0)) return invalid({ reinspectionResult: 'alreadyShipped' });
  }
  const changes = new CaseChanges(ctx.view);
  return changes.done(changes.change('repairOrder', existing, { ...existing, ...fields }, seen));
}

export function addShipment(ctx: CommandContext, input: OutboundShipmentInput): Performed<OutboundShipment> {
  const line = lineOf(ctx, input.lineId);
  if (!isLine(line)) return line;
  const fields = { carrier: '', trackingNumber: '', deliveryNoteNumber: '', note: '', ...pick(input, SHIPMENT_KEYS) } as Omit<OutboundShipmentInput, 'lineId'>;
  const trimmed = { ...fields, carrier: fields.carrier.trim(), trackingNumber: fields.trackingNumber.trim(), deliveryNoteNumber: fields.deliveryNoteNumber.trim() };
  const errors = withTextLimits(validateShipment({ ...trimmed, lineId: line.id }, line, ctx.view.shipments, ctx.view.repairOrders, today(ctx)), fields);
  if (hasErrors(errors)) return invalid(errors);
  const shipment: OutboundShipment = { id: ctx.newId(), caseId: ctx.caseFacts.id, round: line.round, lineId: line.id, ...trimmed, advance: line.quantityReceived === null, deleted: false };
  const changes = new CaseChanges(ctx.view);
  changes.create('outboundShipment', shipment);
  return changes.done(shipment);
}

export function updateShipment(ctx: CommandContext, existing: OutboundShipment, patch: Partial<Omit<OutboundShipmentInput, 'lineId'>>, seen?: Seen): Performed<OutboundShipment> {
  const line = lineOf(ctx, existing.lineId);
  if (!isLine(line)) return line;
  const picked = pick(patch, SHIPMENT_KEYS);
  const next: OutboundShipment = { ...existing, ...picked };
  for (const key of ['carrier', 'trackingNumber', 'deliveryNoteNumber'] as const) if (typeof next[key] === 'string') next[key] = next[key].trim();
  const errors = withTextLimits(validateShipment(next, line, ctx.view.shipments.filter((s) => s.id !== existing.id), ctx.view.repairOrders, today(ctx)), picked);
  if (hasErrors(errors)) return invalid(errors);
  const changes = new CaseChanges(ctx.view);
  return changes.done(changes.change('outboundShipment', existing, next, seen));
}
