import { describe, expect, it } from 'vitest';
import { addMonths, complaintRate, monthlyRates, movingTotal, ppm, type MonthFigures } from '../../../../../shared/domain/shipments/rates';
import { readShipment, shipmentId, validateShipment, type ShipmentInput } from '../../../../../shared/domain/shipments/shipment';

const f = (complaints: number, defective: number, quantityShipped: number, lotsShipped: number): MonthFigures => ({ complaints, defective, quantityShipped, lotsShipped });

describe('complaint rate and PPM', () => {
  it('are the written formulas, and null (never 0, never a division by zero) when nothing was shipped', () => {
    expect(complaintRate(f(2, 0, 0, 500))).toBe(0.004);
    expect(ppm(f(0, 12, 200_000, 0))).toBe(60);
    expect(complaintRate(f(3, 0, 0, 0))).toBeNull();
    expect(ppm(f(0, 5, 0, 0))).toBeNull();
    expect(ppm(f(0, 0, 1000, 1))).toBe(0);
  });

  it('moving totals sum the window ending with the month, across a year end; months without figures add nothing', () => {
    expect(addMonths('2026-11', 2)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-03', -14)).toBe('2025-01');
    const byMonth = new Map([
      ['2025-07', f(9, 900, 1_000_000, 100)], // 7 months before 2026-02: outside 6, inside 12
      ['2025-09', f(1, 10, 100_000, 10)],
      ['2026-01', f(2, 30, 200_000, 20)],
      ['2026-02', f(0, 0, 0, 0)],
    ]);
    expect(movingTotal(byMonth, '2026-02', 6)).toEqual(f(3, 40, 300_000, 30));
    expect(movingTotal(byMonth, '2026-02', 12)).toEqual(f(12, 940, 1_300_000, 130));
    const [jan, feb] = monthlyRates(byMonth, '2026-01', '2026-02');
    expect(jan).toMatchObject({ month: '2026-01', complaintRate: 0.1, ppm: 150 });
    expect(feb).toMatchObject({ month: '2026-02', complaintRate: null, ppm: null, complaintRate6: 0.1, ppm6: 40_000 / 300 });
    expect(feb!.ppm12).toBeCloseTo((940 / 1_300_000) * 1e6, 9);
  });
});

describe('shipment figures', () => {
  const input: ShipmentInput = { month: '2026-11', customerId: '', customerName: ' 华为电子 ', productModelId: '', productModel: 'QX-210A', quantityShipped: 5000, lotsShipped: 10 };

  it('one record per month, customer and model: the same key from two spellings of one name, another for another model', () => {
    expect(shipmentId(input)).toBe(shipmentId({ ...input, customerName: '华为电子' }));
    expect(shipmentId(input)).not.toBe(shipmentId({ ...input, productModel: 'QX-210B' }));
    expect(shipmentId({ ...input, customerId: 'm-1' })).toBe(shipmentId({ ...input, customerId: 'm-1', customerName: '华为技术' }));
  });

  it('refuses what cannot be a shipment, and reads a damaged replicated one as none', () => {
    expect(validateShipment(input)).toEqual({});
    expect(validateShipment({ ...input, month: '2026-13', customerName: ' ', quantityShipped: -1, lotsShipped: 1.5 })).toEqual({ month: 'invalid', customerName: 'required', quantityShipped: 'invalid', lotsShipped: 'invalid' });
    expect(validateShipment({ ...input, quantityShipped: 3, lotsShipped: 4 })).toEqual({ lotsShipped: 'moreThanQuantity' });
    expect(readShipment({ id: 'x', ...input, quantityShipped: '5000' })).toBeNull();
    expect(readShipment(null)).toBeNull();
    expect(readShipment({ id: 'x', ...input })).toMatchObject({ id: 'x', quantityShipped: 5000, deleted: false });
  });
});
