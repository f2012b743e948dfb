/** Lifecycle records replicate through the entity registry; merges refresh the ledger projection. */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { blobsFor, createSyncRepository, readBlob } from '../../../../renderer/db';
import type { WireOp } from '../../../../shared/sync/codec';
import { caseAtApproval } from './lifecycle-helpers';
import { openHarness, sign } from './helpers';

describe('lifecycle replication', () => {
  it('a PC that merges the ops of another sees the same lifecycle, ledger row and attachment references', async () => {
    const a = await openHarness();
    const id = await caseAtApproval(a);
    await a.repos.lifecycle.recordApproval(id, { outcome: 'approved', reason: '' }, await sign(a));
    const att = await a.repos.attachments.add(id, { ownerId: id, fileName: 'x.jpg', mimeType: 'image/jpeg', bytes: new TextEncoder().encode('abc') });
    const ops = (await a.db.ops.toArray()).map(({ published: _p, ...op }) => op) as WireOp[];
    expect(blobsFor(ops)).toEqual([att.sha256]);
    expect(await readBlob(a.db, att.sha256)).toEqual(new TextEncoder().encode('abc'));

    const b = await openHarness({ deviceId: '33333333-3333-4333-8333-333333333333', stationCode: 'C' }, new IDBFactory());
    const sync = createSyncRepository(b.db, () => b.ctx);
    await sync.applyRemote(ops, {}, { now: a.ctx.now() });
    const rowA = (await a.repos.cases.listAll())[0]!;
    const rowB = (await b.repos.cases.listAll())[0]!;
    expect(rowB).toMatchObject({ state: 'return_logistics', rmaNumber: 'RMA2611-B-001', severity: 'serious', nextDueAt: rowA.nextDueAt });
    const file = await b.repos.lifecycle.getCaseFile(id);
    expect(file.approvals.map((x) => x.outcome)).toEqual(['approved']);
    expect(file.transitions.map((t) => t.action)).toEqual((await a.repos.lifecycle.getCaseFile(id)).transitions.map((t) => t.action));
    expect(file.attachments.map((x) => x.sha256)).toEqual([att.sha256]);
    expect(await b.repos.attachments.getBlob(att.sha256)).toBeUndefined(); // the bytes come through the share's blob store
  });
});
