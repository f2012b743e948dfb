/**
 * Per-field last-writer-wins, pure. Works on field changes (op.ts
 * changesOf: one per field an op carries). The value of a field is the value of its
 * greatest op by compareOps (HLC, then device id, then op id): a total order,
 * so every PC that holds the same set of ops shows the same value whatever
 * order they arrived in, and applying an op twice changes nothing.
 *
 * Conflicts: a losing op is shown to the clerk when it came from another PC
 * than the winner, holds another value, and nobody replaced it knowingly —
 * no op of the field has a `base` (the op its PC held for the field when it
 * was written) at or past it. Sequential edits (B edits after receiving A's
 * edit) are therefore not conflicts; concurrent edits are, on every PC alike;
 * a value already replaced by someone who saw it is not brought back as a
 * conflict by a later concurrent edit. Being replaced knowingly never
 * changes, so a snapshot may drop such losers (SnapshotFold) and a PC that
 * joins from it lists the same conflicts. Ops without a base (before
 * replication) are compared as if concurrent.
 */
import { canonicalJson, fieldKey, type WireOp } from './codec';
import { utf8Encode } from '../utf8';
import { changesOf, compareOps, opsOfChanges, type FieldChange, type OpRef } from './op';
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

/** The latest `base` among the ops of one field: every op up to it was replaced by someone who held it (or newer). */
function replacedUpTo(ops: readonly FieldChange[]): OpRef | null {
  let latest: OpRef | null = null;
  for (const op of ops) if (op.base && isNewer(op.base, latest)) latest = op.base;
  return latest;
}

/** The winner of the ops of ONE field and its conflicts (module comment), losers in op order. */
export function fieldConflicts(ops: readonly FieldChange[]): { winner: FieldChange | null; losers: FieldChange[] } {
  const winner = winnerOf(ops);
  if (!winner) return { winner, losers: [] };
  const replaced = replacedUpTo(ops);
  const losers = ops.filter((op) => op.id !== winner.id && op.deviceId !== winner.deviceId && !sameJson(op.value, winner.value) && (!replaced || compareOps(op, replaced) > 0));
  return { winner, losers: [...new Map(losers.map((op) => [op.id, op])).values()].sort(compareOps) };
}

/** The winning change of every field among `ops` (order of input irrelevant, duplicates harmless). */
export function foldWinners(ops: Iterable<WireOp>, into: Map<string, FieldChange> = new Map()): Map<string, FieldChange> {
  for (const op of ops) {
    for (const change of changesOf(op)) {
      const key = fieldKey(change);
      if (isNewer(change, into.get(key))) into.set(key, change);
    }
  }
  return into;
}

/**
 * Fields whose whole history a snapshot keeps, not only what settles their
 * conflicts: other PCs check signatures against who held which role, who was
 * active, and which authority matrix applied at the time of signing, and who
 * wrote each of those changes (shared/domain/signatures/directory.ts). A PC
 * that joins from a snapshot must be able to replay them. Few and small.
 */
export const HISTORY_KEPT_FIELDS: Readonly<Record<string, readonly string[]>> = {
  clerk: ['name', 'roles', 'active', 'deleted'],
  // Delegations (officeSettings records 'delegation-…'): written once, ended once; who wrote them is checked like a grant.
  officeSettings: ['authorityMatrix', 'delegatorId', 'delegateId', 'role', 'from', 'to', 'createdBy', 'createdAt', 'endedAt'],
};

const keepsHistory = (change: Pick<FieldChange, 'entity' | 'field'>): boolean => HISTORY_KEPT_FIELDS[change.entity]?.includes(change.field) === true;

/**
 * What a snapshot holds of each field: the ops nobody replaced knowingly
 * (the winner among them; usually it alone) and the op whose base settles
 * the others — so a PC that joins from the snapshot lists the same
 * conflicts as the PCs that read the log, whatever arrives later
 * (fieldConflicts). Duplicates are harmless. An op of several fields is
 * kept with the fields it is still needed for (an op whose fields were all
 * replaced knowingly is dropped). The fields of HISTORY_KEPT_FIELDS keep
 * every op.
 */
export class SnapshotFold {
  private readonly byField = new Map<string, FieldChange | FieldChange[]>();

  add(ops: Iterable<WireOp>): this {
    for (const op of ops) {
      for (const change of changesOf(op)) {
        const key = fieldKey(change);
        const held = this.byField.get(key);
        if (!held) this.byField.set(key, change);
        else if (Array.isArray(held)) {
          if (!held.some((o) => o.id === change.id)) held.push(change);
        } else if (held.id !== change.id) this.byField.set(key, [held, change]);
      }
    }
    return this;
  }

  /** The ops still needed, each with the fields it is needed for, in op order (same input ⇒ same list). */
  ops(): WireOp[] {
    return opsOfChanges(this.changes()).sort(compareOps);
  }

  /** The winners and their conflicting losers, field by field, in a fixed order. */
  private changes(): FieldChange[] {
    const out: FieldChange[] = [];
    for (const held of this.byField.values()) {
      if (!Array.isArray(held)) {
        out.push(held);
        continue;
      }
      if (keepsHistory(held[0]!)) {
        out.push(...[...held].sort(compareOps));
        continue;
      }
      // Kept: every op not replaced knowingly (a later winner from another PC or with another value may make
      // it a conflict), and the op holding the latest base (it keeps the older ones settled on the joining PC).
      const replaced = replacedUpTo(held);
      const keeper = held.reduce<FieldChange | null>((best, op) => (op.base && (!best?.base || isNewer(op.base, best.base)) ? op : best), null);
      const kept = new Map<string, FieldChange>();
      for (const op of held) if (op === keeper || !replaced || compareOps(op, replaced) > 0) kept.set(op.id, op);
      out.push(...[...kept.values()].sort(compareOps));
    }
    return out;
  }
}

/** Digest of a merged state (entity, id, field, value of every winner): equal on PCs that converged. */
export function stateDigest(winners: Iterable<Pick<FieldChange, 'entity' | 'entityId' | 'field' | 'value'>>): string {
  const lines = [...winners].map((w) => canonicalJson([w.entity, w.entityId, w.field, w.value])).sort();
  let text = '';
  for (const line of lines) text += `${line}\n`;
  return `${sha256Hex(utf8Encode(text))}:${lines.length}`;
}

/** Ops whose wall clock is more than maxDriftMs ahead of now: quarantined, not applied. */
export function isFromFuture(op: Pick<WireOp, 'hlc'>, nowMs: number, maxDriftMs: number): boolean {
  return Number(op.hlc.slice(0, 15)) > nowMs + maxDriftMs;
}

export const DEFAULT_MAX_DRIFT_MS = 24 * 60 * 60 * 1000;
