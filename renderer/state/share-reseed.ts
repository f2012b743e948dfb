/**
 * Re-seeding a new, empty share from this PC (issue 20.3; an admin action
 * in the sync settings): every change this PC holds goes to main in
 * batches (the push's size limits), every attachment it holds is uploaded,
 * then main writes the snapshot and root.json (electron/services/sync/
 * share-reseed.ts). This PC then binds to the new share, which puts its own
 * changes back in its outbox (sync-repository.ts bindShare); the other PCs
 * of the old share join it by themselves and send theirs.
 */
import { MAX_PUSH_OP_BYTES, PUSH_BATCH, PUSH_BATCH_BYTES } from '../../shared/ipc/sync-contract';
import type { DesktopApi } from '../../shared/ipc/contract';
import { takePushBatch } from '../../shared/sync/push-batch';
import type { WireOp } from '../../shared/sync/codec';
import type { DeskDatabase, SyncRepository } from '../db';
import { uploadBlob } from './sync-round';

export type ReseedHost = Pick<DesktopApi, 'syncReseed' | 'syncBlobStatus' | 'syncBlobPut'>;

export interface ReseedReport {
  shareId: string;
  ops: number;
  devices: number;
  blobs: number;
  /** Changes too large to travel (as in a push): not in the new share, still on this PC. */
  heldBack: number;
}

export interface ReseedProgress {
  phase: 'changes' | 'attachments';
  done: number;
  total: number | null;
}

export async function reseedShare(db: DeskDatabase, repo: SyncRepository, host: ReseedHost, onProgress?: (p: ReseedProgress) => void): Promise<ReseedReport> {
  await host.syncReseed({ step: 'begin' });
  let after: string | null = null;
  let sent = 0;
  let heldBack = 0;
  let queue: WireOp[] = [];
  const overhead = 64; // {"step":"ops","ops":[…]} around the ops
  for (;;) {
    if (queue.length < PUSH_BATCH) {
      const page = await repo.opsPage(after, PUSH_BATCH);
      if (page.length > 0) after = page[page.length - 1]!.id;
      queue = [...queue, ...page];
      if (queue.length === 0) break;
    }
    const { batch, tooLarge } = takePushBatch(queue.slice(0, PUSH_BATCH), { maxBytes: PUSH_BATCH_BYTES - overhead, maxOpBytes: MAX_PUSH_OP_BYTES - overhead });
    heldBack += tooLarge.length;
    const taken = new Set([...batch, ...tooLarge.map((t) => t.op)].map((o) => o.id));
    queue = queue.filter((o) => !taken.has(o.id));
    if (batch.length > 0) sent = (await host.syncReseed({ step: 'ops', ops: batch })).ops;
    onProgress?.({ phase: 'changes', done: sent, total: null });
  }
  const blobs = await repo.heldBlobs();
  for (const [i, sha] of blobs.entries()) {
    await uploadBlob(db, host, sha);
    onProgress?.({ phase: 'attachments', done: i + 1, total: blobs.length });
  }
  const done = await host.syncReseed({ step: 'finish' });
  if (!done.shareId) throw new Error('the re-seed did not make a share');
  await repo.bindShare(done.shareId);
  return { shareId: done.shareId, ops: done.ops, devices: done.devices, blobs: blobs.length, heldBack };
}
