/**
 * How many of this PC's ops are still in the outbox (not yet on the share).
 * Counting an index range walks every entry in Chromium's IndexedDB — 2 s for
 * 480,000 ops, during which the browser serves no other read of the
 * database — so a bounded count reads at most atMost + 1 keys: a PC that
 * never reached a share can hold millions.
 */
import type { DeskDatabase } from './schema';

export async function countUnpublished(db: DeskDatabase, atMost?: number): Promise<number> {
  const unpublished = db.ops.where('published').equals(0);
  if (atMost === undefined) return unpublished.count();
  return (await unpublished.limit(atMost + 1).primaryKeys()).length;
}
