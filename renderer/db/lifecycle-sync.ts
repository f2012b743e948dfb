/**
 * Binds the lifecycle to replication (entity-registry.ts): every entity of
 * LIFECYCLE_ENTITY_TABLES to its table; a merge hook that recomputes the
 * ledger projection of every case touched by a merge (lifecycle and 8D
 * records by their caseId, and cases themselves: receivedAt/market move deadlines);
 * attachments as the blob source (sha256 and thumbnailSha256 fields → the
 * local `blobs` table). Imported for its effect by lifecycle-repositories.ts.
 */
import { registerBlobSource, registerEntity, registerMergeHook, type MergedRecord } from './entity-registry';
import { EIGHTD_ENTITY_TABLES } from './eightd-store';
import { LIFECYCLE_ENTITY_TABLES, refreshCaseProjection } from './lifecycle-projection';
import type { DeskDatabase } from './schema';
import type { WriteContext } from './types';

for (const [entity, table] of Object.entries(LIFECYCLE_ENTITY_TABLES)) registerEntity(entity, { table });

/** Where merges read the lifecycle settings (deadline rules …); set by createLifecycleRepositories. */
let settingsSource: () => Pick<WriteContext, 'lifecycle'> = () => ({});

export function useProjectionSettings(source: () => Pick<WriteContext, 'lifecycle'>): void {
  settingsSource = source;
}

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

registerMergeHook(async (db: DeskDatabase, merged: MergedRecord[]) => {
  let ctx: Pick<WriteContext, 'lifecycle'>;
  try {
    ctx = settingsSource();
  } catch {
    ctx = {}; // no session yet: the default rules
  }
  for (const caseId of casesTouched(merged)) await refreshCaseProjection(db, caseId, ctx);
});

const BLOB_FIELDS = new Set(['sha256', 'thumbnailSha256']);

registerBlobSource({
  refsOf(op) {
    return op.entity === 'attachment' && BLOB_FIELDS.has(op.field) && typeof op.value === 'string' && /^[0-9a-f]{64}$/.test(op.value) ? [op.value] : [];
  },
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
});
