// returns.linesOfCases, the ledger export's read: the live return lines and
// dispositions of the cases asked for, none of other cases, none removed.
import { describe, expect, it } from 'vitest';
import { caseAtReceiving } from './lifecycle-helpers';
import { openHarness } from './helpers';

describe('returns.linesOfCases', () => {
  it('reads the live lines and dispositions of the cases asked for only', async () => {
    const h = await openHarness();
    const first = await caseAtReceiving(h, 100);
    const second = await caseAtReceiving(h, 20);
    const extra = await h.repos.returns.addLine(second.id, { productModel: 'KX-300', partNumber: 'P-9', lotNumber: 'L9', quantityApproved: 5, reason: '划伤' });
    const removed = await h.repos.returns.addLine(second.id, { productModel: 'KX-300', partNumber: 'P-9', lotNumber: 'L9', quantityApproved: 1, reason: '多录' });
    await h.repos.returns.removeLine(removed.id);
    await h.repos.returns.receive(first.lineId, { quantityReceived: 100, receivedBy: '仓库小刘', receivedAt: '2026-11-26T10:00:00+08:00', storageLocation: 'A-3', receivingNote: '' });
    await h.repos.lifecycle.transition(first.id, { action: 'finish_receiving' });
    await h.repos.returns.inspect(first.lineId, { inspectionResult: 'fail', quantityDefective: 100, defectNotes: '开裂', inspectedBy: 'QE', inspectedAt: '2026-11-27T09:00:00+08:00', photoIds: [] });
    await h.repos.lifecycle.transition(first.id, { action: 'finish_inspection' });
    const kept = await h.repos.returns.addDisposition(first.id, { lineId: first.lineId, kind: 'scrap', quantity: 40, repairOrderNumber: '', charged: false, note: '' });
    const dropped = await h.repos.returns.addDisposition(first.id, { lineId: first.lineId, kind: 'rework', quantity: 10, repairOrderNumber: 'MO-1', charged: false, note: '' });
    await h.repos.returns.removeDisposition(dropped.id);

    const { lines, dispositions } = await h.repos.returns.linesOfCases([first.id]);
    expect(lines.map((l) => l.id)).toEqual([first.lineId]);
    expect(lines.find((l) => l.id === first.lineId)).toMatchObject({ quantityReceived: 100, inspectionResult: 'fail' });
    expect(dispositions.map((d) => d.id)).toEqual([kept.id]);

    const both = await h.repos.returns.linesOfCases([first.id, second.id]);
    expect(both.lines.map((l) => l.id).sort()).toEqual([first.lineId, second.lineId, extra.id].sort());
    expect(both.lines.map((l) => l.id)).not.toContain(removed.id);
    expect(await h.repos.returns.linesOfCases([])).toEqual({ lines: [], dispositions: [] });
  });
});
