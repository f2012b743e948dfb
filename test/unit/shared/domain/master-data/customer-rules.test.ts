import { describe, expect, it } from 'vitest';
import { checkReceivingTolerance } from '../../../../../shared/domain/lifecycle/returns';
import { eightDLayoutFor, officeTolerance, receivingToleranceOf } from '../../../../../shared/domain/master-data/customer-rules';
import type { MasterEntry } from '../../../../../shared/domain/master-data/entry';

function customer(patch: Partial<MasterEntry> = {}): MasterEntry {
  return { id: 'c-hw', kind: 'customer', code: 'C0001', name: '华为电子', aliases: [], active: true, confirmed: true, parentId: '', ...patch };
}

describe('receivingToleranceOf', () => {
  it("takes the customer's own over and under percent", () => {
    expect(receivingToleranceOf(5, customer({ toleranceOverPercent: 3, toleranceUnderPercent: 2 }))).toEqual({ overPercent: 3, underPercent: 2, source: 'customer', customerName: '华为电子' });
  });
  it('falls back to the office percent for a missing value, per side', () => {
    expect(receivingToleranceOf(5, customer({ toleranceOverPercent: 0 }))).toEqual({ overPercent: 0, underPercent: 5, source: 'customer', customerName: '华为电子' });
    expect(receivingToleranceOf(5, customer({ toleranceOverPercent: null, toleranceUnderPercent: 10 }))).toMatchObject({ overPercent: 5, underPercent: 10, source: 'customer' });
  });
  it('is the office tolerance without a customer value, entry, or a customer entry at all', () => {
    expect(receivingToleranceOf(5, customer())).toEqual(officeTolerance(5));
    expect(receivingToleranceOf(5, customer({ toleranceOverPercent: null, toleranceUnderPercent: null }))).toEqual(officeTolerance(5));
    expect(receivingToleranceOf(5, undefined)).toEqual({ overPercent: 5, underPercent: 5, source: 'office', customerName: '' });
    expect(receivingToleranceOf(5, { ...customer({ toleranceOverPercent: 1 }), kind: 'supplier' })).toEqual(officeTolerance(5));
  });
  it('still counts an inactive customer (it was the case customer)', () => {
    expect(receivingToleranceOf(5, customer({ active: false, toleranceUnderPercent: 1 }))).toMatchObject({ underPercent: 1, source: 'customer' });
  });
  it('ignores untrusted stored values out of range or of the wrong type, never throws', () => {
    for (const bad of [-1, 100.5, Number.NaN, Number.POSITIVE_INFINITY, '3', {}, true]) {
      expect(receivingToleranceOf(5, { ...customer(), toleranceOverPercent: bad, toleranceUnderPercent: bad })).toEqual(officeTolerance(5));
    }
    expect(receivingToleranceOf(5, { ...customer(), toleranceOverPercent: 100, toleranceUnderPercent: 'x' })).toMatchObject({ overPercent: 100, underPercent: 5 });
    for (const junk of [null, 42, 'customer', [], { kind: 'customer' }]) expect(() => receivingToleranceOf(5, junk)).not.toThrow();
    expect(receivingToleranceOf(5, { kind: 'customer', toleranceOverPercent: 2 })).toEqual({ overPercent: 2, underPercent: 5, source: 'customer', customerName: '' });
  });
});

describe('checkReceivingTolerance with a customer tolerance', () => {
  const hw = receivingToleranceOf(5, customer({ toleranceOverPercent: 3, toleranceUnderPercent: 2 }));
  it('is within exactly at each limit and warns one piece beyond', () => {
    expect(checkReceivingTolerance(100, 103, hw)).toMatchObject({ status: 'ok', warning: null, tolerance: hw });
    expect(checkReceivingTolerance(100, 104, hw)).toMatchObject({ status: 'over', warning: 'receivedOverTolerance', difference: 4 });
    expect(checkReceivingTolerance(100, 98, hw)).toMatchObject({ status: 'ok' });
    expect(checkReceivingTolerance(100, 97, hw)).toMatchObject({ status: 'under', warning: 'receivedUnderTolerance', difference: -3 });
  });
  it('checks over and under against different limits', () => {
    // 3 pieces: within the office's ±5 %, over the customer's +3 % is fine but under its −2 % is not.
    expect(checkReceivingTolerance(100, 103, 5).status).toBe('ok');
    expect(checkReceivingTolerance(100, 97, 5).status).toBe('ok');
    expect(checkReceivingTolerance(100, 97, hw).status).toBe('under');
    const loose = receivingToleranceOf(5, customer({ toleranceOverPercent: 10 }));
    expect(checkReceivingTolerance(100, 110, loose).status).toBe('ok');
    expect(checkReceivingTolerance(100, 94, loose).status).toBe('under');
  });
  it('is within exactly at a decimal limit (no binary rounding loss)', () => {
    const fine = receivingToleranceOf(5, customer({ toleranceOverPercent: 0.57 }));
    expect(checkReceivingTolerance(10_000, 10_057, fine).status).toBe('ok');
    expect(checkReceivingTolerance(10_000, 10_058, fine).status).toBe('over');
  });
  it('a zero limit allows nothing on that side', () => {
    const none = receivingToleranceOf(5, customer({ toleranceOverPercent: 0 }));
    expect(checkReceivingTolerance(10, 11, none).status).toBe('over');
    expect(checkReceivingTolerance(10, 10, none).status).toBe('ok');
    expect(checkReceivingTolerance(20, 19, none).status).toBe('ok');
  });
  it('a plain number stays the office ±percent', () => {
    expect(checkReceivingTolerance(100, 105, 5)).toMatchObject({ status: 'ok', tolerance: officeTolerance(5) });
  });
});

describe('eightDLayoutFor', () => {
  const known = ['standard', 'customer-form'];
  it("preselects the customer's layout when it is a known one", () => {
    expect(eightDLayoutFor(customer({ eightDLayout: 'customer-form' }), 'standard', known)).toEqual({ layout: 'customer-form', source: 'customer', customerName: '华为电子' });
    expect(eightDLayoutFor(customer({ eightDLayout: 'customer-form', active: false }), 'standard', known).source).toBe('customer');
  });
  it("falls back silently to the PC's last used layout", () => {
    expect(eightDLayoutFor(customer({ eightDLayout: 'acme-2019' }), 'customer-form', known)).toEqual({ layout: 'customer-form', source: 'pc', customerName: '' });
    expect(eightDLayoutFor(customer({ eightDLayout: '' }), 'customer-form', known).layout).toBe('customer-form');
    expect(eightDLayoutFor(customer(), 'standard', known).source).toBe('pc');
    expect(eightDLayoutFor(undefined, 'standard', known).layout).toBe('standard');
    expect(eightDLayoutFor({ ...customer(), eightDLayout: 42 }, 'standard', known).source).toBe('pc');
    expect(eightDLayoutFor({ ...customer({ eightDLayout: 'customer-form' }), kind: 'supplier' }, 'standard', known).source).toBe('pc');
  });
  it('uses the first known layout when the PC one is unknown too', () => {
    expect(eightDLayoutFor(undefined, 'gone', known).layout).toBe('standard');
  });
});
