/**
 * What replication needs of the lifecycle (listed in entity-registry.ts): a
 * merge hook that recomputes the ledger projection of every case touched by
 * a merge (lifecycle and 8D records by their caseId, and cases themselves:
 * receivedAt/market move deadlines), and attachments as the blob source
 * (sha256 and thumbnailSha256 fields → the local `blobs` table).
 */
import { attachmentBlobRefs } from '../../shared/sync/blob-refs';
import type { BlobSource, MergeHook, MergedRecord } from './entity-binding';
import { EIGHTD_ENTITY_TABLES } from './eightd-store';
import { LIFECYCLE_ENTITY_TABLES, refreshCaseProjections } from './lifecycle-projection';

// 8D records too: their deadlines are part of the case's projection (eightd-store.ts).
const lifecycleEntities = new Set<string>([...Object.keys(LIFECYCLE_ENTITY_TABLES), ...Object.keys(EIGHTD_ENTITY_TABLES)]);

/** The cases whose projection a merge may have changed. */
export function casesTouched(merged: readonly MergedRecord[]): string[] {
  const ids = new Set<string>();
  for (const m of merged) {
    if (m.entity === 'case') ids.add(m.entityId);
    else if (lifecycleEntities.has(m.entity) && typeof m.record.caseId === 'string') ids.add(m.record.caseId);
  }
  return [...ids];
}

/** Recomputes the ledger projection of every case a merge touched, with this PC's lifecycle settings. */
export const refreshProjectionsAfterMerge: MergeHook = async (db, merged, ctx) => {
  await refreshCaseProjections(db, casesTouched(merged), ctx);
};

export const attachmentBlobs: BlobSource = {
  refsOf: attachmentBlobRefs,
  async read(db, sha256) {
    const row = await db.blobs.get(sha256);
    return row ? new Uint8Array(row.data) : undefined;
  },
  async write(db, sha256, bytes) {
    const copy = new Uint8Array(bytes.byteLength);
    copy.set(bytes);
    const owner = (await db.attachments.where('sha256').equals(sha256).first()) ?? null;
    await db.blobs.put({ sha256, data: copy.buffer, mimeType: owner?.mimeType ?? 'application/octet-stream', size: copy.byteLength });
  },
};
