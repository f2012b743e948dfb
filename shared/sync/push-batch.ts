/**
 * Push batches cut by encoded size, not only by count (pure). A push carries
 * its ops as JSON; the web host takes at most 1 MiB per request, so 60 ops
 * of 10,000 Chinese characters each (30 KB apiece in UTF-8) would not fit in
 * one call and would be refused (HTTP 413) round after round.
 *
 * takePushBatch takes the oldest ops, in order, while their JSON stays
 * within `maxBytes` (always at least one op that fits `maxOpBytes`). An op
 * whose JSON alone is larger than `maxOpBytes` can never travel: it is
 * returned in `tooLarge`, held back on this PC (never lost, never retried in
 * a loop) and reported to the clerk; the ops behind it still go out — the
 * merge orders by HLC, not by push order.
 */
import { utf8Length } from '../utf8';
import type { WireOp } from './codec';

/** Bytes one op takes in a push request (its JSON, and the comma after it). */
export function opWireBytes(op: WireOp): number {
  return utf8Length(JSON.stringify(op)) + 1;
}

export interface PushBatch {
  batch: WireOp[];
  tooLarge: { op: WireOp; bytes: number }[];
}

export function takePushBatch(ops: readonly WireOp[], limits: { maxBytes: number; maxOpBytes: number }): PushBatch {
  const batch: WireOp[] = [];
  const tooLarge: PushBatch['tooLarge'] = [];
  let used = 0;
  for (const op of ops) {
    const bytes = opWireBytes(op);
    if (bytes > limits.maxOpBytes) {
      tooLarge.push({ op, bytes });
      continue;
    }
    if (batch.length > 0 && used + bytes > limits.maxBytes) break;
    batch.push(op);
    used += bytes;
  }
  return { batch, tooLarge };
}
