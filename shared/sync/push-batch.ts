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
import type { WireOp } from './codec';

/** UTF-8 length of a string, without encoding it. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

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
