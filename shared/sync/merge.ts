/**
 * Per-field last-writer-wins, pure. The value of a field is the value of its
 * greatest op by compareOps (HLC, then device id, then op id): a total order,
 * so every PC that holds the same set of ops shows the same value whatever
 * order they arrived in, and applying an op twice changes nothing.
 *
 * Conflicts: a losing op is shown to the clerk when it came from another PC,
 * holds another value, and the winner's writer had not seen it — the winner's
 * `base` (the op its PC held for the field when it was written) does not
 * cover it. Sequential edits (B edits after receiving A's edit) are therefore
 * not conflicts; concurrent edits are, on every PC alike. Ops without a base
 * (before replication, snapshots) are compared as if concurrent.
 */
import { canonicalJson, fieldKey, utf8, type WireOp } from './codec';
import { compareOps, type OpRef } from './op';
import { sha256Hex } from './sha256';

export function isNewer(a: OpRef, b: OpRef | null | undefined): boolean {
  return !b || compareOps(a, b) > 0;
}

export function sameJson(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/** The greatest op of a list (null for an empty list). */
export function winnerOf<T extends OpRef>(ops: readonly T[]): T | null {
  let best: T | null = null;
  for (const op of ops) if (isNewer(op, best)) best = op;
  return best;
}

export function isConflict(loser: WireOp, winner: WireOp): boolean {
  if (loser.id === winner.id || loser.deviceId === winner.deviceId) return false;
  if (sameJson(loser.value, winner.value)) return false;
  return !winner.base || compareOps(loser, winner.base) > 0;
}

/** The winning op of every field among `ops` (order of input irrelevant, duplicates harmless). */
export function foldWinners(ops: Iterable<WireOp>, into: Map<string, WireOp> = new Map()): Map<string, WireOp> {
  for (const op of ops) {
    const key = fieldKey(op);
    if (isNewer(op, into.get(key))) into.set(key, op);
  }
  return into;
}

/** Digest of a merged state (entity, id, field, value of every winner): equal on PCs that converged. */
export function stateDigest(winners: Iterable<Pick<WireOp, 'entity' | 'entityId' | 'field' | 'value'>>): string {
  const lines = [...winners].map((w) => canonicalJson([w.entity, w.entityId, w.field, w.value])).sort();
  let text = '';
  for (const line of lines) text += `${line}\n`;
  return `${sha256Hex(utf8(text))}:${lines.length}`;
}

/** Ops whose wall clock is more than maxDriftMs ahead of now: quarantined, not applied. */
export function isFromFuture(op: Pick<WireOp, 'hlc'>, nowMs: number, maxDriftMs: number): boolean {
  return Number(op.hlc.slice(0, 15)) > nowMs + maxDriftMs;
}

export const DEFAULT_MAX_DRIFT_MS = 24 * 60 * 60 * 1000;
