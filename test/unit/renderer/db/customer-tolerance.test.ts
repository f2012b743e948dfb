/** Issue 16.2: the case customer's own receiving tolerance (master entry) replaces the office's in receiving and the case file. */
import { describe, expect, it } from 'vitest';
import { caseAtReceiving } from './lifecycle-helpers';
import { openHarness, sign } from './helpers';

const receipt = { receivedBy: '仓库小刘', receivedAt: '2026-11-26T10:00:00+08:00', storageLocation: '隔离区 A-3', receivingNote: '' };

describe("a customer's own receiving tolerance", () => {
  it('changes the receiving warning, in the receive result and the case file; an inactive customer still counts; bad stored values fall back', async () => {
    const h = await openHarness();
    await sign(h); // signs in the first clerk (admin, every role): master data and the signed approval are theirs
    const customer = await h.repos.masterData.create('customer', { code: 'C001', name: '华为电子', toleranceOverPercent: 3, toleranceUnderPercent: 2 });
    const { id, lineId } = await caseAtReceiving(h, 100);

    // Without the customer on the case: the office's ±5 % — 97 of 100 is fine.
    const office = await h.repos.returns.receive(lineId, { ...receipt, quantityReceived: 97 });
    expect(office.tolerance).toMatchObject({ status: 'ok', tolerance: { overPercent: 5, underPercent: 5, source: 'office' } });

    // The case's customer has −2 %: the same count now warns, and says whose tolerance it is.
    await h.repos.cases.update(id, { customerId: customer.id, customerName: customer.name });
    const own = await h.repos.returns.receive(lineId, { ...receipt, quantityReceived: 98 });
    expect(own.tolerance).toMatchObject({ status: 'ok', tolerance: { overPercent: 3, underPercent: 2, source: 'customer', customerName: '华为电子' } });
    const short = await h.repos.returns.receive(lineId, { ...receipt, quantityReceived: 97 });
    expect(short.tolerance).toMatchObject({ status: 'under', warning: 'receivedUnderTolerance', difference: -3, tolerance: { source: 'customer' } });
    expect((await h.repos.lifecycle.getCaseFile(id)).tolerance[lineId]).toMatchObject({ status: 'under', tolerance: { overPercent: 3, underPercent: 2, customerName: '华为电子' } });
    // The case file also carries the tolerance itself, for the lines not counted yet and the printed 收货数量确认单.
    expect((await h.repos.lifecycle.getCaseFile(id)).receivingTolerance).toEqual({ overPercent: 3, underPercent: 2, source: 'customer', customerName: '华为电子' });

    // Over: +3 % is the limit, one piece more warns.
    expect((await h.repos.returns.receive(lineId, { ...receipt, quantityReceived: 103 })).tolerance.status).toBe('ok');
    expect((await h.repos.returns.receive(lineId, { ...receipt, quantityReceived: 104 })).tolerance.status).toBe('over');

    // Deactivated later: it was the case's customer, its tolerance still applies.
    await h.repos.masterData.setActive(customer.id, false);
    expect((await h.repos.lifecycle.getCaseFile(id)).tolerance[lineId]).toMatchObject({ status: 'over', tolerance: { source: 'customer' } });

    // An out-of-range value arrived from a share: the office's percent, no crash.
    await h.db.masterEntries.update(customer.id, { toleranceOverPercent: 250, toleranceUnderPercent: null });
    expect((await h.repos.lifecycle.getCaseFile(id)).tolerance[lineId]).toMatchObject({ status: 'ok', tolerance: { overPercent: 5, underPercent: 5, source: 'office' } });

    // A customer id with no entry on this PC: the office's percent.
    await h.repos.cases.update(id, { customerId: 'no-such-entry' });
    expect((await h.repos.returns.receive(lineId, { ...receipt, quantityReceived: 94 })).tolerance).toMatchObject({ status: 'under', tolerance: { source: 'office' } });
  });
});
