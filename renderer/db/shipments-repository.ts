/**
 * The shipments repository (issue 17.3): owns the `shipments` table — what
 * the factory shipped per month, customer and model (the denominators of
 * 客诉率 and PPM). Office data: every write is one op (entity 'shipment')
 * in the same transaction, so it replicates with its history. One record per
 * (month, customer, model) with an id made from that key
 * (shared/domain/shipments/shipment.ts), so a figure entered twice, or on
 * two PCs, is one record.
 */
import { hasErrors } from '../../shared/domain/field-checks';
import { readShipment, shipmentId, validateShipment, type Shipment, type ShipmentInput } from '../../shared/domain/shipments/shipment';
import type { JsonValue } from '../../shared/sync/op';
import { sameValue, type OpsWriter } from './ops-writer';
import type { DeskDatabase } from './schema';
import type { ShipmentsRepository } from './shipments-types';
import { RecordNotFoundError, ValidationFailedError, type WriteContext } from './types';

const FIELDS = ['month', 'customerId', 'customerName', 'productModelId', 'productModel', 'quantityShipped', 'lotsShipped', 'deleted'] as const;

const byKey = (a: Shipment, b: Shipment): number =>
  a.month !== b.month ? (a.month < b.month ? -1 : 1) : a.customerName.localeCompare(b.customerName, 'zh-CN') || a.productModel.localeCompare(b.productModel, 'zh-CN');

function clean(input: ShipmentInput): ShipmentInput {
  return { ...input, customerName: input.customerName.trim(), productModel: input.productModel.trim() };
}

export function createShipmentsRepository(db: DeskDatabase, writer: OpsWriter, getContext: () => WriteContext): ShipmentsRepository {
  const tables = [db.shipments, ...writer.tables];

  function signedIn(ctx: WriteContext): void {
    if (!ctx.clerkId) throw new ValidationFailedError({ actor: 'notSignedIn' });
  }

  /** Writes `next` over `existing` (null: new), one op with the fields that differ. */
  async function write(ctx: WriteContext, existing: Shipment | undefined, next: Shipment): Promise<Shipment> {
    const changed: Record<string, JsonValue> = {};
    for (const field of FIELDS) if (!existing || !sameValue(existing[field], next[field])) changed[field] = next[field];
    if (Object.keys(changed).length === 0) return next;
    const stamp = await writer.stamp(ctx.now);
    await db.shipments.put(next);
    await writer.append(writer.build(ctx, stamp, 'shipment', next.id, changed), { newRecords: !existing });
    return next;
  }

  return {
    async listMonths(first, last) {
      const stored = await db.shipments.where('month').between(first, last, true, true).toArray();
      return stored.map(readShipment).filter((s): s is Shipment => s !== null && !s.deleted).sort(byKey);
    },

    async save(raw) {
      const ctx = getContext();
      signedIn(ctx);
      const input = clean(raw);
      const errors = validateShipment(input);
      if (hasErrors(errors)) throw new ValidationFailedError(errors);
      const id = shipmentId(input);
      return db.transaction('rw', tables, async () => {
        const existing = await db.shipments.get(id);
        return write(ctx, existing, { ...input, id, deleted: false });
      });
    },

    async saveMany(raw) {
      const ctx = getContext();
      signedIn(ctx);
      const inputs = raw.map(clean);
      const errors: Record<string, string> = {};
      inputs.forEach((input, i) => {
        for (const [field, code] of Object.entries(validateShipment(input))) errors[`${i}.${field}`] = code;
      });
      if (hasErrors(errors)) throw new ValidationFailedError(errors);
      return db.transaction('rw', tables, async () => {
        const byId = new Map(inputs.map((input) => [shipmentId(input), input])); // a key twice in one file: the last row wins
        const existing = await db.shipments.bulkGet([...byId.keys()]);
        let i = 0;
        for (const [id, input] of byId) await write(ctx, existing[i++], { ...input, id, deleted: false });
        return byId.size;
      });
    },

    async remove(id) {
      const ctx = getContext();
      signedIn(ctx);
      await db.transaction('rw', tables, async () => {
        const existing = await db.shipments.get(id);
        if (!existing || existing.deleted) throw new RecordNotFoundError('shipment', id);
        await write(ctx, existing, { ...existing, deleted: true });
      });
    },
  };
}
