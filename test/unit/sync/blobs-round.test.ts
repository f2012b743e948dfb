// Attachments travel before the ops that cite them: a round uploads every
// blob blobsFor(ops) names (resumable chunks), and only then pushes the
// segment. The op is an attachment's sha256 written straight into the outbox,
// its bytes in the local blobs table (no attachment repository involved).
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSyncRound } from '../../../renderer/state/sync-round';
import { formatHlc } from '../../../shared/sync/hlc';
import { makePc, T0 } from './pcs';
import { folderBackend, type ShareBackend } from './share-backends';

let folder: ShareBackend;
beforeAll(async () => {
  folder = await folderBackend();
});
afterAll(async () => folder?.close());

describe('blobs in a round', () => {
  it('an interrupted upload keeps the op unpublished, resumes, then the op follows the blob', async () => {
    const dir = await folder.fresh();
    const a = await makePc('a', dir);
    await a.round();
    const bytes = randomBytes(3 * 1024 * 1024 + 17);
    const sha = createHash('sha256').update(bytes).digest('hex');
    await a.db.blobs.put({ sha256: sha, data: new Uint8Array(bytes).buffer, mimeType: 'application/pdf', size: bytes.length });
    await a.db.ops.add({ id: 'blob-op-1', hlc: formatHlc({ wall: T0 + 5000, counter: 0 }), deviceId: a.settings.get().deviceId, user: 'x', entity: 'attachment', entityId: 'att-1', fields: { sha256: sha }, schemaVersion: 2, published: 0 });
    let chunks = 0;
    const flaky = {
      ...a.service,
      syncBlobPut: async (args: Parameters<typeof a.service.syncBlobPut>[0]) => {
        if (++chunks === 3) throw new Error('share lost');
        return a.service.syncBlobPut(args);
      },
    };
    const failed = await runSyncRound(a.db, a.sync, flaky, { now: a.ctx.now }); // the push fails; the pull still runs
    expect(failed.pushError).toMatch(/share lost/);
    expect(await a.sync.pendingCount()).toBe(1);
    expect((await a.service.syncBlobStatus({ sha256: sha })).partial).toBe(2 * 512 * 1024);
    await runSyncRound(a.db, a.sync, flaky, { now: a.ctx.now });
    expect(await a.sync.pendingCount()).toBe(0);
    expect(await a.service.syncBlobStatus({ sha256: sha })).toEqual({ present: true, partial: 0 });
    const b = await makePc('b', dir);
    await b.round();
    expect((await b.db.ops.get('blob-op-1'))?.fields.sha256).toBe(sha); // an entity this version has no table for: kept
    const got = await b.service.syncBlobGet({ sha256: sha, offset: 0, length: 1024 });
    expect(got.total).toBe(bytes.length);
  }, 60_000);
});
