/** Shipped quantities (issue 17.3): one record per month, customer and model — on one PC and across PCs — written with one op, bad input refused with nothing written. */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createSyncRepository, type ValidationFailedError } from '../../../../renderer/db';
import type { WireOp } from '../../../../shared/sync/codec';
import type { ShipmentInput } from '../../../../shared/domain/shipments/shipment';
import { openHarness, T0, type Harness } from './helpers';

const allOps = async (h: Harness) => (await h.db.ops.toArray()).map(({ published: _p, ...op }) => op) as WireOp[];
const nov: ShipmentInput = { month: '2026-11', customerId: '', customerName: '华为电子', productModelId: '', productModel: 'QX-210A', quantityShipped: 5000, lotsShipped: 10 };

describe('shipments', () => {
  it('saving the same month, customer and model again changes the one record (one op of the changed fields); remove tombstones it', async () => {
    const h = await openHarness({ clerkId: 'k-1' });
    const first = await h.repos.shipments.save(nov);
    const again = await h.repos.shipments.save({ ...nov, customerName: ' 华为电子 ', quantityShipped: 6000 });
    expect(again.id).toBe(first.id);
    expect(await h.repos.shipments.listMonths('2026-11', '2026-11')).toEqual([{ ...nov, id: first.id, quantityShipped: 6000, deleted: false }]);
    const ops = (await h.db.ops.where('[entity+entityId]').equals(['shipment', first.id]).toArray()).sort((x, y) => (x.hlc < y.hlc ? -1 : 1));
    expect(ops.map((op) => Object.keys(op.fields).sort())).toEqual([
      ['customerId', 'customerName', 'deleted', 'lotsShipped', 'month', 'productModel', 'productModelId', 'quantityShipped'],
      ['quantityShipped'],
    ]);
    await h.repos.shipments.save({ ...nov, productModel: 'QX-210B', month: '2026-12' });
    expect((await h.repos.shipments.listMonths('2026-10', '2026-12')).map((s) => [s.month, s.productModel])).toEqual([
      ['2026-11', 'QX-210A'],
      ['2026-12', 'QX-210B'],
    ]);
    await h.repos.shipments.remove(first.id);
    expect((await h.repos.shipments.listMonths('2026-11', '2026-11')).length).toBe(0);
  });

  it('refuses bad figures and writes nothing; nobody signed in writes nothing', async () => {
    const h = await openHarness({ clerkId: 'k-1' });
    const e = await h.repos.shipments.save({ ...nov, month: '2026-13', lotsShipped: 9000 }).catch((x: unknown) => x);
    expect((e as ValidationFailedError).fieldErrors).toEqual({ month: 'invalid', lotsShipped: 'moreThanQuantity' });
    const anonymous = await openHarness();
    expect(((await anonymous.repos.shipments.save(nov).catch((x: unknown) => x)) as ValidationFailedError).fieldErrors).toEqual({ actor: 'notSignedIn' });
    expect((await h.db.ops.toArray()).filter((op) => op.entity === 'shipment')).toEqual([]);
  });

  it('two PCs entering the same figure offline hold one record after the exchange (never counted twice)', async () => {
    const a = await openHarness({ clerkId: 'k-1' });
    const b = await openHarness({ deviceId: '33333333-3333-4333-8333-333333333333', stationCode: 'C', clerkId: 'k-2' }, new IDBFactory());
    await a.repos.shipments.save(nov);
    b.setNow(T0 + 1000);
    await b.repos.shipments.save({ ...nov, quantityShipped: 5200 });
    await createSyncRepository(a.db, () => a.ctx).applyRemote(await allOps(b), {}, { now: T0 + 2000 });
    await createSyncRepository(b.db, () => b.ctx).applyRemote(await allOps(a), {}, { now: T0 + 2000 });
    for (const pc of [a, b]) expect((await pc.repos.shipments.listMonths('2026-11', '2026-11')).map((s) => s.quantityShipped)).toEqual([5200]);
  });
});

describe('shipments imported', () => {
  it('saves all the figures of a file in one go, or none when one is refused', async () => {
    const h = await openHarness({ clerkId: 'k-1' });
    const bad = await h.repos.shipments.saveMany([nov, { ...nov, month: '2026-12', lotsShipped: 9_000 }]).catch((x: unknown) => x);
    expect((bad as ValidationFailedError).fieldErrors).toEqual({ '1.lotsShipped': 'moreThanQuantity' });
    expect(await h.repos.shipments.listMonths('2026-01', '2026-12')).toEqual([]);
    expect(await h.repos.shipments.saveMany([nov, { ...nov, month: '2026-12' }, { ...nov, quantityShipped: 7000 }])).toBe(2);
    expect((await h.repos.shipments.listMonths('2026-11', '2026-12')).map((s) => [s.month, s.quantityShipped])).toEqual([
      ['2026-11', 7000],
      ['2026-12', 5000],
    ]);
  });
});
