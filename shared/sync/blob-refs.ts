/**
 * Which attachments (blobs on the share, by sha256) a change cites (pure):
 * the sha256 and thumbnailSha256 fields of an attachment record. The one
 * rule for the renderer's blob source (renderer/db/lifecycle-sync.ts: blobs
 * travel before the changes citing them) and the share doctor (attachments
 * a PC's changes cite that the share lacks).
 */
import type { WireOp } from './codec';

const BLOB_FIELDS = ['sha256', 'thumbnailSha256'] as const;

export function attachmentBlobRefs(op: Pick<WireOp, 'entity' | 'fields'>): string[] {
  if (op.entity !== 'attachment') return [];
  const refs: string[] = [];
  for (const field of BLOB_FIELDS) {
    const value = op.fields[field];
    if (typeof value === 'string' && /^[0-9a-f]{64}$/.test(value)) refs.push(value);
  }
  return refs;
}
