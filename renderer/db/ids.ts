/**
 * Ids of new records and ops: time-ordered UUIDs (shared/sync/time-ordered-id.ts),
 * so that what is written now lands at the end of each table's key space.
 */
import { formatTimeOrderedId, RANDOM_BYTES } from '../../shared/sync/time-ordered-id';

/** `now`: the injected clock's time (ms) — the id sorts by it. */
export function newId(now: number): string {
  return formatTimeOrderedId(Math.max(0, Math.floor(now)), crypto.getRandomValues(new Uint8Array(RANDOM_BYTES)));
}
