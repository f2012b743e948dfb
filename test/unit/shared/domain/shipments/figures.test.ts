import { describe, expect, it } from 'vitest';
import type { MasterEntry } from '../../../../../shared/domain/master-data/entry';
import { monthFigures, partyKeys } from '../../../../../shared/domain/shipments/figures';
import { monthlyRates } from '../../../../../shared/domain/shipments/rates';
import type { Shipment } from '../../../../../shared/domain/shipments/shipment';

const huawei: MasterEntry = { id: 'm-hw', kind: 'customer', code: 'C1', name: '华为电子', aliases: ['华为', '华为技术'], active: true, confirmed: true, parentId: '' };
const row = (receivedAt: string, customerName: string, productModel: string, quantityDefective: number | null, countsAsComplaint = true) => ({
  receivedAt, countsAsComplaint, quantityDefective, customerId: '', customerName, productModelId: '', productModel,
});
const ship = (month: string, customerName: string, productModel: string, quantityShipped: number, lotsShipped: number): Shipment => ({
  id: `${month}|${customerName}|${productModel}`, month, customerId: '', customerName, productModelId: '', productModel, quantityShipped, lotsShipped, deleted: false,
});

describe('monthly figures for 客诉率 and PPM', () => {
  const rows = [
    row('2026-11-30T23:30:00+08:00', '华为', 'QX-210A', 12), // November by the factory's clock (15:30 UTC)
    row('2026-12-01T00:10:00+08:00', '华为技术', 'QX-210A', 8), // December
    row('2026-12-02T09:00:00+08:00', '华为电子', 'QX-210B', null),
    row('2026-12-03T09:00:00+08:00', '华为电子', 'QX-210A', 99, false), // a 7-day no-reason return: not a complaint
    row('2026-12-04T09:00:00+08:00', '美的', 'QX-210A', 5),
  ];
  const shipments = [ship('2026-11', '华为电子', 'QX-210A', 200_000, 40), ship('2026-12', '华为', '', 100_000, 20), ship('2026-12', '华为电子', 'QX-210A', 50_000, 10), ship('2026-12', '美的', 'QX-210A', 1_000, 1)];
  const keys = partyKeys([huawei]);

  it('counts a customer across its spellings, by factory month; a customer-wide shipment counts for the customer, not for one model', () => {
    const hw = monthFigures(rows, shipments, [huawei], { customerKey: keys.customer('', '华为技术'), modelKey: null });
    expect(Object.fromEntries(hw)).toEqual({
      '2026-11': { complaints: 1, defective: 12, quantityShipped: 200_000, lotsShipped: 40 },
      '2026-12': { complaints: 2, defective: 8, quantityShipped: 150_000, lotsShipped: 30 },
    });
    const hwA = monthFigures(rows, shipments, [huawei], { customerKey: keys.customer('m-hw', ''), modelKey: keys.model('', 'qx-210a') });
    expect(hwA.get('2026-12')).toEqual({ complaints: 1, defective: 8, quantityShipped: 50_000, lotsShipped: 10 });
    const all = monthFigures(rows, shipments, [huawei], { customerKey: null, modelKey: null });
    expect(all.get('2026-12')).toEqual({ complaints: 3, defective: 13, quantityShipped: 151_000, lotsShipped: 31 });
    const [nov, dec] = monthlyRates(hw, '2026-11', '2026-12');
    expect(nov).toMatchObject({ complaintRate: 1 / 40, ppm: 60 });
    expect(dec).toMatchObject({ complaintRate: 2 / 30, complaintRate6: 3 / 70, ppm6: 20 / 350_000 * 1e6 });
  });

  it('a month with complaints but no shipments has no rate (—), not zero', () => {
    const noShip = monthFigures([row('2026-10-05T09:00:00+08:00', '华为', 'QX-210A', 3)], [], [huawei], { customerKey: null, modelKey: null });
    expect(monthlyRates(noShip, '2026-10', '2026-10')[0]).toMatchObject({ figures: { complaints: 1, defective: 3, quantityShipped: 0, lotsShipped: 0 }, complaintRate: null, ppm: null });
  });
});
