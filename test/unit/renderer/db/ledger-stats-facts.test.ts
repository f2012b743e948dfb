/**
 * The issue-17 statistics facts reach the ledger row through the real
 * repositories: a return received short, its supplier claim, the deadlines
 * (with the 8D report's), so the 统计 page counts them without opening a case.
 */
import { describe, expect, it } from 'vitest';
import { caseAtReceiving } from './lifecycle-helpers';
import { openHarness } from './helpers';

describe('statistics facts on the ledger row', () => {
  it('returns, claims, survey and deadlines follow the lifecycle writes', async () => {
    const h = await openHarness();
    const { id, lineId } = await caseAtReceiving(h, 100);
    let row = await h.db.ledgerRows.get(id);
    expect(row?.returns).toEqual({ lines: 1, approved: 100, received: 0, linesNotReceived: 1, defectiveFound: 0 });
    expect(row?.survey).toBeNull();
    expect(row?.supplierClaims).toEqual({ count: 0, raisedFen: 0, recoveredFen: 0 });
    expect(row?.deadlines?.map((d) => d.kind)).toEqual(expect.arrayContaining(['callback', 'written_reply', 'closure']));

    await h.repos.returns.receive(lineId, { quantityReceived: 90, receivedBy: '仓库小刘', receivedAt: '2026-11-26T10:00:00+08:00', storageLocation: '隔离区 A-3', receivingNote: '少 10 件' });
    row = await h.db.ledgerRows.get(id);
    expect(row?.returns).toEqual({ lines: 1, approved: 100, received: 90, linesNotReceived: 0, defectiveFound: 0 });
    const closure = row?.deadlines?.find((d) => d.kind === 'closure');
    expect(closure).toMatchObject({ doneAt: null });
    expect(Date.parse(closure!.dueAt) - Date.parse((await h.db.cases.get(id))!.receivedAt)).toBe(13 * 86_400_000);
  });
});
