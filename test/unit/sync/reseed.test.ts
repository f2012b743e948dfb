// Issue 20.3 — the share itself can be recovered. Scenario: two PCs work on
// a share; the share doctor says who holds what; the share is lost (its
// folder emptied); an admin re-seeds the new, empty folder from a PC that
// holds everything; the other PC finds the re-seeded share by itself and
// sends its own changes and attachments again; a new PC joins and has every
// case and every attachment.
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagnoseShare } from '../../../electron/services/sync/share-doctor';
import { reseedShare } from '../../../renderer/state/share-reseed';
import { intake } from '../renderer/db/helpers';
import { makePc, T0, type Pc } from './pcs';
import { folderBackend, type ShareBackend } from './share-backends';

let folder: ShareBackend;
beforeAll(async () => {
  folder = await folderBackend();
});
afterAll(async () => folder?.close());

async function settle(pcs: Pc[]): Promise<void> {
  for (let i = 0; i < 2; i++) for (const pc of pcs) await pc.round();
}

const bytes = (text: string) => new TextEncoder().encode(text);
const now = T0 + 3600_000;

describe('re-seeding a lost share from a PC', () => {
  it('the doctor names who holds what; a wiped share is re-seeded from one PC, the others rejoin, a new PC has every case and attachment', async () => {
    const dir = await folder.fresh();
    const a = await makePc('a', dir);
    const b = await makePc('b', dir);
    const caseA = await a.repos.cases.create(intake({ customerName: '客户甲' }));
    const photoA = await a.repos.attachments.add(caseA.id, { ownerId: caseA.id, fileName: '甲.jpg', mimeType: 'image/jpeg', bytes: bytes('photo of A') });
    const caseB = await b.repos.cases.create(intake({ customerName: '客户乙' }));
    const photoB = await b.repos.attachments.add(caseB.id, { ownerId: caseB.id, fileName: '乙.pdf', mimeType: 'application/pdf', bytes: bytes('%PDF-1.4 report of B') });
    await settle([a, b]);
    const [idA, idB] = [a.settings.get().deviceId, b.settings.get().deviceId];

    const healthy = await diagnoseShare(dir, { now });
    expect(healthy.errors).toEqual([]);
    expect(healthy.holdings?.complete).toBe(true);
    expect([...(healthy.holdings?.fullHolders ?? [])].sort()).toEqual([idA, idB].sort());
    const contributed = Object.fromEntries(healthy.devices.map((d) => [d.deviceId, d.contributed]));
    expect(contributed[idA]).toEqual({ segmentOps: 2, snapshotOps: 0, blobs: 1 });
    expect(contributed[idB]).toEqual({ segmentOps: 2, snapshotOps: 0, blobs: 1 });

    // B's latest segment is lost from the share after A applied it: the doctor says so, and that A still holds it.
    b.clock.now = T0 + 60_000;
    await b.repos.cases.update(caseB.id, { lotNumber: 'L-B2' });
    await b.round();
    await a.round();
    const month = (await readdir(join(dir, 'qsync', 'log', idB)))[0]!;
    const last = (await readdir(join(dir, 'qsync', 'log', idB, month))).sort().pop()!;
    await rm(join(dir, 'qsync', 'log', idB, month, last));
    const lost = await diagnoseShare(dir, { now });
    expect(lost.holdings?.complete).toBe(false);
    const bHoldings = lost.holdings?.devices.find((d) => d.deviceId === idB);
    expect(bHoldings?.missing).toEqual({ from: 3, to: 3, claimedBy: [idA, idB].sort() });
    expect(lost.holdings?.fullHolders).toContain(idA);
    expect(lost.warnings.join('\n')).toMatch(/seqs 3–3 are not on the share/);

    // The share is lost altogether: an empty folder where it was.
    await rm(join(dir, 'qsync'), { recursive: true });
    await expect(a.round()).rejects.toThrow(/shareUnavailable|shareEmpty/);

    // The admin re-seeds it from A (everything A holds: B's cases included, B's attachment bytes not).
    const progress: string[] = [];
    const seeded = await reseedShare(a.db, a.sync, a.service, (p) => progress.push(p.phase));
    expect(seeded).toMatchObject({ devices: 2, blobs: 1, heldBack: 0 });
    expect(progress).toContain('changes');
    const halfway = await diagnoseShare(dir, { now });
    expect(halfway.errors).toEqual([]);
    expect(halfway.root).toMatchObject({ shareId: seeded.shareId });
    expect(halfway.holdings?.devices.find((d) => d.deviceId === idB)?.missingBlobs).toEqual([photoB.sha256]); // B holds it

    // A goes on; B finds the re-seeded share on its next round and joins it again.
    await a.round();
    await expect(b.round()).rejects.toThrow(/shareReseeded/);
    b.rejoin();
    await settle([b, a]);
    expect(await b.sync.pendingCount()).toBe(0);

    const c = await makePc('c', dir);
    await settle([c]);
    for (const pc of [a, b, c]) {
      expect(await pc.repos.cases.get(caseA.id), pc.name).toMatchObject({ customerName: '客户甲' });
      expect(await pc.repos.cases.get(caseB.id), pc.name).toMatchObject({ customerName: '客户乙', lotNumber: 'L-B2' });
    }
    expect((await c.repos.attachments.list(caseA.id)).map((x) => x.sha256)).toEqual([photoA.sha256]);
    expect((await c.repos.attachments.list(caseB.id)).map((x) => x.sha256)).toEqual([photoB.sha256]);
    for (const [photo, text] of [[photoA, 'photo of A'], [photoB, '%PDF-1.4 report of B']] as const) {
      const got = await c.service.syncBlobGet({ sha256: photo.sha256, offset: 0, length: 1024 }); // verified against its hash
      expect(Buffer.from(got.data, 'base64').toString('utf8')).toBe(text);
    }
    await settle([a, b, c]);
    expect(new Set(await Promise.all([a, b, c].map((pc) => pc.sync.digest()))).size).toBe(1);
    const recovered = await diagnoseShare(dir, { now });
    expect(recovered.errors).toEqual([]);
    expect(recovered.holdings?.complete).toBe(true);
  }, 60_000);

  it('a folder that holds a share is never re-seeded over', async () => {
    const dir = await folder.fresh();
    const a = await makePc('a', dir);
    await a.repos.cases.create(intake());
    await a.round();
    await expect(reseedShare(a.db, a.sync, a.service)).rejects.toThrow(/notEmpty/);
    expect(await a.sync.pendingCount()).toBe(0); // nothing of A changed
  });
});
